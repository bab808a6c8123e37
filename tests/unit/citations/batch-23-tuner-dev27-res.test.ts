import { describe, expect, it } from 'vitest';
import { mightCite } from '../../../lib/citations/might-cite';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 19 (tuner-dev27-res): one enumeration is one body's (`list-chain.ts`, dev en-497). A bare `resolution n/m`
 * that continues a list whose previous member's body is known (named in full, or itself continued from one) is that
 * body's when its numbering fits, whatever lies between them: a date, a quoted title, a footnote number, a separator.
 * Table-driven: the first member (a body of the table, named before or after its number) × the link to the next member
 * × the bare number, in English, French and Spanish. Every text ends with a sentence naming the other bodies the bare
 * number could be (the Assembly, the Council, the Commission), so nothing else settles it: no running series, no one
 * body of the text that fits.
 */

type Lang = 'en' | 'fr' | 'es';

/** A first member: its words in each language, its key, and the bare numbers that fit it and another body. */
interface First {
  words: Record<Lang, string>;
  key: string;
  bare: readonly { n: string; key: string }[];
}

const HRC: First = {
  words: {
    en: 'Human Rights Council resolution 44/4',
    fr: 'résolution 44/4 du Conseil des droits de l’homme',
    es: 'resolución 44/4 del Consejo de Derechos Humanos',
  },
  key: 'A/HRC/RES/44/4',
  bare: [
    { n: '53/9', key: 'A/HRC/RES/53/9' }, // the Assembly's numbering too
    { n: '27/4', key: 'A/HRC/RES/27/4' }, // the Commission's too
  ],
};

const CCPCJ: First = {
  words: {
    en: 'Commission on Crime Prevention and Criminal Justice resolution 27/2',
    fr: 'résolution 27/2 de la Commission pour la prévention du crime et la justice pénale',
    es: 'resolución 27/2 de la Comisión de Prevención del Delito y Justicia Penal',
  },
  key: 'CCPCJ resolution 27/2',
  bare: [
    { n: '27/4', key: 'CCPCJ resolution 27/4' }, // the Council's too
    { n: '32/1', key: 'CCPCJ resolution 32/1' }, // the Assembly's and the Council's too
    { n: '33/1', key: 'CCPCJ resolution 33/1' },
  ],
};

const GA: First = {
  words: {
    en: 'General Assembly resolution 79/286',
    fr: 'résolution 79/286 de l’Assemblée générale',
    es: 'resolución 79/286 de la Asamblea General',
  },
  key: 'A/RES/79/286',
  bare: [{ n: '53/9', key: 'A/RES/53/9' }],
};

/** The head word of a bare member, and the preamble verb and last sentence naming every other body. */
const HEAD: Record<Lang, string> = { en: 'resolution', fr: 'résolution', es: 'resolución' };
const OPEN: Record<Lang, string> = { en: 'Recalling', fr: 'Rappelant la', es: 'Recordando la' };
const OTHERS: Record<Lang, string> = {
  en: ' Noting General Assembly resolution 70/1, Human Rights Council resolution 8/12 and Commission on Crime Prevention and Criminal Justice resolution 20/3.',
  fr: ' Prenant note de la résolution 70/1 de l’Assemblée générale, de la résolution 8/12 du Conseil des droits de l’homme et de la résolution 20/3 de la Commission pour la prévention du crime et la justice pénale.',
  es: ' Tomando nota de la resolución 70/1 de la Asamblea General, la resolución 8/12 del Consejo de Derechos Humanos y la resolución 20/3 de la Comisión de Prevención del Delito y Justicia Penal.',
};
const OTHER_KEYS = [res('', 'A/RES/70/1'), res('', 'A/HRC/RES/8/12'), res('', 'CCPCJ resolution 20/3')];

/** What stands between two members: from the end of the first's span to the next one's head word. */
const TITLE =
  'Trafficking in persons, especially women and children: strengthening protection, support and empowerment';
/** A title long enough that the first member's body is out of the sentence rule's reach (400 characters) by the third. */
const LONG = `${TITLE}: improving the protection of children against trafficking in persons, including by addressing the criminal misuse of information and communications technologies`;
const LINKS: Record<Lang, readonly string[]> = {
  en: [
    ' of 18 May 2018, entitled “' + LONG + '”, 15 ',
    ' of 16 July 2020, entitled \n“' + TITLE + '”, 11  ', // dev en-497: a footnote number after the quote
    ' of 18 May 2018, entitled “' + TITLE + '”,13 ',
    ' of 18 May 2018, entitled “' + TITLE + '”, 16 \n',
    ' of 18 May 2018,14 ', // the marker after the date
    ', and ',
    ' and ',
    '; ',
    ' of 18 May 2018, as well as ',
    ' of 18 May 2018 and the ',
  ],
  fr: [
    ' du 18 mai 2018, intitulée « ' + LONG + ' », 15 ',
    ', en date du 16 juillet 2020, intitulée « ' + TITLE + ' », et la ',
    ' du 18 mai 2018, intitulée “' + TITLE + '”,13 ',
    ' et la ',
    ', ainsi que la ',
    ' ; la ',
  ],
  es: [
    ', de 18 de mayo de 2018, titulada “' + LONG + '”, 15 ',
    ', de 16 de julio de 2020, titulada “' + TITLE + '”, y la ',
    ', de 18 de mayo de 2018, titulada “' + TITLE + '”, 12 la ',
    ' y la ',
    ', así como la ',
    '; la ',
  ],
};

const rows: [string, Expect[]][] = [];
for (const lang of ['en', 'fr', 'es'] as const) {
  for (const first of [HRC, CCPCJ, GA]) {
    for (const link of LINKS[lang]) {
      for (const bare of first.bare) {
        const firstText = first.words[lang];
        const second = `${HEAD[lang]} ${bare.n}`;
        // Three members: the third continues the second, whose body the list gave it.
        const third = first.bare.find((b) => b !== bare);
        const tail = third ? `${link}${HEAD[lang]} ${third.n}` : '';
        const text = `${OPEN[lang]} ${firstText}${link}${second}${tail}.${OTHERS[lang]}`;
        rows.push([
          text,
          [
            res(firstText, first.key),
            res(second, bare.key),
            ...(third ? [res(`${HEAD[lang]} ${third.n}`, third.key)] : []),
            ...OTHER_KEYS,
          ],
        ]);
      }
    }
  }
}

describe('a bare number continuing a list is its earlier member’s body’s (list-chain.ts)', () => {
  it.each(rows)('%s', (text, expected) => {
    const got = found(text).map((c) => ({ text: c.text, key: c.key }));
    const want = expected.map((e) => ({ text: e.text, key: e.key }));
    // The closing sentence's citations are checked by key only (their spans are not this class).
    const keys = got.map((g) => g.key);
    for (const o of OTHER_KEYS) expect(keys).toContain(o.key);
    expect(got.filter((g) => !OTHER_KEYS.some((o) => o.key === g.key))).toEqual(
      want.filter((w) => !OTHER_KEYS.some((o) => o.key === w.key)),
    );
  });
});

/**
 * Negatives: the list gives no body when the number does not fit it, when a clause or sentence breaks the list, after
 * a body outside the table (its resolution is not ours, and the list before it is not this number's), for a
 * possessive (`its resolution`: the author's own), and never the COP.
 */
const negatives: [string, string[]][] = [
  // The number does not fit the previous member's body: no chain (the Assembly and the Council both fit 53/9).
  [`Recalling ${CCPCJ.words.en} of 18 May 2018, and resolution 53/9.${OTHERS.en}`, [CCPCJ.key]],
  [`Rappelant la ${CCPCJ.words.fr} et la résolution 53/9.${OTHERS.fr}`, [CCPCJ.key]],
  [`Recordando la ${CCPCJ.words.es} y la resolución 53/9.${OTHERS.es}`, [CCPCJ.key]],
  [`Recalling ${GA.words.en} of 29 April 2025, and resolution 27/4.${OTHERS.en}`, [GA.key]],
  [`Rappelant la ${GA.words.fr} et la résolution 27/4.${OTHERS.fr}`, [GA.key]],
  [`Recordando la ${GA.words.es} y la resolución 27/4.${OTHERS.es}`, [GA.key]],
  // A new clause or sentence after the first member: not one list.
  [`Recalling ${HRC.words.en} of 16 July 2020. Recalling also resolution 53/9.${OTHERS.en}`, [HRC.key]],
  [`Rappelant la ${HRC.words.fr}. Rappelant aussi la résolution 53/9.${OTHERS.fr}`, [HRC.key]],
  [`Recordando la ${HRC.words.es}. Recordando también la resolución 53/9.${OTHERS.es}`, [HRC.key]],
  // A body outside the table between: the number is not the list's before it.
  [
    `Recalling Commission on the Status of Women resolution 60/2 of 24 March 2016, and resolution 56/1.${OTHERS.en}`,
    [],
  ],
  [`Rappelant la résolution 60/2 de la Commission de la condition de la femme et la résolution 56/1.${OTHERS.fr}`, []],
  [
    `Recordando la resolución 60/2 de la Comisión de la Condición Jurídica y Social de la Mujer y la resolución 56/1.${OTHERS.es}`,
    [],
  ],
];

describe('no body from a list that is not the number’s (list-chain.ts)', () => {
  it.each(negatives)('%s', (text, keys) => {
    const got = found(text)
      .map((c) => c.key)
      .filter((k) => !OTHER_KEYS.some((o) => o.key === k));
    expect(got).toEqual(keys);
  });

  it('leaves a possessive to its author (`its resolution`: the Assembly’s own)', () => {
    const text = `The General Assembly,\nRecalling ${HRC.words.en} of 16 July 2020, and its resolution 53/9,`;
    expect(found(text).map((c) => c.key)).toEqual([HRC.key, 'A/RES/53/9']);
  });

  it('gives no COP body down a list (a number after a COP decision goes by the text’s other bodies)', () => {
    const text =
      'Recalling decision 5/1 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, and resolution 27/4. Noting Human Rights Council resolution 8/12.';
    expect(found(text).map((c) => c.key)).toEqual(['COP decision 5/1', 'A/HRC/RES/27/4', 'A/HRC/RES/8/12']);
  });
});

/**
 * A symbol that lost its first slash, after a document label (`doc-label-symbol.ts`, dev en-499: `UN Doc A55/383
 * (Annex III, p. 62)`): labels × shapes × what follows, keyed as written; the same shapes without a label, after
 * another word, or glued to more are not read.
 */
const LABELS = ['UN Doc', 'UN Doc.', 'U.N. Doc.', 'U.N. Doc', 'Doc.', 'Doc. ONU', 'ONU Doc.', 'Doc. UN'];
const SLIPPED = ['A55/383', 'A64/293', 'E2004/45', 'S2004/525', 'E1999/30'];
const AFTER = [' (Annex III, p. 62)', ', [2004] ATS 11 |', '.', ';', ' y Corr.1'];
const labelled: [string, Expect[]][] = [];
for (const label of LABELS)
  for (const symbol of SLIPPED)
    for (const after of AFTER)
      labelled.push([
        `Citations to Text | 40 ILM 384 (2001), ${label} ${symbol}${after}`,
        [sym(symbol, symbol.toUpperCase())],
      ]);

describe('a symbol without its first slash after a document label (doc-label-symbol.ts)', () => {
  it.each(labelled)('%s', (text, expected) => {
    expect(found(text).filter((c) => c.kind === 'symbol')).toEqual(expected);
  });

  it.each([
    'Citations to Text | A55/383 (Annex III, p. 62)', // no label
    'the Doc A55/383 file', // `Doc` without its stop or the UN's name
    'see eDoc. A55/383', // a label glued to a word
    'UN Doc. A55/383/Add.1', // more glued after: another shape
    'UN Doc. A5/383', // a one-digit session
    'UN Doc. B55/383', // no UN root
    'U.N. Doc. a55/383', // lower case
    'Doc. A4 paper, Doc. S12/3', // a paper size; `S` needs a year
    'UN Doc. A55/383.5', // a decimal
  ])('%s: nothing', (text) => {
    expect(found(text).filter((c) => c.kind === 'symbol')).toEqual([]);
  });

  it('passes the engine gate (`mightCite`) wherever it is read', () => {
    for (const [text] of labelled) expect(mightCite(text.slice(text.indexOf('2001), ') + 7))).toBe(true);
  });

  it('leaves a symbol with its slashes to the symbol parse', () => {
    expect(found('U.N. Doc. A/55/383 (2000)').filter((c) => c.kind === 'symbol')).toEqual([sym('A/55/383')]);
  });
});

/**
 * Another treaty's Conference of the Parties names no body of ours (`sentence-bodies.ts`, `parse-instrument.ts`): a
 * bare number in its sentence or text, or after a date, is not the COP's (found writing the list negatives: `decision
 * 5/1 of the Conference of the Parties to the United Nations Convention against Corruption, and resolution 6/1` was
 * `COP resolution 6/1`). Frames × conferences × languages; the same frames with UNTOC's Conference stay the COP's.
 */
const CONFERENCES: Record<Lang, { other: readonly string[]; ours: string }> = {
  en: {
    other: [
      'the Conference of the Parties to the United Nations Convention against Corruption',
      'the Conference of the Parties to the United Nations Framework Convention on Climate Change',
      'the Conference of the Parties to the Convention on Biological Diversity',
      'the Conference of the Parties to the Basel Convention',
    ],
    ours: 'the Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  },
  fr: {
    other: [
      'la Conférence des Parties à la Convention des Nations Unies contre la corruption',
      'la Conférence des Parties à la Convention-cadre des Nations Unies sur les changements climatiques',
      'la Conférence des Parties à la Convention sur la diversité biologique',
    ],
    ours: 'la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
  },
  es: {
    other: [
      'la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Corrupción',
      'la Conferencia de las Partes en la Convención Marco de las Naciones Unidas sobre el Cambio Climático',
      'la Conferencia de las Partes en el Convenio sobre la Diversidad Biológica',
    ],
    ours: 'la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
  },
};
const COP_FRAMES: Record<Lang, readonly ((conference: string) => string)[]> = {
  en: [
    (c) => `At its sixth session, ${c} adopted resolution 6/1.`,
    (c) => `${c.charAt(0).toUpperCase()}${c.slice(1)} met in 2015. It recalled resolution 6/1.`,
    (c) => `Recalling resolution 6/1 of 6 November 2015 of ${c}.`,
  ],
  fr: [
    (c) => `À sa sixième session, ${c} a adopté la résolution 6/1.`,
    (c) => `Rappelant la résolution 6/1 du 6 novembre 2015 de ${c}.`,
  ],
  es: [
    (c) => `En su sexto período de sesiones, ${c} aprobó la resolución 6/1.`,
    (c) => `Recordando la resolución 6/1, de 6 de noviembre de 2015, de ${c}.`,
  ],
};
const copRows: [string, boolean][] = [];
for (const lang of ['en', 'fr', 'es'] as const)
  for (const frame of COP_FRAMES[lang]) {
    for (const other of CONFERENCES[lang].other) copRows.push([frame(other), false]);
    copRows.push([frame(CONFERENCES[lang].ours), true]);
  }

describe('another treaty’s Conference of the Parties is not ours (sentence-bodies.ts)', () => {
  it.each(copRows)('%s → the COP’s: %s', (text, ours) => {
    expect(found(text).map((c) => c.key)).toEqual(ours ? ['COP resolution 6/1'] : []);
  });
});

/**
 * The list's closing phrase names its body (`CLOSING_RE` in `list-chain.ts`; dev en-497's `and the other relevant
 * resolutions of the Commission on trafficking in persons`): bare members before `and (all) (the) other relevant
 * resolutions of <body>` are that body's when their numbering fits; a short name (`the Council`, `the Commission`)
 * when one body of its set fits. Before, `resolution 53/9 …, and other relevant resolutions of the Human Rights
 * Council` in a text citing an Assembly resolution was read as the Assembly's (the running series). Frames × closings
 * × members; every text also cites an Assembly resolution and a Council one, so no other rule settles the members.
 */
const CLOSINGS: Record<Lang, readonly { words: string; hrc: boolean }[]> = {
  en: [
    { words: 'and other relevant resolutions of the Human Rights Council on trafficking in persons', hrc: true },
    { words: 'and all other relevant resolutions of the Council', hrc: true },
    { words: 'and the other relevant resolutions of the \nCommission on trafficking in persons', hrc: false },
    {
      words: 'and all other relevant resolutions of the Commission on Crime Prevention and Criminal Justice',
      hrc: false,
    },
  ],
  fr: [
    { words: 'et les autres résolutions pertinentes du Conseil des droits de l’homme', hrc: true },
    { words: 'et toutes les autres résolutions pertinentes du Conseil', hrc: true },
    {
      words: 'et les autres résolutions pertinentes de la Commission pour la prévention du crime et la justice pénale',
      hrc: false,
    },
  ],
  es: [
    { words: 'y otras resoluciones pertinentes del Consejo de Derechos Humanos', hrc: true },
    {
      words: 'y las demás resoluciones pertinentes de la Comisión de Prevención del Delito y Justicia Penal',
      hrc: false,
    },
  ],
};
const CLOSING_MEMBERS: Record<Lang, readonly ((n: string, m: string) => string)[]> = {
  en: [
    (n) => `Recalling resolution ${n} of 12 July 2023, entitled “${TITLE}”, 12 `,
    (n, m) => `Recalling resolution ${n} of 18 May 2018,14 resolution ${m} of 18 May 2018, `,
    (n, m) => `Recalling resolutions ${n} and ${m} `,
  ],
  fr: [
    (n) => `Rappelant la résolution ${n} du 12 juillet 2023, intitulée « ${TITLE} », `,
    (n, m) => `Rappelant les résolutions ${n} et ${m} `,
  ],
  es: [
    (n) => `Recordando la resolución ${n}, de 12 de julio de 2023, titulada “${TITLE}”, `,
    (n, m) => `Recordando las resoluciones ${n} y ${m} `,
  ],
};
const CLOSING_TAIL: Record<Lang, string> = {
  en: '. Welcoming General Assembly resolution 79/286 and Security Council resolution 2331 (2016).',
  fr: '. Se félicitant de la résolution 79/286 de l’Assemblée générale et de la résolution 2331 (2016) du Conseil de sécurité.',
  es: '. Acogiendo con beneplácito la resolución 79/286 de la Asamblea General y la resolución 2331 (2016) del Consejo de Seguridad.',
};
const closingRows: [string, string[]][] = [];
for (const lang of ['en', 'fr', 'es'] as const)
  for (const closing of CLOSINGS[lang])
    for (const members of CLOSING_MEMBERS[lang]) {
      // 53/9 and 32/1 fit the Assembly and the Council; 27/4 and 32/1 the Council and the Commission.
      const [n, m] = closing.hrc ? ['53/9', '32/1'] : ['27/4', '32/1'];
      const key = (x: string): string => (closing.hrc ? `A/HRC/RES/${x}` : `CCPCJ resolution ${x}`);
      const text = `${members(n, m)}${closing.words}${CLOSING_TAIL[lang]}`;
      const two = members.length === 2;
      closingRows.push([text, [key(n), ...(two ? [key(m)] : []), 'A/RES/79/286', 'S/RES/2331(2016)']]);
    }

describe('a list’s closing phrase names its members’ body (list-chain.ts)', () => {
  it.each(closingRows)('%s', (text, keys) => {
    expect(found(text).map((c) => c.key)).toEqual(keys);
  });

  it.each([
    // The number does not fit the body the closing names: not given to it.
    'Recalling resolution 70/1 and other relevant resolutions of the Human Rights Council. Noting Security Council resolution 2331 (2016).',
    // Not `other` resolutions: another set, not this list's body.
    'Recalling resolution 53/9 and resolutions of the Human Rights Council. Welcoming General Assembly resolution 79/286 and Security Council resolution 2331 (2016).',
    // A body outside the table closing the list.
    'Recalling resolution 56/1 and other relevant resolutions of the Commission on the Status of Women. Noting Human Rights Council resolution 8/12 and General Assembly resolution 79/286.',
  ])('%s: no closing body', (text) => {
    const keys = found(text).map((c) => c.key);
    expect(keys).not.toContain('A/HRC/RES/70/1');
    expect(keys).not.toContain('A/HRC/RES/53/9');
    expect(keys).not.toContain('A/HRC/RES/56/1');
    expect(keys).not.toContain('A/RES/53/9');
    expect(keys).not.toContain('A/RES/56/1');
  });
});

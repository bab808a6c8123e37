import { describe, expect, it } from 'vitest';
import { readingText } from '../../../lib/citations/reading-text';
import { found } from './factories';

/**
 * Session 21 (tuner-wraps): citations broken by a soft line wrap, a line break where a space was (text copied from a
 * PDF or a plain-text UN document; `soft-wrap.ts`). Each wrapped row reads as its one-line twin; the negatives keep
 * what line structure tells the engine (a heading line's author, an own heading, a title line, a list item, a blank
 * line ending a reference). Rows compare each citation's span and key only.
 */

type Row = [string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => found(text).map((c) => [c.text, c.key]);

/** Wrapped citations, each found as on one line (the span keeps the original line break). */
const wrapped: Row[] = [
  // The next line goes on in lower case; the treaty named across the wrap tells whose resolution 55/25 is.
  [
    'Reaffirming its resolution 55/25 of 15\nNovember 2000, by which it adopted the\nUnited Nations Convention against ' +
      'Transnational\nOrganized Crime',
    [['resolution 55/25', 'A/RES/55/25']],
  ],
  // A connector ends the line: `de l` (apostrophe lost), `of the`, `del`.
  [
    'Conformément aux dispositions des résolutions 57/72 et 59/86 de l\nAssemblée générale, les réunions',
    [
      ['résolutions 57/72', 'A/RES/57/72'],
      ['59/86 de l\nAssemblée générale', 'A/RES/59/86'],
    ],
  ],
  [
    'The United Nations\nTrafficking in Persons Protocol recognizes the vulnerability of minors, as stated in ' +
      'Article 3c of the\nProtocol according to which',
    [['Article 3c of the\nProtocol', 'TIP Protocol art. 3(c)']],
  ],
  [
    'De conformidad con el artículo 3 c) del\nProtocolo para prevenir, reprimir y sancionar la trata de personas, ' +
      'especialmente mujeres y niños',
    [
      [
        'artículo 3 c) del\nProtocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños',
        'TIP Protocol art. 3(c)',
      ],
    ],
  ],
  // A head word ends the line, its number starts the next; capitalised after a lower-case word.
  [
    'Progreso alcanzado en la aplicación de la resolución\n62/208 de la Asamblea General',
    [['resolución\n62/208 de la Asamblea General', 'A/RES/62/208']],
  ],
  ['Hace 23 años, el Consejo de Seguridad aprobó la Resolución\n1325, un hito.', [['Resolución\n1325', 'S/RES/1325']]],
  // A name cut between its words.
  [
    'La Resolución 1325 del Consejo de Seguridad de las Naciones\nUnidas es un hito importante.',
    [['Resolución 1325 del Consejo de Seguridad de las Naciones\nUnidas', 'S/RES/1325']],
  ],
  // A quoted title whose article ends the line: the list goes on after it.
  [
    'La Asamblea General,\nRecordando sus resoluciones 58/217, por la que proclamó el Decenio Internacional para la ' +
      'Acción, “El\nAgua, Fuente de Vida” (2005-2015), 59/228, de 22 de diciembre de 2004,',
    [
      ['resoluciones 58/217', 'A/RES/58/217'],
      ['59/228', 'A/RES/59/228'],
    ],
  ],
  // A symbol cut after a series' full stop, or inside a component written with a space.
  [
    'Travaux préparatoires, A/AC.254/4/Add.\n1/Rev.6, Art. 6.',
    [['A/AC.254/4/Add.\n1/Rev.6, Art. 6', 'A/AC.254/4/ADD.1/REV.6']], // the draft's article in the span (S2, session 30)
  ],
  [
    'Distr. LIMITADA TD/OLIVE\nOIL.10/L.1/Add.1 25 de abril de 2005',
    [['TD/OLIVE\nOIL.10/L.1/Add.1', 'TD/OLIVEOIL.10/L.1/ADD.1']],
  ],
  // A report's pinpoint chain across three wraps, the symbol in brackets on its own line.
  [
    'Les États parties devraient tenir compte des recommandations figurant dans le paragraphe 17 du rapport de la ' +
      "réunion du\nGroupe de travail qui s'est tenue à Vienne\nles 14 et 15 avril 2009\n(CTOC/COP/WG.4/2009/2), et",
    [
      [
        "paragraphe 17 du rapport de la réunion du\nGroupe de travail qui s'est tenue à Vienne\nles 14 et 15 avril " +
          '2009\n(CTOC/COP/WG.4/2009/2)',
        'CTOC/COP/WG.4/2009/2',
      ],
    ],
  ],
  // A quoted title cut by the line: the quote is still open.
  [
    'La Asamblea General,\nRecordando sus resoluciones 58/217, por la que proclamó el Decenio Internacional para la ' +
      'Acción, “El Agua,\nFuente de Vida” (2005-2015), 59/228, de 22 de diciembre de 2004, 61/192, de 20 de diciembre',
    [
      ['resoluciones 58/217', 'A/RES/58/217'],
      ['59/228', 'A/RES/59/228'],
      ['61/192', 'A/RES/61/192'],
    ],
  ],
  // A document label ending the line before its symbol.
  ['Citations to Text | 40 ILM 384 (2001), UN Doc\nA55/383 (Annex III, p. 62)', [['A55/383', 'A55/383']]],
  // An article in brackets on the next line goes on its caption.
  [
    'Key Provisions of the UNTOC:\nDefinition of an “organized criminal group”\n(Art. 2)\nMutual legal assistance (Art. 18)',
    [
      ['Art. 2', 'UNTOC art. 2'],
      ['Art. 18', 'UNTOC art. 18'],
    ],
  ],
  // An inline tag before the next line's lower-case word.
  [
    'The interpretative notes on article 3\n<strong>of</strong> the convention approved by the Ad Hoc Committee',
    [['article 3\n<strong>of</strong> the convention', 'UNTOC art. 3']],
  ],
];

/** What line structure still tells the engine, and wraps that must not make a citation. */
const kept: Row[] = [
  // Another body's name before the head word, its previous word on the line above: not the Commission's own.
  ['The Commission on Human Rights, Having considered\nSubcommission resolution 1994/7 of 19 August 1994,', []],
  [
    'The Commission on Narcotic\nDrugs adopted it. Recalling Commission on Narcotic Drugs\nresolution 45/8 on cannabis',
    [],
  ],
  // A heading line followed by a citation keeps its author.
  [
    'The Human Rights Council,\nRecalling its resolution 8/12 of 18 June 2008,',
    [['resolution 8/12', 'A/HRC/RES/8/12']],
  ],
  // The own heading under the adoption line stays a heading (dropped), the preamble's citation the Assembly's.
  [
    'Resolution adopted by the General Assembly\n74/176. Trafficking in women and girls\nThe General Assembly,\n' +
      'Recalling its resolution 72/195',
    [['resolution 72/195', 'A/RES/72/195']],
  ],
  // A paragraph's number ending the line is not joined to the instrument on the next.
  [
    'as set out in paragraph 17\nresolution 1846 (2008) of the Security Council',
    [['resolution 1846 (2008) of the Security Council', 'S/RES/1846(2008)']],
  ],
  // A numbered paragraph after a symbol's full stop; list items after a colon.
  ['See A/55/383.\n2. The Committee decided', [['A/55/383', 'A/55/383']]],
  [
    'the following:\na) resolution 55/25;\nb) resolution 55/255.',
    [
      ['resolution 55/25', 'A/RES/55/25'],
      ['resolution 55/255', 'A/RES/55/255'],
    ],
  ],
  // A list item in brackets starts its line, even inside an open quote: the article ends the row above it.
  [
    'the Trafficking Protocol are:\n“(a) To prevent and combat trafficking in persons, paying particular attention ' +
      'to women and children; Article 2\n(b) To protect and assist the victims of such trafficking,',
    [['Article 2', 'TIP Protocol art. 2']],
  ],
  // A blank line ends the report's pinpoint chain: the symbol alone.
  [
    'Les États parties devraient tenir compte du paragraphe 17 du rapport de la réunion du Groupe de travail tenue à ' +
      'Vienne en 2009\n\n(CTOC/COP/WG.4/2009/2)',
    [['CTOC/COP/WG.4/2009/2', 'CTOC/COP/WG.4/2009/2']],
  ],
];

describe('citations across a soft wrap (session 21, tuner-wraps)', () => {
  it.each(wrapped)('%j', (text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
    // The one-line twin reads the same keys.
    const oneLine = text.replace(/(?<!\n)\n(?!\n)/g, ' ');
    expect(spansAndKeys(oneLine).map(([, key]) => key)).toEqual(expected.map(([, key]) => key));
  });
});

describe('what line structure keeps telling the engine (session 21, tuner-wraps)', () => {
  it.each(kept)('%j', (text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** Line breaks the reading keeps: none of them is plainly a wrap. */
const notWraps: [string, string][] = [
  ['a heading line and its preamble', 'The Human Rights Council,\nRecalling'],
  ['the header block of a document', 'United Nations\nGeneral Assembly\nDistr.: General'],
  ['a title line ending with a capitalised head word', 'Security Council Resolution\n1265 (1999)'],
  ['a head word before a word, not its number', 'the draft resolution\nAnnex'],
  ['a list marker after the break', 'as follows:\na) the Convention;\nii) the Protocol'],
  ['a blank line', 'Article 5 of the\n\nProtocol'],
  ['a blank line with a space', 'of the\n \nProtocol'],
  ['a tag ending the line', 'the Protocol<br />\nof'],
  ['a name word that ends a name', 'Human Rights Council\nResolution 8/12'],
  ['a numbered paragraph after a symbol', 'A/55/383.\n2. The Committee'],
  ['a number before a head word', 'paragraph 17\nresolution 1846'],
  ['a capital after a plain word', 'Having considered\nSubcommission'],
  ['a quotation opened at the line end', "l'article 15 (2) «\nConformément à l'article 31"],
  ['a quote whose sentence ended', '“The Protocol applies.\nArticle 5 reads'],
  ['a list item in brackets in a quote', '“(a) To prevent; Article 2\n(b) To protect'],
  ['a number before a month without its year', 'Article 5\nJune'],
  ['a document label before a word', 'the UN Doc\nCentre'],
];

describe('line breaks the reading keeps (session 21, tuner-wraps)', () => {
  it.each(notWraps)('%s', (_, text) => {
    expect(readingText(text).text).toBe(text);
  });
});

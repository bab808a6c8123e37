import { describe, expect, it } from 'vitest';
import { found, res, sym, type Expect } from './factories';

/**
 * Session 20 (tuner-dev28-sym): symbols' part and volume qualifiers, the addenda listed after them, ranges of addenda
 * written with their word, and an instrument's pinpoint chain through an annex and a paragraph's letters (dev en-503,
 * en-504, fr-347, es-338). Table-driven: each class in English, French and Spanish, with its negatives.
 */

type Row = readonly [string, readonly Expect[]];

/** Only the text and key of what the engine finds (the pinpoint is checked on its own rows). */
const keysOf = (text: string): { text: string; key: string }[] =>
  found(text).map((c) => ({ text: c.text, key: c.key }));
const want = (expected: readonly Expect[]): { text: string; key: string }[] =>
  expected.map((e) => ({ text: e.text, key: e.key }));

/** The sentence each symbol row is set in, per language (the symbol in brackets, as a footnote writes it). */
const FRAME: Record<'en' | 'fr' | 'es', (s: string) => string> = {
  en: (s) => `See Final Document, vol. I (${s}), part I, para. 15.`,
  fr: (s) => `Voir le Document final, vol. I (${s}), première partie, par. 15.`,
  es: (s) => `Véase el Documento Final, vol. I (${s}), parte I, párr. 15.`,
};

describe('plural part and volume qualifiers after a symbol (dev en-503)', () => {
  /** A qualifier as written, and its key (upper-cased, spaces removed, the dash kept). */
  const QUALIFIED: readonly (readonly [string, string])[] = [
    ['NPT/CONF.2000/28 (Parts I and II)', 'NPT/CONF.2000/28(PARTSIANDII)'],
    ['NPT/CONF.2010/50 (Vols. I–III)', 'NPT/CONF.2010/50(VOLS.I–III)'],
    ['NPT/CONF.2010/50 (Vols. I-III)', 'NPT/CONF.2010/50(VOLS.I-III)'],
    ['A/55/49 (Vol. I and II)', 'A/55/49(VOL.IANDII)'],
    ['A/55/49 (Parts I, II and III)', 'A/55/49(PARTSI,IIANDIII)'],
    ['A/CONF.157/24 (Parties I et II)', 'A/CONF.157/24(PARTIESIETII)'],
    ['A/CONF.157/24 (Partes I y II)', 'A/CONF.157/24(PARTESIYII)'],
    ['A/CONF.157/24 (Partes I a III)', 'A/CONF.157/24(PARTESIAIII)'],
    ['A/CN.4/SER.A/2002/Add.1 (Parts 1 and 2)', 'A/CN.4/SER.A/2002/ADD.1(PARTS1AND2)'],
    ['A/51/49 (Vol. I)', 'A/51/49(VOL.I)'], // the singular, as before
  ];
  const rows: Row[] = QUALIFIED.flatMap(([s, key]) =>
    (['en', 'fr', 'es'] as const).map((lang): Row => [FRAME[lang](s), [sym(s, key)]]),
  );
  it.each(rows)('%s', (text, expected) => {
    expect(keysOf(text)).toEqual(want(expected));
  });

  /** Brackets that are no qualifier: the symbol alone, its span before them. */
  const negatives: Row[] = [
    ['See A/55/49 (Part I and annex), para. 3.', [sym('A/55/49')]],
    ['See A/55/49 (Parts of it were issued later).', [sym('A/55/49')]],
    ['Voir A/55/49 (I et II).', [sym('A/55/49')]],
    ['Véase A/55/49 (Partes I y anexo).', [sym('A/55/49')]],
    ['See A/55/49 (pp. 1 and 2).', [sym('A/55/49')]],
  ];
  it.each(negatives)('%s', (text, expected) => {
    expect(keysOf(text)).toEqual(want(expected));
  });
});

describe('addenda after a part or volume qualifier are the report’s (dev en-504)', () => {
  const rows: Row[] = [
    [
      '[2] A/66/153 (Part I) and Add.1 and 2.',
      [sym('A/66/153 (Part I)', 'A/66/153(PARTI)'), sym('Add.1', 'A/66/153/ADD.1'), sym('2', 'A/66/153/ADD.2')],
    ],
    [
      '[2] A/66/153 (Partie I) et Add.1 et 2.',
      [sym('A/66/153 (Partie I)', 'A/66/153(PARTIEI)'), sym('Add.1', 'A/66/153/ADD.1'), sym('2', 'A/66/153/ADD.2')],
    ],
    [
      '[2] A/66/153 (Parte I) y Add.1 a 3.',
      [sym('A/66/153 (Parte I)', 'A/66/153(PARTEI)'), sym('Add.1', 'A/66/153/ADD.1'), sym('3', 'A/66/153/ADD.3')],
    ],
    ['See A/60/5 (Vol. II) and Add.1.', [sym('A/60/5 (Vol. II)', 'A/60/5(VOL.II)'), sym('Add.1', 'A/60/5/ADD.1')]],
    // A corrigendum keeps the volume (the UN numbers a volume's own: `A/59/5 (Vol. I)/Corr.1`).
    [
      'See A/59/5 (Vol. I) and Corr.1.',
      [sym('A/59/5 (Vol. I)', 'A/59/5(VOL.I)'), sym('Corr.1', 'A/59/5(VOL.I)/CORR.1')],
    ],
    // A budget section is no part: its addenda stay its own, as before.
    [
      'See A/64/6 (Sect. 16) and Add.1.',
      [sym('A/64/6 (Sect. 16)', 'A/64/6(SECT.16)'), sym('Add.1', 'A/64/6(SECT.16)/ADD.1')],
    ],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(keysOf(text)).toEqual(want(expected));
  });
});

describe('a further addendum or corrigendum of the same word is a sibling (dev fr-347)', () => {
  const rows: Row[] = [
    [
      'les documents A/59/668/Add.7 à Add.10, par lesquels le Secrétaire général',
      [sym('A/59/668/Add.7'), sym('Add.10', 'A/59/668/ADD.10')],
    ],
    [
      'documents A/59/668/Add.7 to Add.10, in which the Secretary-General',
      [sym('A/59/668/Add.7'), sym('Add.10', 'A/59/668/ADD.10')],
    ],
    [
      'los documentos A/59/668/Add.7 a Add.10, en los que el Secretario General',
      [sym('A/59/668/Add.7'), sym('Add.10', 'A/59/668/ADD.10')],
    ],
    ['documents A/59/668/Add.7–Add.10.', [sym('A/59/668/Add.7'), sym('Add.10', 'A/59/668/ADD.10')]],
    ['documents A/59/668/Add.2 and Add.3.', [sym('A/59/668/Add.2'), sym('Add.3', 'A/59/668/ADD.3')]],
    ['documentos E/CN.4/2005/Corr.1 y Corr.2.', [sym('E/CN.4/2005/Corr.1'), sym('Corr.2', 'E/CN.4/2005/CORR.2')]],
    [
      'documents A/59/668/Add.2, Add.3 et Add.4.',
      [sym('A/59/668/Add.2'), sym('Add.3', 'A/59/668/ADD.3'), sym('Add.4', 'A/59/668/ADD.4')],
    ],
    // A bare number after a glued dash, or after a list or range word when it ends its list item.
    ['documents A/62/439/Add.1-6.', [sym('A/62/439/Add.1'), sym('6', 'A/62/439/ADD.6')]],
    ['les documents A/59/668/Add.7 à 10, par lesquels', [sym('A/59/668/Add.7'), sym('10', 'A/59/668/ADD.10')]],
    ['documents A/59/668/Add.7 to 10.', [sym('A/59/668/Add.7'), sym('10', 'A/59/668/ADD.10')]],
    ['los documentos A/59/668/Add.2 y 3. La Asamblea', [sym('A/59/668/Add.2'), sym('3', 'A/59/668/ADD.3')]],
    ['documentos E/CN.4/2005/Corr.1 y 2;', [sym('E/CN.4/2005/Corr.1'), sym('2', 'E/CN.4/2005/CORR.2')]],
    // Another word is the listed document's own: a corrigendum to the addendum, as before.
    ['documents A/69/488/Add.2 et Corr.1.', [sym('A/69/488/Add.2'), sym('Corr.1', 'A/69/488/ADD.2/CORR.1')]],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(keysOf(text)).toEqual(want(expected));
  });

  /** No sibling: a number going down or too far, another word in a range, a bare number after a range word. */
  const negatives: Row[] = [
    ['documents A/59/668/Add.7 à Add.3.', [sym('A/59/668/Add.7')]],
    ['documents A/59/668/Add.7 to Add.70.', [sym('A/59/668/Add.7')]],
    ['documentos A/59/668/Add.7 a Corr.2.', [sym('A/59/668/Add.7')]],
    ['documents A/59/668/Add.7 to 10 December.', [sym('A/59/668/Add.7')]],
    ['see (A/64/440/Add.1, 12).', [sym('A/64/440/Add.1')]],
    ['documents A/59/668/Add.2 and 3 others.', [sym('A/59/668/Add.2')]],
    ['les documents A/59/668/Add.7 et 2.', [sym('A/59/668/Add.7')]],
  ];
  it.each(negatives)('%s', (text, expected) => {
    expect(keysOf(text)).toEqual(want(expected));
  });
});

describe('an instrument’s chain through an annex to a paragraph and its letters (dev es-338)', () => {
  const rows: Row[] = [
    [
      '[20] Resolución 64/222, anexo, párr. 21 a) y f).',
      [res('Resolución 64/222, anexo, párr. 21 a) y f)', 'A/RES/64/222', { paragraph: 21 })],
    ],
    [
      '[20] Resolution 64/222, annex, para. 21 (a) and (f).',
      [res('Resolution 64/222, annex, para. 21 (a) and (f)', 'A/RES/64/222', { paragraph: 21 })],
    ],
    [
      '[20] Résolution 64/222, annexe, par. 21 a) et f).',
      [res('Résolution 64/222, annexe, par. 21 a) et f)', 'A/RES/64/222', { paragraph: 21 })],
    ],
    [
      'See resolution 64/222, annex II, para. 3.',
      [res('resolution 64/222, annex II, para. 3', 'A/RES/64/222', { annex: 'II', paragraph: 3 })],
    ],
    [
      'Véase la resolución 64/222, anexo, párrafo 21, y la nota.',
      [res('resolución 64/222, anexo, párrafo 21', 'A/RES/64/222', { paragraph: 21 })],
    ],
    [
      'Voir la résolution 64/222, par. 21 a), c) et f).',
      [res('résolution 64/222, par. 21 a), c) et f)', 'A/RES/64/222', { paragraph: 21 })],
    ],
    // A range of letters (a dash, `to`, `à`, `a`).
    [
      'See resolution 64/222, para. 21 (a)-(f).',
      [res('resolution 64/222, para. 21 (a)-(f)', 'A/RES/64/222', { paragraph: 21 })],
    ],
    [
      'Véase la resolución 64/222, anexo, párr. 21 a) a f).',
      [res('resolución 64/222, anexo, párr. 21 a) a f)', 'A/RES/64/222', { paragraph: 21 })],
    ],
    [
      'Voir la résolution 64/222, annexe II, par. 21 a) à f).',
      [res('résolution 64/222, annexe II, par. 21 a) à f)', 'A/RES/64/222', { annex: 'II', paragraph: 21 })],
    ],
    // Several paragraphs after the number or its annex (as after a symbol, S2): span only, no paragraph.
    [
      'See resolution 64/222, annex, paras. 21 and 22.',
      [res('resolution 64/222, annex, paras. 21 and 22', 'A/RES/64/222')],
    ],
    ['See resolution 64/222, paras. 21-23.', [res('resolution 64/222, paras. 21-23', 'A/RES/64/222')]],
    ['Véase la resolución 64/222, párrafos 21 a 23.', [res('resolución 64/222, párrafos 21 a 23', 'A/RES/64/222')]],
    [
      'Voir la résolution 64/222, annexe II, paragraphes 3, 5 et 7.',
      [res('résolution 64/222, annexe II, paragraphes 3, 5 et 7', 'A/RES/64/222', { annex: 'II' })],
    ],
    // One letter: its pinpoint, as before.
    [
      'See resolution 64/222, para. 21 (a).',
      [res('resolution 64/222, para. 21 (a)', 'A/RES/64/222', { paragraph: 21, subparagraph: 'a' })],
    ],
    // A symbol's chain reads the letters too (S2).
    [
      'See A/64/222, annex, para. 21 (a) and (f).',
      [sym('A/64/222, annex, para. 21 (a) and (f)', 'A/64/222', { paragraph: 21 })],
    ],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  /** No paragraph after the annex, or no letter after the list word: the span stops before. */
  const negatives: Row[] = [
    [
      'See resolution 64/222, annex, and resolution 65/1.',
      [res('resolution 64/222, annex', 'A/RES/64/222'), res('resolution 65/1', 'A/RES/65/1')],
    ],
    [
      'See resolution 64/222, para. 21 (a) and 5 others.',
      [res('resolution 64/222, para. 21 (a)', 'A/RES/64/222', { paragraph: 21, subparagraph: 'a' })],
    ],
    ['Véase la resolución 64/222, anexo, de 2009.', [res('resolución 64/222, anexo', 'A/RES/64/222')]],
    ['See resolution 64/222, para. 21 (a) to 5.', [res('resolution 64/222, para. 21 (a)', 'A/RES/64/222')]],
    // A date's day is no listed paragraph.
    ['See resolution 64/222, paras. 12, 14 December 2005.', [res('resolution 64/222, paras. 12', 'A/RES/64/222')]],
  ];
  it.each(negatives)('%s', (text, expected) => {
    expect(keysOf(text)).toEqual(want(expected));
  });
});

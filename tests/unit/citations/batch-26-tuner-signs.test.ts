import { describe, expect, it } from 'vitest';
import { cop, found, IN_COP_DOCUMENT, res, type Expect } from './factories';

/**
 * Session 22 (tuner-signs): a number sign between a resolution's or COP instrument's head word and its number, as the
 * robustness form `num-sign` writes it (`scripts/number-forms.ts`): French `no` (how `n°` comes out of many PDFs and
 * keyboards) after a French head word (`lib/citations/instrument-head.ts`), a pinpoint before a possessive and a
 * signed number (`paragraph 2 of its resolution No. 56/119`, `POSSESSIVE_ARTICLE`), and a resolution cited with its
 * sign since the treaty in focus was named (`focus-article.ts`). Rows are the dev passages' own lines as the
 * perturbation writes them; English and Spanish `no` as a word stays no sign.
 */

type Row = readonly [string, readonly Expect[]];

describe('French `no` after a French head word is a number sign', () => {
  const rows: Row[] = [
    // After a possessive, a footnote mark after the number (dev fr-050).
    [
      'L’Assemblée générale des Nations unies a appelé ce comité à poursuivre ses discussions dans sa résolution no 54/125[3]  du 17 décembre 1999.',
      [res('résolution no 54/125', 'A/RES/54/125')],
    ],
    // A roman session, a lettered part (dev fr-090, fr-154).
    [
      'adoptée par l’Assemblée générale dans sa résolution no 2263 (XXII) du 7 novembre 1967,',
      [res('résolution no 2263 (XXII)', 'A/RES/2263(XXII)')],
    ],
    [
      '1. Dans sa résolution no 56/24 V, l Assemblée générale s est félicitée que le Programme',
      [res('résolution no 56/24 V', 'A/RES/56/24V')],
    ],
    // The body adopting it named after the number (dev fr-144).
    [
      'Après avoir examiné la résolution no 46 (I), adoptée par l’Assemblée générale le 11 décembre 1946, aux termes de laquelle',
      [res('résolution no 46 (I)', 'A/RES/46(I)')],
    ],
    // The head word capitalised, the Council named after it (dev fr-207).
    [
      'Résolution no 1325 du Conseil de sécurité de l’ONU sur les femmes',
      [res('Résolution no 1325 du Conseil de sécurité de l’ONU', 'S/RES/1325')],
    ],
    // A pinpoint before it (dev fr-302).
    [
      'conformément au paragraphe 16 de la résolution no 1846 (2008).',
      [res('paragraphe 16 de la résolution no 1846 (2008)', 'S/RES/1846(2008)', { paragraph: 16 })],
    ],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a COP resolution in a COP document (dev fr-051)', () => {
    const text = 'Réaffirmant sa résolution no 9/1 du 19 octobre 2018, dans laquelle elle a adopté les procédures';
    expect(found(text, undefined, false, IN_COP_DOCUMENT)).toEqual([cop('résolution no 9/1', 'COP resolution 9/1')]);
  });

  it('a shorter head word where the text starts (`décision`, eight letters)', () => {
    const text = 'Décision no 4/4 sur l’assistance technique';
    expect(found(text, undefined, false, IN_COP_DOCUMENT)).toEqual([cop('Décision no 4/4', 'COP decision 4/4')]);
  });
});

describe('a pinpoint before a possessive and a signed number', () => {
  const rows: Row[] = [
    // English `of its resolution No.` (dev en-351), its line broken before the head word.
    [
      'The General Assembly,\nBearing in mind the guidelines for and the format of\nUnited Nations congresses, as stipulated in paragraph 2 of its\nresolution No. 56/119, as well as paragraphs 29 and 30 of the',
      [res('paragraph 2 of its\nresolution No. 56/119', 'A/RES/56/119', { paragraph: 2 })],
    ],
    // French `de sa résolution n°` (dev fr-115), through an annex and French `no` (dev fr-281).
    [
      'conformément au paragraphe 42 de sa résolution n° 2083 (2012).',
      [res('paragraphe 42 de sa résolution n° 2083 (2012)', 'S/RES/2083(2012)', { paragraph: 42 })],
    ],
    [
      'en application du paragraphe 2 de l’annexe B de sa résolution no 2231 (2015), comme suit :',
      [
        res('paragraphe 2 de l’annexe B de sa résolution no 2231 (2015)', 'S/RES/2231(2015)', {
          annex: 'B',
          paragraph: 2,
        }),
      ],
    ],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a resolution cited with its number sign ends the focus of a bare article', () => {
  it('the Firearms Protocol, then `Resolution No. 1373 (2001)` and its articles (dev en-218)', () => {
    const text =
      '- Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime, adopted by United Nations General Assembly resolution 55/255 (2001).\n- United Nations Security Council Resolution No. 1373 (2001), adopted unanimously by The United Nations Security Council in 2001, adopts a wide-ranging, comprehensive resolution. (see article 2a and article 3a)';
    expect(found(text).map((c) => c.key)).toEqual(['A/RES/55/255', 'S/RES/1373(2001)']);
  });
});

describe('`no` as a word is no number sign', () => {
  const rows: Row[] = [
    // English: `no` and `No.` in prose after a head word.
    ['It was a decision no 10-year-old should have to make.', []],
    ['a resolution no 2 delegations could agree on', []],
    ['Shirt No. 5 was retired after the resolution of the dispute.', []],
    // Spanish: `no` is a word (`la resolución no se aprobó`), never read as a sign, before a number too.
    ['La resolución no se aprobó el 5 de mayo de 2010.', []],
    ['la decisión no 2 veces tomada por la Asamblea', []],
    ['Se dijo que la resolución no 64/293 sino otra', []],
    // A French `no` not before a digit.
    ['la résolution no. ne fut pas adoptée en 2010', []],
  ];
  it.each(rows)('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

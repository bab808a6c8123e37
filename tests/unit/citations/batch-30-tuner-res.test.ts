import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 24 (tuner-res): forms of probe set R (`tests/fixtures/citations/probes/dev/setR-*.json`: resolutions,
 * decisions and document symbols), fixed by class with negatives. Each row: the text, then every citation the engine
 * must find in it (span and key); an empty list is a text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/** Paragraph pinpoints after a resolution or a symbol: the pilcrow, OSCOLA's `para`, `operative para.` (S2). */
const postPins: Row[] = [
  [
    'the pilcrow after a Bluebook resolution',
    'See S.C. Res. 2331, supra note 14, ¶ 2; see also S.C. Res. 2388, ¶ 17 (Nov. 21, 2017).',
    [
      ['S.C. Res. 2331', 'S/RES/2331'],
      ['S.C. Res. 2388, ¶ 17', 'S/RES/2388'],
    ],
  ],
  [
    'two pilcrows before a range',
    'Security Council resolution 2388 (2017), ¶¶ 17-18, condemns it.',
    [['Security Council resolution 2388 (2017), ¶¶ 17-18', 'S/RES/2388(2017)']],
  ],
  [
    "OSCOLA's `para` without its stop after a symbol",
    'UNGA Res 70/1 (25 September 2015) UN Doc A/RES/70/1, para 18.',
    [
      ['UNGA Res 70/1', 'A/RES/70/1'],
      ['A/RES/70/1, para 18', 'A/RES/70/1'],
    ],
  ],
  [
    '`operative para.` after a symbol',
    'A/HRC/RES/50/8; see also A/HRC/RES/47/21, operative para. 4.',
    [
      ['A/HRC/RES/50/8', 'A/HRC/RES/50/8'],
      ['A/HRC/RES/47/21, operative para. 4', 'A/HRC/RES/47/21'],
    ],
  ],
  [
    '`preambular paragraph` after a symbol',
    'As recalled in A/RES/70/1, preambular paragraph 3, the Agenda applies.',
    [['A/RES/70/1, preambular paragraph 3', 'A/RES/70/1']],
  ],
  // Negatives: Spanish `para` ("for") after a resolution; `para` without a comma; a year after it.
  [
    'Spanish `para` before a number and a noun',
    'Se aplica la resolución 70/1, para 2 años más, y la A/RES/70/1, para 18 meses.',
    [
      ['resolución 70/1', 'A/RES/70/1'],
      ['A/RES/70/1', 'A/RES/70/1'],
    ],
  ],
  ['Spanish `para` before a year', 'la resolución 70/1, para 2030.', [['resolución 70/1', 'A/RES/70/1']]],
  ['`para` with no comma before it', 'UN Doc A/RES/70/1 para 18.', [['A/RES/70/1', 'A/RES/70/1']]],
];

describe('paragraph pinpoints after a resolution or symbol', () => {
  it.each(postPins)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
  it('keeps the pinpoint: a pilcrow paragraph, an operative one, a preambular one', () => {
    const pins = findCitations(
      'S.C. Res. 2388, ¶ 17; A/HRC/RES/47/21, operative para. 4; A/RES/70/1, preambular paragraph 3.',
    ).map((c) => c.pinpoint);
    expect(pins).toEqual([{ paragraph: 17 }, { paragraph: 4 }, { paragraph: 3, preambular: true }]);
  });
});

/** The part letter after the roman session (`217 (III) A`), as the Bluebook writes the Universal Declaration. */
const romanParts: Row[] = [
  [
    'the Bluebook form of the Universal Declaration',
    'Universal Declaration of Human Rights, G.A. Res. 217 (III) A, U.N. Doc. A/810, at 71 (1948).',
    [
      ['G.A. Res. 217 (III) A', 'A/RES/217A(III)'],
      ['A/810', 'A/810'],
    ],
  ],
  [
    'the part letter before `of` and a date',
    'General Assembly resolution 2200 (XXI) A of 16 December 1966 adopted the Covenants.',
    [['General Assembly resolution 2200 (XXI) A', 'A/RES/2200A(XXI)']],
  ],
  // Negatives: an English sentence's `A`; a symbol after the number; the roman `I`.
  [
    'a sentence going on with `A`',
    'It cited General Assembly resolution 428 (V) A new approach followed.',
    [['General Assembly resolution 428 (V)', 'A/RES/428(V)']],
  ],
  [
    'a symbol after the number',
    'General Assembly resolution 428 (V) A/RES/428(V) established it.',
    [
      ['General Assembly resolution 428 (V)', 'A/RES/428(V)'],
      ['A/RES/428(V)', 'A/RES/428(V)'],
    ],
  ],
];

describe('a part letter after the roman session', () => {
  it.each(romanParts)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** A plural head's list whose sessions lie far apart, one body's numbering fitting both. */
const farLists: Row[] = [
  [
    "an HRC preamble's `its resolutions` with a relative clause between members",
    'The Human Rights Council,\nRecalling its resolutions 8/12 of 18 June 2008, 44/4 of 16 July 2020, in which it extended the mandate, and 53/9 of 12 July 2023,',
    [
      ['resolutions 8/12', 'A/HRC/RES/8/12'],
      ['44/4', 'A/HRC/RES/44/4'],
      ['53/9', 'A/HRC/RES/53/9'],
    ],
  ],
  [
    'the body named before a plural head',
    'Recalling Human Rights Council resolutions 5/1 and 45/3,',
    [
      ['Human Rights Council resolutions 5/1', 'A/HRC/RES/5/1'],
      ['45/3', 'A/HRC/RES/45/3'],
    ],
  ],
  // Negatives: a singular head keeps the tight rule; no body at all keeps the numbers unread.
  [
    'a singular head',
    'The Human Rights Council,\nRecalling its resolution 8/12 and 44/4,',
    [['resolution 8/12', 'A/HRC/RES/8/12']],
  ],
  ['a list with no body shown', 'See resolutions 8/12 and 44/4.', []],
];

describe('a plural list of far sessions', () => {
  it.each(farLists)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** A body outside the table owning the instrument: the subject of `in its`, or right before the head word. */
const foreignOwners: Row[] = [
  [
    "an Executive Board's possessive decision (fits ECOSOC's numbering)",
    'The UNDP/UNFPA/UNOPS Executive Board, in its decision 2019/12, took note of the annual report; see also UNICEF Executive Board decision 2022/5.',
    [],
  ],
  [
    'the Inter-American Commission right before the head word, its verb elided',
    'La Asamblea de los Estados Partes aprobó la resolución ICC-ASP/17/Res.5, y la Comisión Interamericana la Resolución 1/20.',
    [],
  ],
  ['an acronym and an adoption verb', 'In April 2020 the IACHR adopted Resolution 1/20 on the pandemic.', []],
  ['Spanish, a board with its complement', 'La Junta Ejecutiva del PNUD, en su decisión 2019/12, tomó nota.', []],
  [
    'French, a board of directors',
    "Le Conseil d'administration, dans sa décision 2019/12, a pris note du rapport.",
    [],
  ],
  [
    'French, the Inter-American Commission with a verb',
    'La Commission interaméricaine a adopté la résolution 1/20.',
    [],
  ],
  [
    "the Inter-American Commission's full name, which holds ours (`Commission on Human Rights`)",
    'The Inter-American Commission on Human Rights, in its Resolution 1/20, urged States; the Inter-American Commission on Human Rights adopted Resolution 1/20.',
    [],
  ],
  // Negatives: a body of ours between the name and the possessive; the foreign body not the owner.
  [
    'a body of ours is the antecedent',
    'The Executive Board noted that the General Assembly, in its resolution 70/1, set the goals.',
    [['resolution 70/1', 'A/RES/70/1']],
  ],
  [
    'the foreign body welcomes one of ours',
    'The Inter-American Commission welcomed resolution 64/293 of the General Assembly.',
    [['resolution 64/293 of the General Assembly', 'A/RES/64/293']],
  ],
  [
    'an ECOSOC decision after a board',
    'The Board recalled decision 2019/12 of the Economic and Social Council.',
    [['decision 2019/12 of the Economic and Social Council', 'E/DEC/2019/12']],
  ],
];

describe('an instrument of a body outside the table', () => {
  it.each(foreignOwners)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** The Human Rights Council's other names; the same body again (`del mismo Consejo`); `Rés. AG`. */
const bodyNames: Row[] = [
  [
    '`Conseil des droits humains` right before the head word',
    'Le Conseil des droits humains résolution 44/4 du 16 juillet 2020 met l’accent sur…',
    [['Conseil des droits humains résolution 44/4', 'A/HRC/RES/44/4']],
  ],
  [
    '`Conseil des droits de la personne` after the number',
    'Voir la résolution 35/5 du Conseil des droits de la personne.',
    [['résolution 35/5 du Conseil des droits de la personne', 'A/HRC/RES/35/5']],
  ],
  [
    '`Council of Human Rights` in a machine translation, before `in its`',
    'The Council of Human Rights in its resolution 35/5 recognised the importance of business.',
    [['resolution 35/5', 'A/HRC/RES/35/5']],
  ],
  [
    '`Consejo de los Derechos Humanos`',
    'la resolución 35/5 del Consejo de los Derechos Humanos',
    [['resolución 35/5 del Consejo de los Derechos Humanos', 'A/HRC/RES/35/5']],
  ],
  // Negatives: a country's council of that name, a defenders' council, a country's after the name.
  ['a national council', 'The National Council of Human Rights resolution 35/5 was adopted.', []],
  ["a defenders' council", 'The Council of Human Rights Defenders resolution 35/5 was adopted.', []],
  ['a named country after it', 'The Council of Human Rights of Morocco resolution 35/5 was adopted.', []],
  [
    '`del mismo Consejo` after a Council number',
    'La ley da cumplimiento a la Resolución 1373 (2001) del Consejo de Seguridad y a la resolución 2178 (2014) del mismo Consejo.',
    [
      ['Resolución 1373 (2001) del Consejo de Seguridad', 'S/RES/1373(2001)'],
      ['resolución 2178 (2014) del mismo Consejo', 'S/RES/2178(2014)'],
    ],
  ],
  [
    '`du même Conseil` after a Human Rights Council number',
    'la résolution 5/1 du Conseil des droits de l’homme et la résolution 5/2 du même Conseil',
    [
      ['résolution 5/1 du Conseil des droits de l’homme', 'A/HRC/RES/5/1'],
      ['résolution 5/2 du même Conseil', 'A/HRC/RES/5/2'],
    ],
  ],
  [
    '`of the same Council`',
    'See resolution 2388 (2017) of the same Council.',
    [['resolution 2388 (2017) of the same Council', 'S/RES/2388(2017)']],
  ],
  [
    "McGill's French `Rés. AG`",
    'Rés. AG 55/25, Doc. NU A/RES/55/25 (15 novembre 2000), annexe II.',
    [
      ['Rés. AG 55/25', 'A/RES/55/25'],
      ['A/RES/55/25', 'A/RES/55/25'],
    ],
  ],
  [
    '`Rés CS` and `Rés. CDH`',
    'Rés CS 1373 (2001); Rés. CDH 5/1.',
    [
      ['Rés CS 1373 (2001)', 'S/RES/1373(2001)'],
      ['Rés. CDH 5/1', 'A/HRC/RES/5/1'],
    ],
  ],
  // Negatives: the abbreviation without an acronym, or with one in lower case.
  ['`Rés.` alone', 'Voir la rés. 55/25 du règlement intérieur.', []],
  ['a lower-case acronym', 'Voir res ag 55/25.', []],
];

describe("a body's other names", () => {
  it.each(bodyNames)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

/** S1 through `des dispositions de la` / `of the provisions of` / `de las disposiciones de la` (dev fr-344). */
const provisions: Row[] = [
  [
    'a machine-translation corpus line, lower case and unaccented',
    "pour donner effet aux exigences du paragraphe 9 des dispositions de la resolution 1533 ( 2004 ) du conseil de securite relatives a l' embargo",
    [['paragraphe 9 des dispositions de la resolution 1533 ( 2004 ) du conseil de securite', 'S/RES/1533(2004)']],
  ],
  [
    'English',
    'paragraph 9 of the provisions of Security Council resolution 1533 (2004) applies.',
    [['paragraph 9 of the provisions of Security Council resolution 1533 (2004)', 'S/RES/1533(2004)']],
  ],
  [
    'Spanish',
    'el párrafo 9 de las disposiciones de la resolución 1533 (2004) se aplica.',
    [['párrafo 9 de las disposiciones de la resolución 1533 (2004)', 'S/RES/1533(2004)']],
  ],
  // Negatives: a law's general provisions; provisions of a law.
  ['general provisions', 'le paragraphe 9 des dispositions générales de la loi 1533 (2004)', []],
  ['provisions of a law', 'paragraph 3 of the provisions of the law', []],
];

describe('a paragraph of the provisions of a resolution', () => {
  it.each(provisions)('%s', (_, text, expected) => {
    expect(spansAndKeys(text)).toEqual(expected);
  });
});

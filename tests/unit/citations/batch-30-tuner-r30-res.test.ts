import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/**
 * Session 24 (tuner-r30-res): forms of the thirtieth real round's resolution, COP and symbol failures (dev en-521,
 * en-522, en-523, es-345, fr-353, fr-354), fixed by class with negatives. Each row: the text, then every citation the
 * engine must find in it (span and key); an empty list is a text with no citation of ours.
 */

type Row = [string, string, [string, string][]];

const spansAndKeys = (text: string): [string, string][] => findCitations(text).map((c) => [c.text, c.key]);

/** What extraction glued to a slash number: a part letter without its space, or the next line's capitalised word. */
const gluedAfterNumber: Row[] = [
  [
    'a part letter glued to the number',
    'in the context of General Assembly resolution 46/36H of 6 December 1991, the guidelines',
    [['General Assembly resolution 46/36H', 'A/RES/46/36H']],
  ],
  [
    'a glued part letter before a comma, in French',
    "la résolution 46/36H, de l'Assemblée générale",
    [["résolution 46/36H, de l'Assemblée générale", 'A/RES/46/36H']],
  ],
  [
    "a masthead's next line glued to a COP resolution",
    'Intergovernmental expert group established in accordance with Conference resolution 9/1Vienna, 13–15 July 2020',
    [['Conference resolution 9/1', 'COP resolution 9/1']],
  ],
  [
    'a heading glued to an Assembly resolution',
    'Recalling General Assembly resolution 70/1Transforming our world',
    [['General Assembly resolution 70/1', 'A/RES/70/1']],
  ],
  // Negatives: a letter glued then a slash (another symbol), lower-case letters, a capital then lower case too short.
  ['a capital then a slash', 'General Assembly resolution 46/36A/RES/47/1 was', []],
  ['lower-case letters glued', 'General Assembly resolution 46/36Hz of 1991', []],
  ['a glued capital before a word, not a connector', 'General Assembly resolution 46/36H was adopted', []],
];

/** S1 with a paragraph's range of subparagraph letters before the instrument. */
const letterRanges: Row[] = [
  [
    'English, letters in brackets',
    'the measures set out in paragraphs 3 (a) to (f) of its resolution 51/210 of 17 December 1996,',
    [['paragraphs 3 (a) to (f) of its resolution 51/210', 'A/RES/51/210']],
  ],
  [
    'a dash between the letters',
    'paragraph 3 (a)-(f) of General Assembly resolution 51/210',
    [['paragraph 3 (a)-(f) of General Assembly resolution 51/210', 'A/RES/51/210']],
  ],
  [
    'French',
    'les mesures énoncées au paragraphe 3 a) à f) de sa résolution 51/210',
    [['paragraphe 3 a) à f) de sa résolution 51/210', 'A/RES/51/210']],
  ],
  [
    'Spanish',
    'las medidas enunciadas en el párrafo 3 a) a f) de su resolución 51/210',
    [['párrafo 3 a) a f) de su resolución 51/210', 'A/RES/51/210']],
  ],
  // Negatives: bare letters are no range; a range of letters before an article keeps the article's reading.
  ['bare letters', 'paragraph 3 a to f of resolution 51/210', [['resolution 51/210', 'A/RES/51/210']]],
  [
    'before an article',
    'paragraphs 1 (a) to (c) of article 5 of the Convention against Transnational Organized Crime',
    [['article 5 of the Convention against Transnational Organized Crime', 'UNTOC art. 5']],
  ],
];

/** A resolution head word glued to the UN's acronym before it. */
const gluedToAcronym: Row[] = [
  [
    'Spanish news, a lost link',
    'en virtud Capítulo VII del Carta de la ONUresolución 2752 (2024) el Consejo de 15 miembros determinó',
    [['resolución 2752 (2024)', 'S/RES/2752(2024)']],
  ],
  [
    'French',
    "Le Conseil de sécurité de l'ONUrésolution 2752 (2024) proroge",
    [['résolution 2752 (2024)', 'S/RES/2752(2024)']],
  ],
  ['English', 'the UNresolution 1325 (2000) on women', [['resolution 1325 (2000)', 'S/RES/1325(2000)']]],
  // Negatives: other words glued before the head word.
  ['a word ending in ir', 'their irresolution 1325 times over', []],
  ['dissolution', 'the dissolution 2752 (2024) days', []],
];

/** A Council resolution symbol whose year's closing bracket extraction lost. */
const unclosedYears: Row[] = [
  [
    "a masthead's symbol run onto its next line",
    'S/RES/2391 (2017 Nations Unies Conseil de sécurité Distr. générale',
    [['S/RES/2391 (2017', 'S/RES/2391(2017)']],
  ],
  ['at the end of the text', 'Voir S/RES/2391 (2017', [['S/RES/2391 (2017', 'S/RES/2391(2017)']]],
  [
    'no space before the bracket, Spanish',
    'S/RES/2391(2017 Consejo de Seguridad',
    [['S/RES/2391(2017', 'S/RES/2391(2017)']],
  ],
  // Negatives: more inside the bracket; a year that does not fit the number; a report's symbol.
  ['a comma after the year', 'S/RES/2391 (2017, para. 3)', [['S/RES/2391', 'S/RES/2391']]],
  ['a lower-case word after the year', 'S/RES/2391 (2017 and 2018)', [['S/RES/2391', 'S/RES/2391']]],
  ["a year that does not fit the Council's number", 'S/RES/2391 (2005 Nations Unies', [['S/RES/2391', 'S/RES/2391']]],
  ["a report's symbol", 'S/2017/1079 (2017 Nations Unies', [['S/2017/1079', 'S/2017/1079']]],
];

/** A three-digit Council number with its year as a word (`de 1995`), in a text naming the Council. */
const threeDigitYears: Row[] = [
  [
    'French press release',
    "Le Conseil de sécurité maintient l'autorisation donnée par la résolution 986 de 1995, d'importer",
    [['résolution 986 de 1995', 'S/RES/986(1995)']],
  ],
  [
    'English',
    'The Security Council recalled resolution 242 of 1967 in the debate.',
    [['resolution 242 of 1967', 'S/RES/242(1967)']],
  ],
  [
    'Spanish',
    'El Consejo de Seguridad, por la Resolución 986 de 1995, autorizó',
    [['Resolución 986 de 1995', 'S/RES/986(1995)']],
  ],
  // Negatives: no Council named; a year that does not fit the number (a ministry's); no year.
  ['no Council named', "la résolution 986 de 1995, d'importer", []],
  ["a year that does not fit (a ministry's)", 'Le Conseil de sécurité et la résolution 456 de 2012 du ministère', []],
  ['no year', 'Le Conseil de sécurité et la résolution 986, du ministère', []],
];

describe('batch 30 (tuner-r30-res): the thirtieth round’s resolution, COP and symbol forms', () => {
  for (const [name, rows] of [
    ['glued after a number', gluedAfterNumber],
    ['letter ranges (S1)', letterRanges],
    ['glued to the acronym', gluedToAcronym],
    ['unclosed years', unclosedYears],
    ['three-digit Council numbers with a year word', threeDigitYears],
  ] as const) {
    describe(name, () => {
      it.each(rows)('%s', (_label, text, expected) => {
        expect(spansAndKeys(text)).toEqual(expected);
      });
    });
  }
});

import { describe, expect, it } from 'vitest';
import { cop, found, IN_COP_DOCUMENT, res, type Expect } from './factories';

/**
 * Session 15 (tuner-spans): the span conventions the lead settled this session (`notes/session15/SPAN-RULES.md`, S1,
 * S3, S4), each as a class with a row in EN, FR and ES; the dev passage that showed the class is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // S1: a pinpoint before the head word is in the span, through a possessive (`of its`, `de sa`, `de su`; dev en-351,
  // in-sample mixed-blind-001 relabelled).
  [
    'The General Assembly,\n\nRecalling paragraph 2 of its\nresolution 56/119 of 19 December 2001,',
    [res('paragraph 2 of its\nresolution 56/119', 'A/RES/56/119', { paragraph: 2 })],
  ],
  [
    'L’Assemblée générale,\n\nRappelant le paragraphe 2 de sa résolution 56/119 du 19 décembre 2001,',
    [res('paragraphe 2 de sa résolution 56/119', 'A/RES/56/119', { paragraph: 2 })],
  ],
  [
    'La Asamblea General,\n\nRecordando el párrafo 2 de su resolución 56/119, de 19 de diciembre de 2001,',
    [res('párrafo 2 de su resolución 56/119', 'A/RES/56/119', { paragraph: 2 })],
  ],
];

describe('session 15 span conventions (tuner-spans)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

/** The same in a COP document (its own `resolution 5/2`). */
const inCop: [string, Expect[]][] = [
  [
    'In paragraph 3 of its resolution 5/2, the Conference welcomed',
    [cop('paragraph 3 of its resolution 5/2', 'COP resolution 5/2', { paragraph: 3 })],
  ],
  [
    'Au paragraphe 3 de sa décision 5/2, la Conférence a salué',
    [cop('paragraphe 3 de sa décision 5/2', 'COP decision 5/2', { paragraph: 3 })],
  ],
  [
    'En el párrafo 3 de su resolución 5/2, la Conferencia acogió',
    [cop('párrafo 3 de su resolución 5/2', 'COP resolution 5/2', { paragraph: 3 })],
  ],
];

describe('session 15 span conventions in a COP document (tuner-spans)', () => {
  it.each(inCop)('%j', (input, expected) => {
    expect(found(input, undefined, false, IN_COP_DOCUMENT)).toEqual(expected);
  });
});

const notCited: [string, Expect[]][] = [
  // `of its` before an article keeps the treaty's reading; before a word that is no head word, no chain.
  ['paragraph 2 of its report 56/119', []],
];

describe('what the session 15 span readings leave alone (tuner-spans)', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

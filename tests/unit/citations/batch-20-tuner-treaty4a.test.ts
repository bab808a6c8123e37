import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Session 16 (tuner-treaty4a): precision and spans of treaty articles on the twenty-fourth round's moved passages, by
 * class, a row in each of EN, FR and ES where the class exists; the dev passage that showed the class is named.
 */
const cited: [string, Expect[]][] = [
  // A letter after a full stop after the number, then a comma or a colon (dev es-320, es-321): 2(a), not 2.
  [
    'La Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional en su artículo 2.a, establece que',
    [tre('artículo 2.a', 'UNTOC art. 2(a)', { article: 2, subparagraph: 'a' })],
  ],
  [
    'los delitos graves definidos en el artículo 2.b: “Por delito grave” de la Convención de Palermo',
    [tre('artículo 2.b', 'UNTOC art. 2(b)', { article: 2, subparagraph: 'b' })],
  ],
  [
    'La Convention des Nations Unies contre la criminalité transnationale organisée, en son article 2.a, définit',
    [tre('article 2.a', 'UNTOC art. 2(a)', { article: 2, subparagraph: 'a' })],
  ],
  [
    'The United Nations Convention against Transnational Organized Crime, in its Article 2.b; defines serious crime',
    [tre('Article 2.b', 'UNTOC art. 2(b)', { article: 2, subparagraph: 'b' })],
  ],
];

describe('treaty articles by class (session 16, tuner-treaty4a)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited: [string, Expect[]][] = [
  // A letter with another glued after the comma is no pinpoint read from the dot (the article alone, as before).
  [
    'the Convention against Transnational Organized Crime. Article 3.a,b of the guide',
    [tre('Article 3', 'UNTOC art. 3', { article: 3 })],
  ],
];

describe('what the session 16 (tuner-treaty4a) readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

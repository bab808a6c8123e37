import { describe, expect, it } from 'vitest';
import { found, res, tre, type Expect } from './factories';

/**
 * Session 18 (tuner-dev-fr): real-dev errors in French and resolution leftovers, by class, a row in each of EN, FR and
 * ES where the class exists; the dev passage that showed the class is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // A list of clauses before what holds them (dev fr-331, UNTOC art. 15(2)(c)(ii) quoted): one citation per member, a
  // clause alone in the letter before it; the first spans from the pinpoint word, the last through the article.
  [
    'conformément aux alinéas a) i) ou ii), ou b) i) du paragraphe 1 de l’article 6 de la présente Convention.',
    [
      tre('alinéas a) i)', 'UNTOC art. 6(1)(a)(i)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'i' }),
      tre('ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('b) i) du paragraphe 1 de l’article 6 de la présente Convention', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  [
    'des alinéas a) i) et ii) et b) i) du paragraphe 1 de l’article 6 de la présente Convention',
    [
      tre('alinéas a) i)', 'UNTOC art. 6(1)(a)(i)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'i' }),
      tre('ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('b) i) du paragraphe 1 de l’article 6 de la présente Convention', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  [
    'an offence under subparagraphs (a)(i) and (ii) and (b)(i) of paragraph 1 of article 6 of this Convention',
    [
      tre('subparagraphs (a)(i)', 'UNTOC art. 6(1)(a)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'a',
        clause: 'i',
      }),
      tre('(ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('(b)(i) of paragraph 1 of article 6 of this Convention', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  [
    'los incisos a) i) y ii) y b) i) del párrafo 1 del artículo 6 de la presente Convención',
    [
      tre('incisos a) i)', 'UNTOC art. 6(1)(a)(i)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'i' }),
      tre('ii)', 'UNTOC art. 6(1)(a)(ii)', { article: 6, paragraph: 1, subparagraph: 'a', clause: 'ii' }),
      tre('b) i) del párrafo 1 del artículo 6 de la presente Convención', 'UNTOC art. 6(1)(b)(i)', {
        article: 6,
        paragraph: 1,
        subparagraph: 'b',
        clause: 'i',
      }),
    ],
  ],
  // The same list before a resolution's paragraph: one citation per member, as a list of letters.
  [
    'subparagraphs (a)(i) and (ii) of paragraph 3 of General Assembly resolution 60/251',
    [
      res('subparagraphs (a)(i)', 'A/RES/60/251', { paragraph: 3, subparagraph: 'a', clause: 'i' }),
      res('(ii) of paragraph 3 of General Assembly resolution 60/251', 'A/RES/60/251', {
        paragraph: 3,
        subparagraph: 'a',
        clause: 'ii',
      }),
    ],
  ],
];

/** What these readings leave alone. */
const left: [string, Expect[]][] = [
  // A clause list before another text's article, or before nothing, is no citation.
  ['conformément aux alinéas a) i) et ii) et b) i) du paragraphe 1 de l’article 6 de la loi n° 2003-239.', []],
  ['subparagraphs (a)(i) and (ii) of paragraph 1 of article 6 of the Criminal Code', []],
  ['los incisos a) i) y ii) del párrafo 1 del artículo 6 de la Ley 19.913', []],
  ['Voir les alinéas a) i) et ii) ci-dessus.', []],
];

describe('session 18 (tuner-dev-fr) readings by class', () => {
  it.each(cited)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('what the session 18 (tuner-dev-fr) readings leave alone', () => {
  it.each(left)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Session 17 (tuner-treaty5-en): treaty-article errors of real dev's English passages (the twenty-fourth round's
 * moved ones), by class, a row in each of EN, FR and ES where the class exists; the dev passage that showed the class
 * is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // A treaty named in apposition after the article's comma, nothing of a clause after it (dev en-436): in the span.
  [
    'the definition of trafficking in persons (Article 3, the United Nations Trafficking in Persons Protocol) are present.',
    [tre('Article 3, the United Nations Trafficking in Persons Protocol', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    'la définition de la traite (article 3, le Protocole relatif à la traite des personnes).',
    [tre('article 3, le Protocole relatif à la traite des personnes', 'TIP Protocol art. 3', { article: 3 })],
  ],
  [
    'la definición de la trata (artículo 3, el Protocolo contra la trata de personas) y',
    [tre('artículo 3, el Protocolo contra la trata de personas', 'TIP Protocol art. 3', { article: 3 })],
  ],
  // A verb after the name: the next clause's subject, the span stops at the article (dev es-305).
  [
    'In article 2, the United Nations Convention against Transnational Organized Crime defines a group.',
    [tre('article 2', 'UNTOC art. 2', { article: 2 })],
  ],
];

/** What these readings leave alone. */
const left: [string, Expect[]][] = [
  // Another treaty in apposition stays another's.
  ['the definition of corruption (Article 3, the United Nations Convention against Corruption) applies.', []],
  ['(artículo 3, la Convención de las Naciones Unidas contra la Corrupción).', []],
];

describe('treaty articles by class (session 17, tuner-treaty5-en)', () => {
  it.each(cited)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

describe('what the session 17 (tuner-treaty5-en) readings leave alone', () => {
  it.each(left)('%s', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

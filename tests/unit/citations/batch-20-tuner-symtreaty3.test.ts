import { describe, expect, it } from 'vitest';
import { found, tre, type Expect } from './factories';

/**
 * Session 16 (tuner-symtreaty3): treaty-article and symbol errors of the real dev split, by class, a row in each of EN,
 * FR and ES where the class exists; the dev passage that showed the class is named in its comment.
 */
const cited: [string, Expect[]][] = [
  // An ePaper that bolds each word: a closing tag right before an opening one is a word boundary (dev en-402).
  [
    'in accordance with articles 5 and 23 <strong>of</strong><strong>this</strong> Convention; and',
    [
      tre('articles 5', 'UNTOC art. 5', { article: 5 }),
      tre('23 <strong>of</strong><strong>this</strong> Convention', 'UNTOC art. 23', { article: 23 }),
    ],
  ],
  [
    'conformément aux articles 5 et 23 <strong>de</strong><strong>la</strong><strong>présente</strong> Convention',
    [
      tre('articles 5', 'UNTOC art. 5', { article: 5 }),
      tre('23 <strong>de</strong><strong>la</strong><strong>présente</strong> Convention', 'UNTOC art. 23', {
        article: 23,
      }),
    ],
  ],
  [
    'con arreglo al artículo 23 <strong>de</strong><strong>la</strong><strong>presente</strong> Convención',
    [
      tre('artículo 23 <strong>de</strong><strong>la</strong><strong>presente</strong> Convención', 'UNTOC art. 23', {
        article: 23,
      }),
    ],
  ],
  // A treaty named after a comma and a determiner is the next clause's subject: its article, spanned on the article
  // (dev es-305).
  [
    'En el párrafo a del artículo 2, la UNTOC define un grupo delictivo organizado.',
    [tre('párrafo a del artículo 2', 'UNTOC art. 2(a)', { article: 2, subparagraph: 'a' })],
  ],
  [
    'Dans son article 2, la Convention des Nations Unies contre la criminalité transnationale organisée définit le groupe.',
    [tre('article 2', 'UNTOC art. 2', { article: 2 })],
  ],
  [
    'In its article 2, the United Nations Convention against Transnational Organized Crime defines the group.',
    [tre('article 2', 'UNTOC art. 2', { article: 2 })],
  ],
];

describe('treaty articles and symbols by class (session 16, tuner-symtreaty3)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited: [string, Expect[]][] = [
  // Another treaty as the next clause's subject: not ours.
  ['En el artículo 3, la Convención sobre los Derechos del Niño define al niño.', []],
];

describe('what the session 16 (tuner-symtreaty3) readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { found, sym, tre, type Expect } from './factories';

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
  // A heading's date glued to the symbol, the day of one digit or two both leaving a symbol: the day of two digits
  // (dev fr-137, fr-316); a Spanish `de` after the day makes the glue certain on a heading's line even when the number
  // as written reads (dev es-248).
  ['Distr.GÉNÉRALE\n\nCRC/C/15/Add.18313 juin 2002\n\nFRANÇAIS', [sym('CRC/C/15/Add.183')]],
  ['Distr.GÉNÉRALE\n\nCAT/C/SR.80313 décembre 2007\n\nOriginal: ANGLAIS', [sym('CAT/C/SR.803')]],
  ['Distr.GENERAL\n\nCRC/C/OPSC/USA/CO/125 de junio de 2008\n\nESPAÑOL', [sym('CRC/C/OPSC/USA/CO/1')]],
  ['Distr. GENERAL\n\nCAT/C/SR.80313 December 2007', [sym('CAT/C/SR.803')]],
];

describe('treaty articles and symbols by class (session 16, tuner-symtreaty3)', () => {
  it.each(cited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

const notCited: [string, Expect[]][] = [
  // Another treaty as the next clause's subject: not ours.
  ['En el artículo 3, la Convención sobre los Derechos del Niño define al niño.', []],
  // A symbol that reads as written before a month: kept whole in prose and in English or French (no day's glue is
  // certain: `A/59/2005 March 2005`), also before a Spanish `de` away from a heading's line.
  ['el informe A/59/2005 de marzo de 2005; see A/59/2005 March 2005', [sym('A/59/2005'), sym('A/59/2005')]],
];

describe('what the session 16 (tuner-symtreaty3) readings leave alone', () => {
  it.each(notCited)('%j', (input, expected) => {
    expect(found(input)).toEqual(expected);
  });
});

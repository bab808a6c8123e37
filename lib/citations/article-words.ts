/**
 * Article numbers written in words (`Article Six`, `Article Twenty-one`, `l'article premier`, `artículo primero`), as
 * some treaty databases' reservations and French and Spanish legal prose write them. Data and one reader.
 */

import { alt, ARTICLE_WORD, execAt, sticky, WS } from './patterns';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty'];

/**
 * The article word and an English number in words up to forty-nine (UNTOC has 41 articles), or French `premier` /
 * Spanish `primero` (article 1). Groups: tens, the unit after them (`Twenty-one`, `Twenty one`), a teen, a unit alone,
 * `premier` / `primero`. A letter or hyphen may not follow (`ten-year`, `Sixth`, `oneself` are not numbers).
 */
const ARTICLE_WORDS_RE = sticky(
  `${ARTICLE_WORD}${WS}(?:(${alt(...TENS)})(?:[-\\s](${alt(...UNITS)}))?|(${alt(...TEENS)})|(${alt(...UNITS)})|(premier|primero))(?![a-zà-ÿ-])`,
);

/**
 * An article numbered in words at `pos` (the article word): its number, where it ends, and whether the text may cite
 * it without naming the treaty after it. Only a capitalised English number may (`paragraph 3d of Article Six`, in a
 * reservation to the Protocol just named): lower case (`in this article one can see`) and `premier` / `primero` (a
 * law's own `Article premier.`) need the treaty named after them.
 */
export function parseArticleWords(text: string, pos: number): { article: number; end: number; bareOk: boolean } | null {
  const m = execAt(ARTICLE_WORDS_RE, text, pos);
  if (!m) return null;
  const index = (word: string | undefined, list: readonly string[]): number =>
    word === undefined ? 0 : list.indexOf(word.toLowerCase()) + 1;
  const article =
    m[5] !== undefined
      ? 1
      : m[1] !== undefined
        ? 10 * (index(m[1], TENS) + 1) + index(m[2], UNITS)
        : m[3] !== undefined
          ? 10 + index(m[3], TEENS) - 1
          : index(m[4], UNITS);
  const word = m[1] ?? m[3] ?? m[4] ?? '';
  return { article, end: pos + m[0].length, bareOk: /^[A-Z]/.test(word) };
}

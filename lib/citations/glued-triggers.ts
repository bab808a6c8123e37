/**
 * The triggers the scanner's word-start search (`FIND_RE`, `scanner.ts`) does not find by itself, glued to the word
 * before them where an extraction or a converter lost the space: a one-letter symbol root (`NumberA/RES/55/255`), a
 * resolution head word (`laresolution`, whose word `FIND_RE` finds) and a capitalised article head word
 * (`withArticle 32`). Moved from `scanner.ts` (session 38).
 */

import { matchLengthAt } from './patterns';

/**
 * A one-letter root glued to the word before it, then a lettered series (`Resolution NumberA/RES/55/255`, `CodeS/RES/1851`,
 * `Web viewA/HRC/7/78`: a database's metadata field or a viewer's label run into the symbol, dev `en-214`, `en-240`,
 * `es-122`): a symbol trigger with no word boundary before it. `parse-symbol.ts` reads it only in that case (a capital
 * root after a lower-case letter).
 */
export const GLUED_ROOT = '(?=[ase]/[a-z]{1,5}[./])(?<=[a-z])';

/**
 * A resolution head word glued to the short word before it where an extraction lost the space (`de laresolution
 * 62/208`, dev es-201, a UN bitext; OHCHR's store glues so too): a trigger after an article, a possessive or a
 * preposition only, so `irresolution` or `dissolution` is not one. Or glued to the Organization's acronym
 * (`Carta de la ONUresolución 2752 (2024)`, dev es-345, a news page's lost link; `UNresolution`): the acronym stays
 * out of the span, the body is read as any bare head word's.
 */
// prettier-ignore
const GLUED_WORDS = ['la', 'las', 'les', 'de', 'del', 'des', 'the', 'of', 'sa', 'ses', 'su', 'sus', 'its', 'par', 'by', 'en', 'in', 'onu', 'un'];
const GLUED_AFTER = `\\b(?:${GLUED_WORDS.join('|')})`;
/** A glued head word's word (`laresolution`), without its `\\b`: one of `FIND_RE`'s alternatives (`scanner.ts`). */
export const GLUED_WORD = `${GLUED_AFTER.slice(2)}r[ée]solu[tc]`;
export const GLUED_HEAD = `(?=r[ée]solu[tc])(?<=${GLUED_AFTER})`;

/**
 * The glued root and article are searched apart from `FIND_RE` (rare: most texts have none): as top-level alternatives
 * of `FIND_RE`, their lookarounds were tried at every position and doubled its time on the bench's prose. A glued root
 * is looked for at each slash (`indexOf`, a string search). A glued head word's word (`GLUED_WORD`) starts a word, as
 * every alternative of `FIND_RE`, whose tree takes it for ~0.4 ms per bench pass, where a search of every text for its
 * `solu` cost ~2 ms (session 38); `GLUED_WORD_RE` reads where its head word starts (`headOfWord`).
 */
const GLUED_ROOT_RE = new RegExp(GLUED_ROOT, 'iy');
const GLUED_WORD_RE = new RegExp(`${GLUED_AFTER}(?=r[ée]solu[tc])`, 'iy');
/** The lengths of `GLUED_WORDS`: where a glued head word starts after its word's start, `GLUED_REACH` at most. */
const GLUED_LENGTHS = [...new Set(GLUED_WORDS.map((w) => w.length))];
const GLUED_REACH = Math.max(...GLUED_LENGTHS);

/**
 * A capitalised article head word glued to the lower-case word before it, where a converter lost the space (`In
 * accordance withArticle 32, paragraph 1, of the Convention`, dev en-500; `conformeArtículo 5`): an article trigger at
 * the head word. Case-sensitive, which a flag-`i` regex cannot say, so it is searched apart (and the scanner test's
 * reference adds it): a lower-case `particle`, `subarticle` or `inarticle` is no trigger, and the head word must be
 * followed by a space or a digit, as `ARTICLE_WORD` (`theArticles of Association` has no number: the parse refuses it).
 */
// The capital first, the lookbehind after it: V8 then skips along to each `A` (a leading lookbehind is tried everywhere).
export const GLUED_ARTICLE_SOURCE = 'A(?<=[a-zà-ÿ]A)(?:rt(?:icles?|[íi]culos?)(?=\\s|\\d)|rts?\\.(?=\\s?\\d))';
/**
 * Run only at each `Art` (`nextGluedArticle`), where every match starts: found by `indexOf`, where the regex searched
 * every text and tried its lookbehind at each capital `A` (`Assemblée`, `A/RES/…`; ~1 ms per bench pass, session 31).
 */
const GLUED_ARTICLE_RE = new RegExp(GLUED_ARTICLE_SOURCE, 'y');

/**
 * The first glued article head word (`GLUED_ARTICLE_SOURCE`) at or after `from` and where it ends, else the text's
 * length: the first match a global search from `from` would give, read at each `Art` in turn.
 */
export function nextGluedArticle(text: string, from: number): { at: number; end: number } {
  for (let a = text.indexOf('Art', from); a >= 0; a = text.indexOf('Art', a + 1)) {
    const n = matchLengthAt(GLUED_ARTICLE_RE, text, a);
    if (n >= 0) return { at: a, end: a + n };
  }
  return { at: text.length, end: 0 };
}

/** `GLUED_ROOT`'s letters before a slash (`[a-z]`, `[ase]`, flag `i`) by code: most slashes follow a digit (`55/25`). */
function rootLettersBefore(text: string, slash: number): boolean {
  if (slash < 2) return false; // no read before the text's start (NaN: see `headOfWord`)
  const root = text.charCodeAt(slash - 1) | 32;
  const before = text.charCodeAt(slash - 2) | 32;
  return (root === 97 || root === 115 || root === 101) && before >= 97 && before <= 122;
}

/** A word character (`\w`, what `\b` reads) by code. */
function isWordCode(code: number): boolean {
  const c = code | 32;
  return (c >= 97 && c <= 122) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * The glued head word (see `GLUED_HEAD`) of the word starting at `from` (a word start `FIND_RE` found), else the
 * text's length. Only where an `r` stands after one of `GLUED_WORDS` from there (most words: no regex call).
 */
export function headOfWord(text: string, from: number): number {
  // Within the text only: the scanner asks at the text's length when `FIND_RE` finds nothing, and the read past its end
  // (NaN) made V8 throw away the optimised code of this test and of `scan` ("out of bounds", session 47).
  if (!GLUED_LENGTHS.some((n) => from + n < text.length && (text.charCodeAt(from + n) | 32) === 114))
    return text.length;
  const n = matchLengthAt(GLUED_WORD_RE, text, from);
  return n >= 0 ? from + n : text.length;
}

/**
 * The glued head word at or after `pos` of a word starting before `pos`, else the text's length: where `pos` is inside
 * a word (`found` + 1, a trigger's end before a letter), that word's, `GLUED_REACH` characters at most from its start.
 */
export function headInWord(text: string, pos: number): number {
  // `pos` may be the text's length (a trigger ending it): no read there (NaN made `isWordCode`'s optimised code go).
  if (pos === 0 || pos >= text.length || !isWordCode(text.charCodeAt(pos - 1)) || !isWordCode(text.charCodeAt(pos)))
    return text.length;
  for (let w = Math.max(0, pos - GLUED_REACH); w < pos; w++) {
    if (w > 0 && isWordCode(text.charCodeAt(w - 1))) continue;
    const head = headOfWord(text, w);
    if (head < text.length && head >= pos) return head;
  }
  return text.length;
}

/** The first glued root (`GLUED_ROOT`) at or after `from`, else the text's length. */
export function nextGluedRoot(text: string, from: number): number {
  for (let slash = text.indexOf('/', from + 1); slash >= 0; slash = text.indexOf('/', slash + 1))
    if (rootLettersBefore(text, slash) && matchLengthAt(GLUED_ROOT_RE, text, slash - 1) >= 0) return slash - 1;
  return text.length;
}

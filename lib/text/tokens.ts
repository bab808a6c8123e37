/**
 * Words of a folded text (see `fold.ts`), for indexing and for queries. Pure.
 *
 * A word is a run of letters and digits in any script (Unicode `L` and `N`). Apostrophes and hyphens split words,
 * so the French elisions `l'exploitation` / `d'organes` give `l` + `exploitation`, `d` + `organes`, and
 * `non-sanction` gives two words.
 */

/** A word of a folded text and where it is. */
export interface Token {
  /** The search term: the folded word after acronym aliases (`unodc` → `onudc`). */
  term: string;
  /** Offsets in the folded text (`end` exclusive). */
  start: number;
  end: number;
}

/**
 * Acronyms people slip between: the compendium writes ONUDC (French); readers type the English UNODC, or mix the
 * two (UNDOC, ONUDOC). All of them search as `onudc`.
 */
export const TERM_ALIASES: Readonly<Record<string, string>> = {
  unodc: 'onudc',
  undoc: 'onudc',
  onudoc: 'onudc',
  unodoc: 'onudc',
  onodc: 'onudc',
};

/** The search term for a folded word. */
export const termOf = (word: string): string => TERM_ALIASES[word] ?? word;

/** One letter or digit of any script. Only consulted for non-ASCII characters (rare once text is folded). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const wordCharCache = new Map<number, boolean>();

/**
 * Whether the code point continues a word. ASCII is decided by range (folded text is lower case); other code points
 * by the Unicode regex, cached: a character-by-character scan is several times faster than a `\p{L}` regex over
 * mostly-ASCII text.
 */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    if (wordCharCache.size < 4096) wordCharCache.set(code, known);
  }
  return known;
}

/** The words of a folded text, in order, at most `limit` of them. */
export function tokenize(folded: string, limit = Number.POSITIVE_INFINITY): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length && tokens.length < limit;) {
    const code = i < folded.length ? folded.codePointAt(i)! : -1;
    const width = code > 0xffff ? 2 : 1;
    if (code >= 0 && isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push({ term: termOf(folded.slice(start, i)), start, end: i });
      start = -1;
    }
    i += width;
  }
  return tokens;
}

/**
 * The words of an original (unfolded) text as `[start, end)` ranges, by the same rule as {@link tokenize}: folding
 * a word of letters gives a word of letters, so `fold(text.slice(start, end))` is one search word. (The exception,
 * an invisible soft hyphen inside a word, splits it here but not once folded; the compendium has none.)
 */
export function wordRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= text.length;) {
    const code = i < text.length ? text.codePointAt(i)! : -1;
    const width = code > 0xffff ? 2 : 1;
    if (code >= 0 && isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      ranges.push([start, i]);
      start = -1;
    }
    i += width;
  }
  return ranges;
}

/** The words of a folded text joined by single spaces (`l'article 6` → `l article 6`): a phrase-searchable form. */
export const wordsOf = (folded: string): string =>
  tokenize(folded)
    .map((t) => folded.slice(t.start, t.end))
    .join(' ');

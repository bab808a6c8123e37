/**
 * Character folding for search: what a reader types and what the compendium prints should compare equal whatever
 * the accents, ligatures, apostrophes, spaces and case. Pure: no DOM, no browser API.
 *
 * One character of input folds to zero, one or several characters of output (`œ` → `oe`, a soft hyphen → nothing),
 * so callers that need to point back into the original text use {@link foldWithMap}.
 */

/**
 * Characters with a fixed folding, looked up before Unicode decomposition. `œ`/`æ` have no decomposition (that is
 * why Fuse's `ignoreDiacritics` misses them); the others are punctuation PDFs and word processors substitute.
 */
const TABLE: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
  // Apostrophes: right/left single quotation marks, modifier letter apostrophe, prime, grave and acute accents.
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  // Double quotes: guillemets, typographic double quotes, low double quote.
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  // Hyphens and dashes (hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus).
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  // Invisible characters dropped: soft hyphen, zero-width space / joiners, word joiner, byte-order mark.
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  // Bidirectional controls (pasted right-to-left text carries them): LRM, RLM, ALM, embeddings and isolates.
  '\u200e': '',
  '\u200f': '',
  '\u061c': '',
  '\u202a': '',
  '\u202b': '',
  '\u202c': '',
  '\u202d': '',
  '\u202e': '',
  '\u2066': '',
  '\u2067': '',
  '\u2068': '',
  '\u2069': '',
};

/**
 * Any whitespace, including U+00A0 (no-break space), U+202F (narrow no-break space, the French thin space before
 * `:` `;` `?`), U+2000–U+200A and line breaks: JavaScript's `\s` covers them all.
 */
const SPACE = /^\s$/u;

/** Combining marks left by canonical decomposition (`é` → `e` + U+0301). */
const MARKS = /\p{M}+/gu;

/** Folded form of each non-ASCII character seen so far: the corpus uses a few dozen, so this stays tiny. */
const cache = new Map<string, string>();

/** Folds one code point (a string of length 1 or 2). Whitespace folds to a single space. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code === 0x60) return "'";
    return code === 9 || code === 10 || code === 11 || code === 12 || code === 13 ? ' ' : char;
  }
  const known = cache.get(char);
  if (known !== undefined) return known;
  const folded =
    TABLE[char] ??
    (SPACE.test(char) ? ' ' : char.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/\s+/gu, ' '));
  if (cache.size < 4096) cache.set(char, folded);
  return folded;
}

/** A folded text and, for each of its UTF-16 units, the offset of the original character it comes from. */
export interface FoldedText {
  text: string;
  /**
   * `map[i]` is the offset in the original of the character that produced `text[i]`; `map[text.length]` is the
   * original's length. {@link originalRange} turns a folded range back into an original one.
   */
  map: number[];
}

/**
 * Folds for search: lower case, accents removed, `œ` → `oe`, `æ` → `ae`, typographic apostrophes / quotes / dashes
 * made plain, every run of whitespace (NBSP and narrow NBSP included) made one space, invisible and bidi controls
 * dropped. Keeps an offset map back to the original.
 */
export function foldWithMap(input: string): FoldedText {
  let text = '';
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < input.length;) {
    const code = input.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const folded = foldChar(input.slice(i, i + width));
    for (const unit of folded) {
      if (unit === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      text += unit;
      map.push(i);
    }
    i += width;
  }
  map.push(input.length);
  return { text, map };
}

/**
 * Characters {@link fold} hands to {@link foldChar}: everything outside printable ASCII (accents, ligatures,
 * NBSP, controls, tabs and line breaks) plus the backtick, which folds to an apostrophe. Matched per code point
 * (`u` flag), so an astral character stays whole.
 */
const NEEDS_FOLDING = /[^\x20-\x5f\x61-\x7e]/gu;

/** Runs of spaces left by folding, made one (as {@link foldWithMap} does). */
const SPACES = / {2,}/g;

/** {@link foldWithMap} without the map: the same text, built faster (indexing folds the whole corpus). */
export function fold(input: string): string {
  return input.replace(NEEDS_FOLDING, foldChar).toLowerCase().replace(SPACES, ' ');
}

/**
 * The original range `[start, end)` that produced the folded range `[start, end)` of `folded` (`end` exclusive).
 * A folded character that came from a longer original one (`oe` from `œ`) maps to the whole original character.
 */
export function originalRange(folded: FoldedText, start: number, end: number): [number, number] {
  const from = folded.map[start] ?? folded.map.at(-1)!;
  if (end <= start) return [from, from];
  const lastSource = folded.map[end - 1] ?? from;
  // The original character at `lastSource` may be 1 or 2 UTF-16 units long; the next folded unit that comes from a
  // later original character gives its end.
  let next = end;
  while (next < folded.map.length - 1 && folded.map[next] === lastSource) next++;
  const to = folded.map[next] ?? folded.map.at(-1)!;
  return [from, Math.max(to, from)];
}

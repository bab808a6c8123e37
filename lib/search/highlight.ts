import { fold, termOf, wordRanges } from '../text';

/** A piece of text to display, with the ranges to mark (`[start, end)` offsets into `text`, sorted, disjoint). */
export interface Highlighted {
  text: string;
  ranges: [number, number][];
}

/** The words of a text with their search terms, computed once per text (results repeat from keystroke to keystroke). */
interface Words {
  ranges: [number, number][];
  terms: string[];
}

/** Printable ASCII apart from the backtick: folding it is just lower-casing. */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

const cache = new Map<string, Words>();

function wordsOf(text: string): Words {
  let words = cache.get(text);
  if (!words) {
    const ranges = wordRanges(text);
    const terms = ranges.map(([s, e]) => {
      const word = text.slice(s, e);
      return termOf(PLAIN_ASCII.test(word) ? word.toLowerCase() : fold(word));
    });
    words = { ranges, terms };
    // The corpus has about 1 200 distinct texts; the bound only guards against unexpected growth.
    if (cache.size > 5000) cache.clear();
    cache.set(text, words);
  }
  return words;
}

/** Ranges of `original` whose words are among `terms` (folded index terms). */
export function matchRanges(original: string, terms: ReadonlySet<string>): [number, number][] {
  if (terms.size === 0 || !original) return [];
  const words = wordsOf(original);
  return words.ranges.filter((_, i) => terms.has(words.terms[i]!));
}

/** The whole text with its matching words marked (titles, theme names). */
export const highlightAll = (text: string, terms: ReadonlySet<string>): Highlighted => ({
  text,
  ranges: matchRanges(text, terms),
});

/** Characters of context kept before the first match of a snippet. */
const LEAD = 60;

/**
 * A window of about `length` characters of `original` around its first match (or its beginning), cut at word
 * boundaries, with `…` where text was left out, and the matches inside marked.
 */
export function makeSnippet(original: string, terms: ReadonlySet<string>, length = 200): Highlighted {
  const ranges = matchRanges(original, terms);
  if (original.length <= length) return { text: original, ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - LEAD, original.length - length));
  // Start at the beginning of a word (the first space after the cut), unless that skips past the first match.
  if (start > 0) {
    const space = original.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(original.length, start + length);
  if (end < original.length) {
    const space = original.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < original.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${original.slice(start, end)}${suffix}`,
    ranges: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s + shift, e + shift]),
  };
}

import Fuse from 'fuse.js';
import { editDistance } from '../text';

/** A vocabulary term close to a misspelt query word: `distance` edits away (1 or 2). */
export interface TypoMatch {
  term: string;
  distance: number;
}

/**
 * Fuse options for word-to-word matching. Bitap anchored at the start of the word (`location: 0`) with a short
 * `distance`, so `coperation` finds `cooperation` but a word merely containing the letters further in does not;
 * `threshold` 0.34 lets about one error in three letters through (`tarfic` → `trafic`, `victmes` → `victimes`).
 */
const OPTIONS = { location: 0, distance: 4, threshold: 0.34 } as const;

/** Words longer than this share one bucket. */
const LONGEST_BUCKET = 24;

const bucketsOf = (terms: readonly string[]): Map<number, string[]> => {
  const byLength = new Map<number, string[]>();
  for (const term of terms) {
    const length = Math.min(term.length, LONGEST_BUCKET);
    const bucket = byLength.get(length) ?? [];
    bucket.push(term);
    byLength.set(length, bucket);
  }
  return byLength;
};

/**
 * Typo-tolerant lookup of a query word in the vocabulary. Fuse proposes candidates from the buckets of words
 * within two letters of the query word's length (which keeps a lookup near a millisecond); the edit distance then
 * keeps only the closest ones (`coperation` → `cooperation`, not `operations`), comparing with the whole word or,
 * for a word still being typed, with the word's beginning. Words of 4–5 letters allow one edit, longer ones two.
 */
export function createTypoMatcher(terms: readonly string[]): (word: string) => TypoMatch[] {
  // Built on the first misspelt word: most queries never need it, and the popup should open fast.
  let buckets: Map<number, Fuse<string>> | null = null;
  return (word) => {
    buckets ??= new Map([...bucketsOf(terms)].map(([length, words]) => [length, new Fuse(words, OPTIONS)]));
    // Fuse patterns are limited to 32 characters; no French word of the corpus is that long.
    if (word.length > 32 || word.length < 4) return [];
    const allowed = word.length >= 6 ? 2 : 1;
    const found = new Map<string, number>();
    for (let length = word.length - allowed; length <= word.length + allowed + 2; length++) {
      for (const { item } of buckets.get(Math.min(length, LONGEST_BUCKET))?.search(word, { limit: 16 }) ?? []) {
        const distance = Math.min(
          editDistance(word, item, allowed),
          editDistance(word, item.slice(0, word.length), allowed),
        );
        if (distance <= allowed) found.set(item, distance);
      }
      if (length >= LONGEST_BUCKET) break;
    }
    const best = Math.min(...found.values());
    return [...found]
      .filter(([, distance]) => distance === best)
      .map(([term, distance]) => ({ term, distance }))
      .sort((a, b) => a.term.localeCompare(b.term));
  };
}

import { foldWithMap, lightStem, tokenize, type Token } from '../text';
import { termsWithPrefix, type TermIndex } from './term-index';
import type { TypoMatch } from './typo';

/**
 * Longest query searched, in characters. A pasted page (10 000 characters) is cut here, which keeps every
 * keystroke cheap; the popup says so.
 */
export const MAX_QUERY_CHARS = 200;
/** At most this many words of a query are looked up. */
export const MAX_QUERY_WORDS = 12;
/** A prefix finds at most this many words (the most frequent ones): `c` alone must not expand to 400 words. */
const MAX_PREFIX_TERMS = 48;
/** Words shorter than this get no typo correction (too many near neighbours). */
const MIN_TYPO_LENGTH = 4;

/**
 * Short function words of French and English. They still count when present (`traite des personnes`), but they
 * are matched exactly (no prefix, no typo) and do not decide whether a record matches "all the words".
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces d dans de des du en et l la le les leur leurs ou par pour qui que sa se ses son sur un une ' +
    'an and are as at be by for from in is it of on or the to with ' +
    // Spanish: `trata de niños`, `personas con discapacidad` (`para` must not find `paragraphe`).
    'al con del el las los para por una y'
  ).split(' '),
);

export interface AnalysedQuery {
  /** The query as searched: trimmed, cut to {@link MAX_QUERY_CHARS}. */
  text: string;
  /** True when the query was longer than {@link MAX_QUERY_CHARS} and was cut. */
  truncated: boolean;
  /** Folded text (see `lib/text`). */
  folded: string;
  /** Its words, at most {@link MAX_QUERY_WORDS}. */
  tokens: Token[];
}

export function analyseQuery(raw: string): AnalysedQuery {
  const trimmed = raw.trim();
  const text = trimmed.slice(0, MAX_QUERY_CHARS);
  const folded = foldWithMap(text).text.trim();
  return { text, truncated: trimmed.length > MAX_QUERY_CHARS, folded, tokens: tokenize(folded, MAX_QUERY_WORDS) };
}

/** How a query word reaches an index term. */
export type ExpansionKind = 'exact' | 'inflection' | 'prefix' | 'typo';

export interface Expansion {
  term: string;
  kind: ExpansionKind;
  /** Multiplies the term's score: 1 for the word itself, less for a longer word or a correction. */
  factor: number;
}

export interface Expander {
  /** Index terms a query word stands for, best first. Cached: as-you-type queries repeat their first words. */
  expand(word: string): Expansion[];
}

/**
 * Expands query words to index terms: the word itself, its inflections (`migrants` → `migrantes`), longer words it
 * begins (`victime` → `victimes`, and the word being typed), and for a word the index does not know at all, its
 * closest spellings (`coperation` → `cooperation`).
 */
export function createExpander(
  index: TermIndex,
  typo: (word: string) => TypoMatch[],
  /** Whether a word the index lacks may be corrected: not when it is a real word of another language's vocabulary. */
  mayCorrect: (word: string) => boolean = () => true,
): Expander {
  const cache = new Map<string, Expansion[]>();
  let stems: Map<string, string[]> | null = null;
  const inflectionsOf = (word: string): string[] => {
    if (!stems) {
      stems = new Map();
      for (const term of index.terms) {
        const stem = lightStem(term);
        const list = stems.get(stem) ?? [];
        list.push(term);
        stems.set(stem, list);
      }
    }
    return word.length >= 4 && !/^\d+$/.test(word) ? (stems.get(lightStem(word)) ?? []) : [];
  };
  const compute = (word: string): Expansion[] => {
    const out: Expansion[] = [];
    if (index.postings.has(word)) out.push({ term: word, kind: 'exact', factor: 1 });
    if (STOPWORDS.has(word) || word.length < 2) return out;
    const inflections = inflectionsOf(word).filter((t) => t !== word);
    for (const term of inflections) out.push({ term, kind: 'inflection', factor: 0.9 });
    let longer = termsWithPrefix(index, word, Number.POSITIVE_INFINITY).filter(
      (t) => t !== word && !inflections.includes(t),
    );
    if (longer.length > MAX_PREFIX_TERMS) {
      const df = (t: string) => index.postings.get(t)?.docs.length ?? 0;
      longer = longer.sort((a, b) => df(b) - df(a)).slice(0, MAX_PREFIX_TERMS);
    }
    // A short prefix of a long word is weaker evidence than a near-complete one; and when the word is complete in
    // its own right (`traite`), its longer relatives (`traiter`, rarer, so with a higher IDF) must not outrank it.
    const scale = index.postings.has(word) ? 0.3 : 1;
    for (const term of longer) {
      out.push({ term, kind: 'prefix', factor: scale * (0.5 + (0.4 * word.length) / term.length) });
    }
    // Digits are not misspelt words (`2011` must not find `2010`).
    if (out.length === 0 && word.length >= MIN_TYPO_LENGTH && !/^\d+$/.test(word) && mayCorrect(word)) {
      for (const { term, distance } of typo(word)) out.push({ term, kind: 'typo', factor: distance === 1 ? 0.7 : 0.5 });
    }
    return out;
  };
  return {
    expand(word) {
      let hit = cache.get(word);
      if (!hit) {
        hit = compute(word);
        if (cache.size > 500) cache.clear();
        cache.set(word, hit);
      }
      return hit;
    },
  };
}

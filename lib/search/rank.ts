import type { Expansion } from './query';
import { STOPWORDS } from './query';
import type { PhraseFields, TermIndex } from './term-index';

export interface RankInput {
  index: TermIndex;
  phrases: PhraseFields;
  /** The query's words (folded terms). */
  tokens: string[];
  /** For each word, the index terms it stands for. */
  expansions: Expansion[][];
  /** Whether a document may be returned (filters, exact hits already placed). */
  accept: (doc: number) => boolean;
}

export interface Ranked {
  doc: number;
  score: number;
}

/** Results scoring under this fraction of the best one are noise (a lone `des` matching everywhere). */
const RELATIVE_CUTOFF = 0.1;
/** Bonus when the query's words appear side by side in the title or text, as typed. */
const PHRASE_BONUS = 1.5;
/** Bonus when a title is exactly the query (a theme's name). */
const TITLE_BONUS = 3;
/** Bonus when a title begins with the query (a theme's name half typed: `sensibi`) or holds all its words. */
const TITLE_START_BONUS = 2;
/** Phrase checks run on this many best documents only. */
const PHRASE_CHECKS = 200;

/**
 * Scores documents for a query: for each word, the best of its expansions (BM25F score × expansion factor), summed
 * over the words; then multiplied by the square of the share of content words found (a word found only as the
 * beginning of a longer one, or as a correction, counts for less), so that records containing every word come
 * before records containing some; then the phrase and title bonuses. Ties keep document order.
 */
export function rankDocuments({ index, phrases, tokens, expansions, accept }: RankInput): Ranked[] {
  const size = index.size;
  const total = new Float64Array(size);
  // How well the content words are matched, summed: 1 for the word itself, less for a prefix or a correction.
  const matched = new Float64Array(size);
  const content = tokens.map((t) => !STOPWORDS.has(t));
  const contentCount = content.filter(Boolean).length;
  const best = new Float64Array(size);
  const bestFactor = new Float64Array(size);
  const touched: number[] = [];
  expansions.forEach((list, w) => {
    best.fill(0);
    bestFactor.fill(0);
    touched.length = 0;
    for (const { term, factor } of list) {
      const postings = index.postings.get(term);
      if (!postings) continue;
      for (let k = 0; k < postings.docs.length; k++) {
        const doc = postings.docs[k]!;
        const score = postings.scores[k]! * factor;
        if (best[doc] === 0) touched.push(doc);
        if (score > best[doc]!) best[doc] = score;
        if (factor > bestFactor[doc]!) bestFactor[doc] = factor;
      }
    }
    for (const doc of touched) {
      total[doc]! += best[doc]!;
      if (content[w] || contentCount === 0) matched[doc]! += Math.min(1, bestFactor[doc]!);
    }
  });
  const needed = contentCount || tokens.length;
  const ranked: Ranked[] = [];
  for (let doc = 0; doc < size; doc++) {
    if (total[doc] === 0 || !accept(doc)) continue;
    const coverage = matched[doc]! / needed;
    ranked.push({ doc, score: total[doc]! * coverage * coverage });
  }
  ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);

  // Fields are stored as ` word word `: the whole query as a title, or its words in a row (the last one possibly
  // still being typed) in the title or text.
  const whole = ` ${tokens.join(' ')} `;
  const run = ` ${tokens.join(' ')}`;
  // A title holding every content word, in any order and spelling the index knows (`identification des victimes`
  // for the theme "Victimes (identification)").
  const contentExpansions = expansions.filter((_, i) => content[i]);
  const titleCovers = (title: string) =>
    contentExpansions.length > 1 && contentExpansions.every((list) => list.some((e) => title.includes(` ${e.term} `)));
  for (const r of ranked.slice(0, PHRASE_CHECKS)) {
    const fields = phrases[r.doc]!;
    if (fields.title === whole) r.score *= TITLE_BONUS;
    else if (fields.title.startsWith(run) || (fields.title && titleCovers(fields.title))) r.score *= TITLE_START_BONUS;
    else if (tokens.length > 1 && (fields.title.includes(run) || fields.text.includes(run))) r.score *= PHRASE_BONUS;
  }
  ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  const top = ranked[0]?.score ?? 0;
  return ranked.filter((r) => r.score >= top * RELATIVE_CUTOFF);
}

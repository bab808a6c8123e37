/**
 * Search peer, in Node: Renvoi's search module (`lib/search`: exact lookups, a BM25F inverted index with prefixes,
 * Fuse.js for typo correction — "Fuse.js as configured") against MiniSearch on the same corpus documents and the
 * same queries. Speed: every query typed character by character, one search per keystroke, p95 of the search time.
 * Quality: share of the queries with a known answer whose first result is that answer.
 */

import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/schema';
import { createSearchEngine, type SearchDoc } from '../lib/search';
import { fold, tokenize } from '../lib/text';
import type { BenchQuery } from './queries';
import { summarize, type Summary } from './stats';

/** Every prefix of a query as typed, one character more each time (leading spaces never reach a search). */
export function keystrokes(query: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= query.length; i++) {
    const typed = query.slice(0, i);
    if (typed.trim()) out.push(typed);
  }
  return out;
}

/** A search function under test: the ids of the results, best first (at most 50, as the popup shows). */
export type SearchFn = (query: string) => readonly string[];

/** What a record's report symbol is, for MiniSearch's `symbol` field (Renvoi finds symbols by exact lookup). */
function symbolsOf(corpus: Pick<Corpus, 'meetings' | 'instruments'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const meeting of corpus.meetings) if (meeting.reportSymbol) out.set(meeting.id, meeting.reportSymbol);
  for (const instrument of corpus.instruments) out.set(instrument.id, instrument.reportSymbol);
  return out;
}

/** Folded words of a text: the same normalisation Renvoi's index uses, so neither engine wins on accents. */
const words = (text: string): string[] => tokenize(fold(text)).map((t) => t.term);

/**
 * MiniSearch set up the way its documentation suggests for an as-you-type box, given every advantage Renvoi's index
 * has that is not the engine itself: the same documents and field weights, the same folding, ids and report symbols
 * indexed whole (so `IV.45` or `CTOC/COP/2010/17` can match one record), prefix search on every word, fuzzy matching
 * (one edit in five letters) on words of more than four letters, and AND-combination falling back to OR when AND
 * finds nothing.
 */
export function createMiniSearch(
  docs: readonly SearchDoc[],
  corpus: Pick<Corpus, 'meetings' | 'instruments'>,
): SearchFn {
  const symbols = symbolsOf(corpus);
  const whole = new Set(['id', 'symbol']);
  const mini = new MiniSearch<SearchDoc>({
    fields: ['id', 'symbol', 'title', 'text', 'notes', 'themes'],
    extractField: (doc, field) => {
      if (field === 'id') return doc.id;
      if (field === 'symbol') return symbols.get(doc.id) ?? '';
      return doc.fields[field as keyof SearchDoc['fields']];
    },
    // Ids and symbols are one token each, lower-cased; every other field is split into folded words.
    tokenize: (text, field) => (field && whole.has(field) ? [text.trim().toLowerCase()] : words(text)),
    processTerm: (term) => term,
    searchOptions: {
      boost: { id: 20, symbol: 20, title: 5, text: 1, notes: 0.35, themes: 0.3 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    },
  });
  mini.addAll(docs as SearchDoc[]);
  // A query is searched as its words, plus the whole query as one token for the id and symbol fields.
  const search = (query: string, combineWith: 'AND' | 'OR') =>
    mini.search(
      {
        combineWith: 'OR',
        queries: [
          {
            queries: [query.trim().toLowerCase()],
            fields: ['id', 'symbol'],
            tokenize: (text) => [text],
            prefix: false,
            fuzzy: false,
          },
          { queries: words(query), fields: ['title', 'text', 'notes', 'themes'], combineWith },
        ],
      },
      {},
    );
  return (query) => {
    let results = search(query, 'AND');
    if (results.length === 0) results = search(query, 'OR');
    return results.slice(0, 50).map((r) => r.id as string);
  };
}

/** Renvoi's search module over the corpus (index built here: same results as the build-time asset). */
export function createRenvoiSearch(corpus: Corpus): { search: SearchFn; docs: readonly SearchDoc[] } {
  const engine = createSearchEngine(corpus);
  return { docs: engine.docs, search: (query) => engine.search(query).hits.map((hit) => hit.id) };
}

export interface PeerResult {
  keystroke: Summary;
  /** Share (0–1) of queries with an `expect` whose first result is it. */
  hitRate: number;
  /** Queries with an `expect` that missed, with what came first instead. */
  misses: { q: string; expect: string; got: string | null }[];
}

/**
 * Times every keystroke of every query. One unmeasured pass first (as the popup warms up on the first words typed),
 * then `passes` measured passes; each keystroke counts with its least time over them, so that a moment when the
 * machine gave the CPU to another process does not pass for search time.
 */
export function measureSearch(search: SearchFn, queries: readonly BenchQuery[], passes = 3): PeerResult {
  const typed = queries.flatMap(({ q }) => keystrokes(q));
  const best = typed.map(() => Number.POSITIVE_INFINITY);
  for (let pass = 0; pass <= passes; pass++) {
    typed.forEach((query, i) => {
      const start = performance.now();
      search(query);
      const ms = performance.now() - start;
      if (pass > 0) best[i] = Math.min(best[i]!, ms);
    });
  }
  const samples = best;
  const known = queries.filter((q): q is BenchQuery & { expect: string } => q.expect !== undefined);
  const misses: PeerResult['misses'] = [];
  for (const { q, expect } of known) {
    const got = search(q)[0] ?? null;
    if (got !== expect) misses.push({ q, expect, got });
  }
  return {
    keystroke: summarize(samples),
    hitRate: known.length ? (known.length - misses.length) / known.length : Number.NaN,
    misses,
  };
}

/** Checks that every expected answer is a record of the corpus: a typo in the query list must not pass as a miss. */
export function checkExpectations(queries: readonly BenchQuery[], docs: readonly SearchDoc[]): void {
  const ids = new Set(docs.map((d) => d.id));
  const unknown = queries.filter((q) => q.expect !== undefined && !ids.has(q.expect));
  if (unknown.length > 0) {
    throw new Error(
      `bench queries expect records that are not in the corpus: ${unknown.map((q) => q.expect).join(', ')}`,
    );
  }
}

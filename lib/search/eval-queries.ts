import type { SearchEngine } from './engine';

/** A labelled query: what a reader typed and the records that answer it. */
export interface LabelledQuery {
  lang: string;
  part: string;
  query: string;
  expect: string[];
}

export interface QueryOutcome extends LabelledQuery {
  /** Ids of the first results. */
  top: string[];
  /** Rank (1-based) of the first expected record among `top`, or null. */
  rank: number | null;
}

/** Runs labelled queries and reports where the first expected record came. */
export function evaluateQueries(engine: SearchEngine, queries: readonly LabelledQuery[], depth = 3): QueryOutcome[] {
  return queries.map((q) => {
    const top = engine.search(q.query, { limit: depth }).hits.map((h) => h.id);
    const at = top.findIndex((id) => q.expect.includes(id));
    return { ...q, top, rank: at < 0 ? null : at + 1 };
  });
}

/** The share of outcomes found within the first `depth` results, by group (`en/tune`, `es/held-out`, `all`…). */
export function hitRates(outcomes: readonly QueryOutcome[]): Map<string, { hits: number; total: number }> {
  const rates = new Map<string, { hits: number; total: number }>();
  const count = (key: string, hit: boolean) => {
    const r = rates.get(key) ?? { hits: 0, total: 0 };
    r.total++;
    if (hit) r.hits++;
    rates.set(key, r);
  };
  for (const o of outcomes) {
    const hit = o.rank !== null;
    for (const key of ['all', o.lang, o.part, `${o.lang}/${o.part}`]) count(key, hit);
  }
  return rates;
}

import { beforeAll } from 'vitest';
import { buildBundledCorpus } from '../../../corpus/asset';
import type { Corpus } from '../../../corpus/schema';
import { createSearchEngine, type SearchEngine } from '../../../lib/search';

let corpus: Corpus | null = null;
let engine: SearchEngine | null = null;

/** The corpus the extension ships (parsed, validated, with `citedBy`), built once per test file. */
export const realCorpus = (): Corpus => (corpus ??= buildBundledCorpus());

/** A search engine over the real corpus, built once per test file. */
export const realEngine = (): SearchEngine => (engine ??= createSearchEngine(realCorpus()));

/** The ids of the first `n` results. */
export const firstIds = (query: string, n = 5, e: SearchEngine = realEngine()): string[] =>
  e.search(query, { limit: n }).hits.map((h) => h.id);

/**
 * Builds the real corpus and its engine before the file's tests, with a hook timeout of its own: parsing the
 * corpus takes seconds on a loaded machine, which must not count against the first test's timeout.
 */
export const prepareRealEngine = (): void => beforeAll(() => void realEngine(), 60_000);

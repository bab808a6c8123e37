/**
 * The corpus as the extension bundles it (`corpus.json`), built in Node at build time: parsed, validated, with
 * `citedBy` computed by the citation engine over every item. Used by the WXT build hook (wxt.config.ts) and by
 * `npm run corpus -- dump`, so both print the same data.
 */
import { createResolverData } from '../lib/citations/resolver-data';
import { loadCorpus } from './load';
import type { Corpus } from './schema';

/** Loads the corpus twice: the first pass gives the engine its resolver data, the second fills `citedBy`. */
export function buildBundledCorpus(): Corpus {
  const data = createResolverData(loadCorpus());
  return loadCorpus({ citedBy: (items) => citedByFor(items, data) });
}

// Placeholder until the engine exposes computeCitedBy.
function citedByFor(_items: unknown, _data: unknown): Record<string, string[]> {
  return {};
}

/** The asset text: compact JSON. */
export function corpusAssetJson(corpus: Corpus = buildBundledCorpus()): string {
  return JSON.stringify(corpus);
}

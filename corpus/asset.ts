/**
 * The corpus as the extension bundles it (`corpus.json`), built in Node at build time: parsed, validated, with
 * `citedBy` computed by the citation engine over every item. Used by the WXT build hook (wxt.config.ts) and by
 * `npm run corpus -- dump`, so both print the same data.
 */
import { computeCitedBy, createResolverData } from '../lib/citations/index';
import { loadCorpus } from './load';
import type { Corpus } from './schema';

/** Loads the corpus twice: the first pass gives the engine its resolver data, the second fills `citedBy`. */
export function buildBundledCorpus(): Corpus {
  const data = createResolverData(loadCorpus());
  // Footnotes belong to their item: a citation in an item's footnote (`Résolution 55/25 de l'Assemblée générale,
  // annexe II`) counts as the item citing it.
  return loadCorpus({
    citedBy: (items) =>
      computeCitedBy(
        items.map((item) => ({ id: item.id, text: [item.text, ...item.footnotes.map((f) => f.text)].join('\n') })),
        data,
      ),
  });
}

/** The asset text: compact JSON. */
export function corpusAssetJson(corpus: Corpus = buildBundledCorpus()): string {
  return JSON.stringify(corpus);
}

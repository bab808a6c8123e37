import type { SearchDoc } from './documents';
import type { BuiltIndex, Postings } from './term-index';

/**
 * The search index, prepared at build time and shipped as a file of the extension, so that opening the popup
 * parses JSON instead of folding and indexing the whole corpus in cold JavaScript.
 *
 * The popup uses it only when it was built from the very corpus the database holds (same corpus version, same
 * documents in the same order); otherwise it builds the index itself. Either way the results are the same.
 */

/** Where the build writes the asset inside the extension (see `buildSearchAsset`). */
export const SEARCH_ASSET_PATH = '/search-index.json';

/** Where the build writes the corpus itself (`wxt.config.ts`); the background seeds the database from it. */
export const BUNDLED_CORPUS_PATH = '/corpus.json';

/** Bumped whenever the asset's shape or the indexing rules change. */
export const SEARCH_ASSET_FORMAT = 1;

export interface SearchAsset {
  format: typeof SEARCH_ASSET_FORMAT;
  corpusVersion: string;
  /** Document ids in index order: the alignment check. */
  ids: string[];
  /** Sorted vocabulary. */
  terms: string[];
  /**
   * Postings of each term (same order as `terms`): document indices as gaps from the previous one (small numbers
   * keep the file small), then scores.
   */
  postings: [number[], number[]][];
  /** Phrase forms of each document's title and text. */
  phrases: [string, string][];
}

const gaps = (sorted: readonly number[]): number[] => sorted.map((x, i) => (i === 0 ? x : x - sorted[i - 1]!));

const ungap = (deltas: readonly number[]): number[] => {
  let at = 0;
  return deltas.map((d) => (at += d));
};

/** The asset for an index built from `docs`. */
export function toSearchAsset(corpusVersion: string, docs: readonly SearchDoc[], built: BuiltIndex): SearchAsset {
  const { index, phrases } = built;
  return {
    format: SEARCH_ASSET_FORMAT,
    corpusVersion,
    ids: docs.map((d) => d.id),
    terms: index.terms,
    postings: index.terms.map((term) => {
      const p = index.postings.get(term)!;
      return [gaps(p.docs), p.scores];
    }),
    phrases: phrases.map((p) => [p.title, p.text]),
  };
}

const isArrayOf = (value: unknown, check: (x: unknown) => boolean): boolean =>
  Array.isArray(value) && value.every(check);

/**
 * The index an asset holds, or null when the asset is missing, malformed, of another format, or built from another
 * corpus than `docs` come from.
 */
export function fromSearchAsset(value: unknown, corpusVersion: string, docs: readonly SearchDoc[]): BuiltIndex | null {
  if (typeof value !== 'object' || value === null) return null;
  const asset = value as Partial<SearchAsset>;
  if (asset.format !== SEARCH_ASSET_FORMAT || asset.corpusVersion !== corpusVersion) return null;
  const { ids, terms, postings, phrases } = asset;
  if (!ids || ids.length !== docs.length || ids.some((id, i) => id !== docs[i]!.id)) return null;
  if (!isArrayOf(terms, (t) => typeof t === 'string') || !Array.isArray(postings) || !Array.isArray(phrases)) {
    return null;
  }
  if (postings.length !== terms!.length || phrases.length !== docs.length) return null;
  const map = new Map<string, Postings>();
  terms!.forEach((term, i) => {
    const [list, scores] = postings[i]!;
    map.set(term, { docs: ungap(list), scores });
  });
  return {
    index: { terms: terms!, postings: map, size: docs.length },
    phrases: phrases.map(([title, text]) => ({ title, text })),
  };
}

/**
 * Search over the corpus for the popup and the omnibox. What this index exports is pure (no DOM, no browser API, no
 * database); the loaders beside it are not and are imported directly by extension pages and the background:
 * `from-database.ts` (the corpus out of IndexedDB), `load-engine.ts` and `popup-engine.ts` (the engine with the
 * build-time asset), `record-actions.ts` (Save, Copy citation, Open document).
 */
export { createLookup, isWithin, type CorpusData, type CorpusLookup, type Entity } from './corpus-data';
export { FIELD_WEIGHTS, type DocType, type SearchDoc, type SearchKind } from './documents';
export type { ExactReason, OutsideCitation } from './exact';
export { isFiltering, matchesFilters, type SearchFilters } from './filters';
export type { Highlighted } from './highlight';
export { MAX_QUERY_CHARS } from './query';
export { SEARCH_ASSET_PATH } from './asset';
export {
  buildSearchAsset,
  createSearchEngine,
  type EngineOptions,
  type SearchEngine,
  type SearchHit,
  type SearchOptions,
  type SearchResponse,
  type SearchState,
} from './engine';

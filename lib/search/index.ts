/**
 * Search over the corpus for the popup and the omnibox. Pure: no DOM, no browser API, no database (see
 * `from-database.ts` for reading the corpus out of IndexedDB).
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

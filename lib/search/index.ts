/**
 * Search over the corpus for the popup and the omnibox: what extension pages, the bench and the evaluation scripts
 * take from it. Everything here is pure (no DOM, no browser API, no database); the loaders beside it are not and are
 * imported directly by extension pages and the background: `from-database.ts` (the corpus out of IndexedDB),
 * `load-engine.ts` and `popup-engine.ts` (the engine with the build-time asset), `record-actions.ts` (Save, Copy
 * citation, Open document).
 */
export { createLookup } from './corpus-data';
export type { SearchDoc } from './documents';
export type { SearchFilters } from './filters';
export { MAX_QUERY_CHARS } from './query';
export { buildSearchAsset, createSearchEngine, type SearchEngine } from './engine';

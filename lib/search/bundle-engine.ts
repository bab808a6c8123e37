import { browser } from 'wxt/browser';
import { CORPUS_SCHEMA_VERSION, type Corpus } from '../../corpus/schema';
import { BUNDLED_CORPUS_PATH, SEARCH_ASSET_PATH } from './asset';
import { createSearchEngine, type SearchEngine } from './engine';

// No database here: the popup opens on this module alone (the database loader is `load-engine.ts`).

/**
 * The build-time search index shipped in the extension (`search-index.json`), parsed; null when the build did not
 * write one (the engine then indexes the corpus itself). A file of the extension itself: nothing leaves the browser.
 */
export async function fetchSearchAsset(): Promise<unknown> {
  try {
    // Generated at build time, so WXT's typed list of public paths does not know it.
    const url = (browser.runtime.getURL as (path: string) => string)(SEARCH_ASSET_PATH);
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * The corpus the extension bundles (`corpus.json`, the file the background seeds the database from), parsed and
 * checked; null when it is missing or of another schema. A file of the extension itself: nothing leaves the browser.
 */
export async function fetchBundledCorpus(): Promise<Corpus | null> {
  try {
    const url = (browser.runtime.getURL as (path: string) => string)(BUNDLED_CORPUS_PATH);
    const response = await fetch(url);
    if (!response.ok) return null;
    const corpus = (await response.json()) as Corpus;
    return corpus.schemaVersion === CORPUS_SCHEMA_VERSION && Array.isArray(corpus.items) ? corpus : null;
  } catch {
    return null;
  }
}

/**
 * The search engine over the corpus the extension bundles, with the build-time index: two files of the extension
 * fetched at once (`popup.html` preloads them while its scripts load), no database, no background. This is the
 * database's own content (the background seeds it from the same file), read without opening IndexedDB's seven
 * tables, which took most of the popup's opening time. Null when the bundle cannot be read.
 */
export async function engineFromBundle(): Promise<SearchEngine | null> {
  performance.mark('renvoi:engine-start');
  const [corpus, asset] = await Promise.all([fetchBundledCorpus(), fetchSearchAsset()]);
  if (!corpus) return null;
  performance.mark('renvoi:corpus-read');
  const engine = createSearchEngine(corpus, { asset, corpusVersion: corpus.version });
  performance.mark('renvoi:engine-ready', { detail: { source: engine.source } });
  return engine;
}

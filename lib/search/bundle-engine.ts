import { browser } from 'wxt/browser';
import { CORPUS_SCHEMA_VERSION, type Corpus } from '../../corpus/schema';
import { BUNDLED_CORPUS_PATH, SEARCH_ASSET_PATH } from './search-asset';
import { readJsonFile, takeBundleFiles } from './early-read';
import { createSearchEngine, type SearchEngine } from './engine';

// No database here: the popup opens on this module alone (the database loader is `load-engine.ts`).

/** A file of the extension by its path (`/corpus.json`), as a full URL. */
const extensionUrl = (path: string): string =>
  // Generated at build time, so WXT's typed list of public paths does not know these files.
  (browser.runtime.getURL as (path: string) => string)(path);

/**
 * The build-time search index shipped in the extension (`search-index.json`), parsed; null when the build did not
 * write one (the engine then indexes the corpus itself). A file of the extension itself: nothing leaves the browser.
 */
export function fetchSearchAsset(): Promise<unknown> {
  return readJsonFile(extensionUrl(SEARCH_ASSET_PATH));
}

/**
 * The corpus the extension bundles (`corpus.json`, the file the background seeds the database from), parsed and
 * checked; null when it is missing or of another schema. A file of the extension itself: nothing leaves the browser.
 */
export async function fetchBundledCorpus(): Promise<Corpus | null> {
  return checkedCorpus(await readJsonFile(extensionUrl(BUNDLED_CORPUS_PATH)));
}

/** The parsed `corpus.json` if it is a corpus of this version of the schema. */
function checkedCorpus(json: unknown): Corpus | null {
  const corpus = json as Corpus | null;
  return corpus?.schemaVersion === CORPUS_SCHEMA_VERSION && Array.isArray(corpus.items) ? corpus : null;
}

/**
 * The search engine over the corpus the extension bundles, with the build-time index: two files of the extension
 * fetched at once (`popup.html` preloads them while its scripts load), no database, no background. This is the
 * database's own content (the background seeds it from the same file), read without opening IndexedDB's seven
 * tables, which took most of the popup's opening time. Null when the bundle cannot be read.
 */
export async function engineFromBundle(): Promise<SearchEngine | null> {
  performance.mark('renvoi:engine-start');
  // Read already by the popup's early reader (popup.html), or now.
  const early = takeBundleFiles();
  const [corpus, asset] = early
    ? await Promise.all([early.corpus.then(checkedCorpus), early.asset])
    : await Promise.all([fetchBundledCorpus(), fetchSearchAsset()]);
  if (!corpus) return null;
  performance.mark('renvoi:corpus-read');
  const engine = createSearchEngine(corpus, { asset, corpusVersion: corpus.version });
  performance.mark('renvoi:engine-ready', { detail: { source: engine.source } });
  return engine;
}

import { browser } from 'wxt/browser';
import { CORPUS_SCHEMA_VERSION, type Corpus } from '../../corpus/schema';

/** Path of the corpus the build emits into the extension (see wxt.config.ts). */
export const CORPUS_ASSET_PATH = '/corpus.json';

/**
 * Reads the corpus bundled in the extension package. This reads a file of the extension itself
 * (`chrome-extension://…/corpus.json`); no request leaves the browser.
 */
export async function loadBundledCorpus(): Promise<Corpus> {
  // The asset is generated at build time, so WXT's typed PublicPath list does not know it.
  const url = (browser.runtime.getURL as (path: string) => string)(CORPUS_ASSET_PATH);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The bundled corpus is missing (${response.status})`);
  const corpus = (await response.json()) as Corpus;
  if (corpus.schemaVersion !== CORPUS_SCHEMA_VERSION) {
    throw new Error(`The bundled corpus has schema ${corpus.schemaVersion}, expected ${CORPUS_SCHEMA_VERSION}`);
  }
  return corpus;
}

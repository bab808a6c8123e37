import type { RenvoiDatabase } from '../db/database';
import { fetchSearchAsset } from './bundle-engine';
import { createSearchEngine, type SearchEngine } from './engine';
import { readStoredCorpus } from './from-database';

/** Thrown when the database still holds no corpus after seeding was requested. */
export class EmptyCorpusError extends Error {
  constructor() {
    super('The compendium is not in the database yet.');
    this.name = 'EmptyCorpusError';
  }
}

/**
 * The search engine over the corpus in the database. Reads right away; only when the database is still empty does
 * it wait for `ensureSeeded` (the background seeds on install, so usually the first read has everything and the
 * popup does not wait for a sleeping service worker). `ensureSeeded` is still called, without waiting, so an
 * updated corpus gets seeded.
 */
export async function engineFromDatabase(
  db: RenvoiDatabase,
  ensureSeeded: () => Promise<unknown>,
): Promise<SearchEngine> {
  performance.mark('renvoi:engine-start');
  const asset = fetchSearchAsset();
  const seeding = ensureSeeded();
  let stored = await readStoredCorpus(db);
  if (stored.data.items.length === 0) {
    await seeding;
    stored = await readStoredCorpus(db);
  } else {
    seeding.catch(() => undefined);
  }
  if (stored.data.items.length === 0) throw new EmptyCorpusError();
  // Marks for the benchmark (`performance.getEntriesByName`): corpus read, then index ready.
  performance.mark('renvoi:corpus-read');
  const engine = createSearchEngine(stored.data, { asset: await asset, corpusVersion: stored.version ?? undefined });
  performance.mark('renvoi:engine-ready', { detail: { source: engine.source } });
  return engine;
}

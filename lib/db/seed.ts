import type { Corpus } from '../../corpus/schema';
import { CORPUS_TABLES, type RenvoiDatabase } from './database';

export interface SeedResult {
  /** True when this call wrote the corpus; false when the stored version was already current. */
  seeded: boolean;
  version: string;
  /** Milliseconds spent in the write transaction (0 when nothing was written). */
  ms: number;
}

/** The corpus version stored in the database, or null before the first seeding. */
export async function storedCorpusVersion(db: RenvoiDatabase): Promise<string | null> {
  const row = await db.meta.get('corpusVersion');
  return typeof row?.value === 'string' ? row.value : null;
}

/**
 * Writes the corpus into the database when its version differs from the stored one (or when `force`): one `rw`
 * transaction over the corpus tables, cleared then filled with `bulkPut`. User tables (`saved`) are not in the
 * transaction, so reseeding can never touch them. The corpus must be loaded before calling (no I/O inside the
 * transaction).
 */
export async function seedCorpus(
  db: RenvoiDatabase,
  corpus: Corpus,
  options: { force?: boolean } = {},
): Promise<SeedResult> {
  if (!options.force && (await storedCorpusVersion(db)) === corpus.version) {
    return { seeded: false, version: corpus.version, ms: 0 };
  }
  const citedBy = Object.entries(corpus.citedBy).map(([key, itemIds]) => ({ key, itemIds }));
  const started = performance.now();
  await db.transaction('rw', [...CORPUS_TABLES.map((name) => db[name]), db.meta], async () => {
    await Promise.all(CORPUS_TABLES.map((name) => db[name].clear()));
    await Promise.all([
      db.meetings.bulkPut(corpus.meetings),
      db.sessions.bulkPut(corpus.sessions),
      db.instruments.bulkPut(corpus.instruments),
      db.items.bulkPut(corpus.items),
      db.themes.bulkPut(corpus.themes),
      db.citedBy.bulkPut(citedBy),
    ]);
    await db.meta.bulkPut([
      { key: 'corpusVersion', value: corpus.version },
      { key: 'seededAt', value: Date.now() },
    ]);
  });
  return { seeded: true, version: corpus.version, ms: performance.now() - started };
}

/**
 * Seeds at most once at a time: concurrent callers (install event, first requests) share one promise. A failed
 * attempt is forgotten so the next call retries.
 */
export function createSeeder(db: RenvoiDatabase, loadCorpus: () => Promise<Corpus>) {
  let pending: Promise<SeedResult> | null = null;
  let done: SeedResult | null = null;
  return {
    ensureSeeded(): Promise<SeedResult> {
      if (done) return Promise.resolve(done);
      pending ??= loadCorpus()
        .then((corpus) => seedCorpus(db, corpus))
        .then((result) => (done = result))
        .finally(() => {
          pending = null;
        });
      return pending;
    },
    /** Loads the asset and rewrites the corpus tables even when the version is current (repair, benchmark). */
    async reseed(): Promise<SeedResult> {
      await pending?.catch(() => undefined);
      const corpus = await loadCorpus();
      done = await seedCorpus(db, corpus, { force: true });
      return done;
    },
    /** Forget what was seeded (after an update) so the next call compares versions again. */
    reset(): void {
      done = null;
    },
  };
}

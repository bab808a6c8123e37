import type { RenvoiDatabase } from '../db/database';
import { storedCorpusVersion } from '../db/seed';
import type { CorpusData } from './corpus-data';

/** The corpus as the database holds it, and the version it was seeded from (null before the first seeding). */
export interface StoredCorpus {
  data: CorpusData;
  version: string | null;
}

/**
 * Reads the whole corpus out of the database in one read transaction (a reseed in between cannot mix two
 * versions). Extension pages and the background may; content scripts never import this.
 */
export async function readStoredCorpus(db: RenvoiDatabase): Promise<StoredCorpus> {
  return db.transaction(
    'r',
    [db.meetings, db.sessions, db.instruments, db.items, db.themes, db.citedBy, db.meta],
    async () => {
      const [meetings, sessions, instruments, items, themes, citedBy, version] = await Promise.all([
        db.meetings.toArray(),
        db.sessions.toArray(),
        db.instruments.toArray(),
        db.items.toArray(),
        db.themes.toArray(),
        db.citedBy.toArray(),
        storedCorpusVersion(db),
      ]);
      // Rows come in primary-key order; `createLookup` puts them back in document order.
      return {
        data: {
          meetings,
          sessions,
          instruments,
          items,
          themes,
          citedBy: Object.fromEntries(citedBy.map((row) => [row.key, row.itemIds])),
        },
        version,
      };
    },
  );
}

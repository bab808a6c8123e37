import { Dexie, type EntityTable } from 'dexie';
import type { Instrument, Item, Meeting, Session, Theme } from '../../corpus/schema';
import type { SavedReference } from '../references/saved-types';

/** Rows of the `citedBy` table: a citation key and the corpus items whose text cites it. */
export interface CitedByRow {
  key: string;
  itemIds: string[];
}

/** Small key/value facts about the database itself (`corpusVersion`, `seededAt`). */
export interface MetaRow {
  key: string;
  value: string | number;
}

/**
 * A reference the user saved (user data: never touched by corpus reseeding). `id` is `<key>#<pinpoint>`: saving the
 * same key and pinpoint again merges into one row. Rows written by older builds may lack fields, so readers go
 * through lib/db/saved.ts, which fills the defaults.
 */
export type SavedReferenceRow = Pick<SavedReference, 'id' | 'key' | 'order' | 'savedAt'> & Partial<SavedReference>;

export const DATABASE_NAME = 'renvoi';

/** Tables that the corpus fills and reseeding replaces. User tables are not in this list, on purpose. */
export const CORPUS_TABLES = ['meetings', 'sessions', 'instruments', 'items', 'themes', 'citedBy'] as const;

export type RenvoiDatabase = Dexie & {
  meetings: EntityTable<Meeting, 'id'>;
  sessions: EntityTable<Session, 'id'>;
  instruments: EntityTable<Instrument, 'id'>;
  items: EntityTable<Item, 'id'>;
  themes: EntityTable<Theme, 'id'>;
  citedBy: EntityTable<CitedByRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  saved: EntityTable<SavedReferenceRow, 'id'>;
};

/**
 * Schema history. A version that has shipped is never edited: add a new one.
 * - 1: the corpus tables and `meta`.
 * - 2: `saved` (the user's references) and a multi-entry index on theme item ids ("themes of an item").
 */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    meetings: 'id, reportSymbol',
    sessions: 'id, reportSymbol',
    instruments: 'id, sessionId',
    items: 'id, parentId, parentItemId',
    themes: 'id',
    citedBy: 'key',
    meta: 'key',
  });
  db.version(2).stores({
    themes: 'id, *itemIds',
    saved: 'id, key, order, savedAt',
  });
}

/** Opens (lazily) Renvoi's database. Used by the background and by extension pages, never by content scripts. */
export function openDatabase(name = DATABASE_NAME): RenvoiDatabase {
  // Strict durability: a write reports success only once it is flushed to disk, so a "Saved" answer also survives a
  // power loss (the default may answer from the OS cache). Dexie sets it per database; the corpus writes are few
  // (seeding is a handful of transactions), so they pay the same small price.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as RenvoiDatabase;
  defineSchema(db);
  return db;
}

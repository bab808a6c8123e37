import { savedReferenceId } from '../export/pinpoint';
import type { ImportMode, SaveRequest, SavedReference } from '../messaging/saved-types';
import { compactEntry as compact } from '../export/compact-entry';
import { SAVED_LIMITS } from '../export/limits';
import type { RenvoiDatabase } from './database';
import { createEntry, mergeEntries, mergeRequest, type DocumentFacts } from './saved/merge';
import { fromRow, fromRows } from './saved/rows';

/**
 * The user's saved references in the `saved` table. Only the background calls the writers (through the `saved/*`
 * messages); extension pages read with {@link listSaved} inside `liveQuery`. Every write is one `rw` transaction on
 * `saved`, so saves from two tabs at once are serialised by IndexedDB and both land; a failed transaction changes
 * nothing, so an error can never lose what was already saved.
 */

export type { DocumentFacts } from './saved/merge';

/** Every entry in list order (rows from older builds completed with defaults). Pages call it inside `liveQuery`. */
export async function listSaved(db: RenvoiDatabase): Promise<SavedReference[]> {
  return fromRows(await db.saved.orderBy('order').toArray());
}

/** All rows in list order, inside a transaction. */
const ordered = async (db: RenvoiDatabase) => fromRows(await db.saved.orderBy('order').toArray());

/** The list already holds the most entries Renvoi keeps ({@link SAVED_LIMITS}.entries); nothing was written. */
export class SavedListFullError extends Error {
  constructor(readonly limit: number) {
    super(`The saved list holds at most ${limit} references`);
    this.name = 'SavedListFullError';
  }
}

const nextOrder = async (db: RenvoiDatabase) => ((await db.saved.orderBy('order').last())?.order ?? -1) + 1;

/** Saves a reference: a new entry at the end of the list, or merged into the entry with the same key and pinpoint. */
export function addSaved(
  db: RenvoiDatabase,
  request: SaveRequest,
  facts: DocumentFacts = {},
  now = Date.now(),
): Promise<{ entry: SavedReference; merged: boolean }> {
  const id = savedReferenceId(request.key, request.pinpoint);
  return db.transaction('rw', db.saved, async () => {
    const row = await db.saved.get(id);
    const existing = row && fromRow(row);
    if (!existing && (await db.saved.count()) >= SAVED_LIMITS.entries)
      throw new SavedListFullError(SAVED_LIMITS.entries);
    const entry = compact(
      existing ? mergeRequest(existing, request, facts, now) : createEntry(request, facts, await nextOrder(db), now),
    );
    await db.saved.put(entry);
    return { entry, merged: Boolean(existing) };
  });
}

/** Replaces an entry's note; null when the entry is gone (removed in another view). */
export function updateNote(
  db: RenvoiDatabase,
  id: string,
  note: string,
  now = Date.now(),
): Promise<SavedReference | null> {
  return db.transaction('rw', db.saved, async () => {
    const row = await db.saved.get(id);
    if (!row) return null;
    const next = { ...fromRow(row), note, updatedAt: now };
    await db.saved.put(next);
    return next;
  });
}

/** Writes `order` = position for every entry whose order changed. */
async function renumber(db: RenvoiDatabase, entries: SavedReference[]): Promise<void> {
  const changed = entries.flatMap((entry, order) => (entry.order === order ? [] : [{ ...entry, order }]));
  if (changed.length > 0) await db.saved.bulkPut(changed);
}

/**
 * Moves an entry to position `toIndex` of the whole list (clamped) and renumbers. Returns the ids in their new order,
 * or null when the entry is gone.
 */
export function moveSaved(db: RenvoiDatabase, id: string, toIndex: number): Promise<string[] | null> {
  return db.transaction('rw', db.saved, async () => {
    const all = await ordered(db);
    const from = all.findIndex((entry) => entry.id === id);
    if (from < 0) return null;
    const [moved] = all.splice(from, 1);
    all.splice(Math.max(0, Math.min(all.length, toIndex)), 0, moved!);
    await renumber(db, all);
    return all.map((entry) => entry.id);
  });
}

/** Removes entries and answers them, so the caller can offer undo ({@link restoreSaved}). */
export function removeSaved(db: RenvoiDatabase, ids: readonly string[]): Promise<SavedReference[]> {
  return db.transaction('rw', db.saved, async () => {
    const rows = await db.saved.bulkGet([...ids]);
    const removed = fromRows(rows.filter((row) => row !== undefined));
    await db.saved.bulkDelete(removed.map((entry) => entry.id));
    return removed;
  });
}

/** Removes every entry and answers them all (for undo). */
export function clearSaved(db: RenvoiDatabase): Promise<SavedReference[]> {
  return db.transaction('rw', db.saved, async () => {
    const removed = await ordered(db);
    await db.saved.clear();
    return removed;
  });
}

/**
 * Puts entries back at the places they had (undo of remove or clear). An entry saved again in the meantime is merged
 * with the restored one, so neither the new page nor the old note is lost. Ties in order go to the restored entry.
 */
export function restoreSaved(db: RenvoiDatabase, entries: readonly SavedReference[]): Promise<number> {
  return db.transaction('rw', db.saved, async () => {
    const current = await ordered(db);
    const byId = new Map(current.map((entry) => [entry.id, entry]));
    const restored = new Map<string, SavedReference>();
    for (const entry of entries) {
      const base = byId.get(entry.id) ?? restored.get(entry.id);
      restored.set(entry.id, base ? { ...mergeEntries(base, entry), order: entry.order } : entry);
    }
    const rest = current.filter((entry) => !restored.has(entry.id));
    // Stable sort: restored entries first among equal orders, then the others in their current order.
    const all = [...restored.values(), ...rest].sort((a, b) => a.order - b.order);
    await db.saved.bulkPut([...restored.values()].map(compact));
    await renumber(db, all);
    return restored.size;
  });
}

/**
 * Imports entries (already validated). `merge` keeps the current list, merges entries with the same id and appends
 * the new ones in file order; `replace` makes the list exactly the file's entries, in file order.
 */
export function importSaved(
  db: RenvoiDatabase,
  entries: readonly SavedReference[],
  mode: ImportMode,
): Promise<{ added: number; merged: number; total: number }> {
  return db.transaction('rw', db.saved, async () => {
    const current = mode === 'replace' ? [] : await ordered(db);
    if (mode === 'replace') await db.saved.clear();
    const byId = new Map(current.map((entry) => [entry.id, entry]));
    const fresh = new Map<string, SavedReference>();
    let merged = 0;
    for (const entry of entries) {
      const existing = byId.get(entry.id);
      if (existing) {
        byId.set(entry.id, mergeEntries(existing, entry));
        merged++;
      } else {
        const twin = fresh.get(entry.id);
        fresh.set(entry.id, twin ? mergeEntries(twin, entry) : entry);
      }
    }
    const all = [...byId.values(), ...fresh.values()].map((entry, order) => compact({ ...entry, order }));
    // Thrown inside the transaction, so a replace that would overflow keeps the old list too.
    if (all.length > SAVED_LIMITS.entries) throw new SavedListFullError(SAVED_LIMITS.entries);
    await db.saved.bulkPut(all);
    return { added: fresh.size, merged, total: all.length };
  });
}

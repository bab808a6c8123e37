import { savedReferenceId } from '../references/pinpoint';
import type { ImportMode, SaveRequest, SavedReference } from '../references/saved-types';
import { compactEntry as compact } from '../references/compact-entry';
import { SAVED_LIMITS } from '../references/limits';
import type { RenvoiDatabase } from './database';
import { createEntry, mergeEntries, mergeRequest, type DocumentFacts } from './saved/merge';
import { changedFields, fromRow, fromRows } from './saved/rows';

/**
 * The user's saved references in the `saved` table. Only the background calls the writers (through the `saved/*`
 * messages); extension pages read with {@link listSaved} inside `liveQuery`. Every write is one `rw` transaction on
 * `saved`, so saves from two tabs at once are serialised by IndexedDB and both land; a failed transaction changes
 * nothing, so an error can never lose what was already saved.
 */

export type { DocumentFacts } from './saved/merge';
export { NoteTooLongError } from './saved/merge';

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
    if (row) {
      const shown = fromRow(row);
      const entry = mergeRequest(shown, request, facts, now);
      await db.saved.update(id, changedFields(shown, entry));
      return { entry, merged: true };
    }
    if ((await db.saved.count()) >= SAVED_LIMITS.entries) throw new SavedListFullError(SAVED_LIMITS.entries);
    const entry = compact(createEntry(request, facts, await nextOrder(db), now));
    await db.saved.add(entry);
    return { entry, merged: false };
  });
}

/** Replaces an entry's note; null when the entry is gone (removed in another view). Only note and time are written. */
export function updateNote(
  db: RenvoiDatabase,
  id: string,
  note: string,
  now = Date.now(),
): Promise<SavedReference | null> {
  return db.transaction('rw', db.saved, async () => {
    const row = await db.saved.get(id);
    if (!row) return null;
    await db.saved.update(id, { note, updatedAt: now });
    return { ...fromRow(row), note, updatedAt: now };
  });
}

/** Writes `order` = position, and nothing else, for every entry whose order changed. */
async function renumber(db: RenvoiDatabase, entries: readonly { id: string; order: number }[]): Promise<void> {
  const changed = entries.flatMap((entry, order) =>
    entry.order === order ? [] : [{ key: entry.id, changes: { order } }],
  );
  if (changed.length > 0) await db.saved.bulkUpdate(changed);
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

/**
 * Removes entries and answers them as they were stored (every field, including those this build does not read), so
 * the caller can offer undo ({@link restoreSaved}) that puts back exactly what was there.
 */
export function removeSaved(db: RenvoiDatabase, ids: readonly string[]): Promise<SavedReference[]> {
  return db.transaction('rw', db.saved, async () => {
    const rows = (await db.saved.bulkGet([...ids])).filter((row) => row !== undefined);
    await db.saved.bulkDelete(rows.map((row) => row.id));
    return rows as SavedReference[];
  });
}

/** Removes every entry and answers them all as stored, in list order (for undo). */
export function clearSaved(db: RenvoiDatabase): Promise<SavedReference[]> {
  return db.transaction('rw', db.saved, async () => {
    const removed = await db.saved.orderBy('order').toArray();
    await db.saved.clear();
    return removed as SavedReference[];
  });
}

/**
 * Puts entries back (undo). By default at the places they had (undo of remove or clear): an entry saved again in the
 * meantime is merged with the restored one, so neither the new page nor the old note is lost, and ties in order go to
 * the restored entry. With `exact`, the list becomes exactly these entries (undo of "Replace my list"). Entries are
 * written as they were answered by remove, clear or replace, with every stored field; the list stays within
 * {@link SAVED_LIMITS}.entries.
 */
export function restoreSaved(
  db: RenvoiDatabase,
  entries: readonly SavedReference[],
  { exact = false }: { exact?: boolean } = {},
): Promise<number> {
  return db.transaction('rw', db.saved, async () => {
    if (exact) {
      if (entries.length > SAVED_LIMITS.entries) throw new SavedListFullError(SAVED_LIMITS.entries);
      await db.saved.clear();
      await db.saved.bulkPut([...entries]);
      return entries.length;
    }
    const current = await ordered(db);
    const byId = new Map(current.map((entry) => [entry.id, entry]));
    const back = new Map<string, SavedReference>();
    const updates = new Map<string, Partial<SavedReference>>();
    for (const entry of entries) {
      const shown = byId.get(entry.id);
      if (shown) {
        // Saved again meanwhile: the stored row keeps its other fields, and takes the merge and the restored place.
        const merged = { ...mergeEntries(shown, fromRow(entry)), order: entry.order };
        updates.set(entry.id, { ...updates.get(entry.id), ...changedFields(shown, merged) });
        byId.set(entry.id, merged);
      } else {
        const twin = back.get(entry.id);
        back.set(entry.id, twin ? { ...twin, ...mergeEntries(fromRow(twin), fromRow(entry)) } : entry);
      }
    }
    const total = current.length + back.size;
    if (total > SAVED_LIMITS.entries) throw new SavedListFullError(SAVED_LIMITS.entries);
    await db.saved.bulkPut([...back.values()]);
    if (updates.size > 0) await db.saved.bulkUpdate([...updates].map(([key, changes]) => ({ key, changes })));
    const restoredIds = new Set([...back.keys(), ...updates.keys()]);
    const restored = [...back.values(), ...[...updates.keys()].map((id) => byId.get(id)!)];
    const rest = current.filter((entry) => !restoredIds.has(entry.id));
    // Stable sort: restored entries first among equal orders, then the others in their current order.
    const all = [...restored, ...rest]
      .map((entry) => ({ id: entry.id, order: fromRow(entry).order }))
      .sort((a, b) => a.order - b.order);
    await renumber(db, all);
    return restoredIds.size;
  });
}

/**
 * Imports entries (already validated). `merge` keeps the current list, merges entries with the same id and appends
 * the new ones in file order, writing only the merged and the new rows; `replace` makes the list exactly the file's
 * entries, in file order, and answers the previous list as stored (for Undo, see {@link restoreSaved} `exact`).
 */
export function importSaved(
  db: RenvoiDatabase,
  entries: readonly SavedReference[],
  mode: ImportMode,
): Promise<{ added: number; merged: number; total: number; removed: SavedReference[] }> {
  return db.transaction('rw', db.saved, async () => {
    if (mode === 'replace') {
      const fresh = new Map<string, SavedReference>();
      for (const entry of entries) {
        const twin = fresh.get(entry.id);
        fresh.set(entry.id, twin ? mergeEntries(twin, entry) : entry);
      }
      // Thrown inside the transaction, so a replace that would overflow keeps the old list.
      if (fresh.size > SAVED_LIMITS.entries) throw new SavedListFullError(SAVED_LIMITS.entries);
      const removed = (await db.saved.orderBy('order').toArray()) as SavedReference[];
      await db.saved.clear();
      await db.saved.bulkPut([...fresh.values()].map((entry, order) => compact({ ...entry, order })));
      return { added: fresh.size, merged: 0, total: fresh.size, removed };
    }
    const current = await ordered(db);
    const byId = new Map(current.map((entry) => [entry.id, entry]));
    const changes = new Map<string, Partial<SavedReference>>();
    const mergedNow = new Map<string, SavedReference>();
    const fresh = new Map<string, SavedReference>();
    let merged = 0;
    for (const entry of entries) {
      const shown = byId.get(entry.id);
      if (shown) {
        const next = mergeEntries(mergedNow.get(entry.id) ?? shown, entry);
        mergedNow.set(entry.id, next);
        changes.set(entry.id, changedFields(shown, next));
        merged++;
      } else {
        const twin = fresh.get(entry.id);
        fresh.set(entry.id, twin ? mergeEntries(twin, entry) : entry);
      }
    }
    const total = current.length + fresh.size;
    if (total > SAVED_LIMITS.entries) throw new SavedListFullError(SAVED_LIMITS.entries);
    const first = (current.at(-1)?.order ?? -1) + 1;
    await db.saved.bulkPut([...fresh.values()].map((entry, i) => compact({ ...entry, order: first + i })));
    const written = [...changes].filter(([, change]) => Object.keys(change).length > 0);
    if (written.length > 0) await db.saved.bulkUpdate(written.map(([key, change]) => ({ key, changes: change })));
    return { added: fresh.size, merged, total, removed: [] };
  });
}

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type RenvoiDatabase } from '../../../lib/db/database';
import { SAVED_LIMITS } from '../../../lib/references/limits';
import {
  addSaved,
  SavedListFullError,
  clearSaved,
  importSaved,
  listSaved,
  moveSaved,
  removeSaved,
  restoreSaved,
  updateNote,
} from '../../../lib/db/saved';
import { seedCorpus } from '../../../lib/db/seed';
import { makeCorpus } from '../../factories/corpus';
import { makeSaveRequest, makeSavedReference } from '../../factories/saved';

let n = 0;
let db: RenvoiDatabase;
afterEach(async () => db?.delete());

/** A database holding references saved in this order. */
async function withSaved(...keys: string[]): Promise<RenvoiDatabase> {
  db = openDatabase(`saved-${n++}`);
  for (const [i, key] of keys.entries()) await addSaved(db, makeSaveRequest({ key }), {}, 1000 + i);
  return db;
}

const keys = async () => (await listSaved(db)).map((entry) => entry.key);

describe('saved list writes', () => {
  it.each([
    ['A', 0, ['A', 'B', 'C']],
    ['C', 0, ['C', 'A', 'B']],
    ['A', 2, ['B', 'C', 'A']],
    ['A', 99, ['B', 'C', 'A']],
    ['B', 1, ['A', 'B', 'C']],
  ])('moves %s to %i', async (key, toIndex, expected) => {
    await withSaved('A', 'B', 'C');
    expect(await moveSaved(db, `${key}#`, toIndex)).toEqual(expected.map((k) => `${k}#`));
    expect(await keys()).toEqual(expected);
    expect((await listSaved(db)).map((e) => e.order)).toEqual([0, 1, 2]);
  });

  it('answers null when moving or editing an entry that is gone', async () => {
    await withSaved('A');
    expect(await moveSaved(db, 'nope#', 0)).toBeNull();
    expect(await updateNote(db, 'nope#', 'x')).toBeNull();
  });

  it('edits a note', async () => {
    await withSaved('A');
    await updateNote(db, 'A#', 'line 1\nline "2", <b>', 5000);
    expect(await listSaved(db)).toMatchObject([{ note: 'line 1\nline "2", <b>', updatedAt: 5000 }]);
  });

  it('removes and restores at the same place', async () => {
    await withSaved('A', 'B', 'C');
    const removed = await removeSaved(db, ['B#']);
    expect(await keys()).toEqual(['A', 'C']);
    expect(await restoreSaved(db, removed)).toBe(1);
    expect(await keys()).toEqual(['A', 'B', 'C']);
  });

  it('restores after a reorder without losing anyone', async () => {
    await withSaved('A', 'B', 'C', 'D');
    const removed = await removeSaved(db, ['B#']);
    await moveSaved(db, 'D#', 0);
    await restoreSaved(db, removed);
    expect(await keys()).toEqual(['D', 'B', 'A', 'C']);
    expect((await listSaved(db)).map((e) => e.order)).toEqual([0, 1, 2, 3]);
  });

  it('merges a restored entry with the same reference saved again meanwhile', async () => {
    await withSaved('A');
    await updateNote(db, 'A#', 'old note');
    const removed = await removeSaved(db, ['A#']);
    await addSaved(
      db,
      makeSaveRequest({ key: 'A', sighting: { url: 'https://example.org/new', title: 'New', context: '' } }),
      {},
      9000,
    );
    await restoreSaved(db, removed);
    const [entry, ...rest] = await listSaved(db);
    expect(rest).toEqual([]);
    expect(entry?.note).toBe('old note');
    expect(entry?.sightings.map((s) => s.url)).toEqual(['https://example.org/a.html', 'https://example.org/new']);
  });

  it('clears everything and undoes the clear', async () => {
    await withSaved('A', 'B', 'C');
    const removed = await clearSaved(db);
    expect(await keys()).toEqual([]);
    await restoreSaved(db, removed);
    expect(await keys()).toEqual(['A', 'B', 'C']);
  });

  it('imports in merge mode: same ids merge, new ones are appended in file order', async () => {
    await withSaved('A', 'B');
    const result = await importSaved(
      db,
      [
        makeSavedReference({ id: 'C#', key: 'C' }),
        makeSavedReference({ id: 'A#', key: 'A', note: 'from file' }),
        makeSavedReference({ id: 'D#', key: 'D' }),
      ],
      'merge',
    );
    expect(result).toEqual({ added: 2, merged: 1, total: 4, removed: [] });
    expect(await keys()).toEqual(['A', 'B', 'C', 'D']);
    expect((await listSaved(db))[0]?.note).toBe('from file');
  });

  it('imports in replace mode: the list becomes the file', async () => {
    await withSaved('A', 'B');
    const before = await db.saved.orderBy('order').toArray();
    const result = await importSaved(db, [makeSavedReference({ id: 'C#', key: 'C' })], 'replace');
    // The previous list comes back as stored, for Undo.
    expect(result).toEqual({ added: 1, merged: 0, total: 1, removed: before });
    expect(await keys()).toEqual(['C']);
  });

  it('survives a corpus reseed', async () => {
    await withSaved('A', 'B');
    await seedCorpus(db, makeCorpus());
    await seedCorpus(db, makeCorpus({ version: 'v2-test' }));
    expect(await keys()).toEqual(['A', 'B']);
  });

  it('keeps every page where a reference was seen, once per page', async () => {
    db = openDatabase(`saved-${n++}`);
    const seen = (url: string) => makeSaveRequest({ sighting: { url, title: url, context: '' } });
    await addSaved(db, seen('https://example.org/1'), {}, 1);
    await addSaved(db, seen('https://example.org/2'), {}, 2);
    await addSaved(db, seen('https://example.org/1'), {}, 3);
    await addSaved(db, makeSaveRequest({ sighting: undefined }), {}, 4);
    const [entry] = await listSaved(db);
    expect(entry?.sightings.map((s) => [s.url, s.at])).toEqual([
      ['https://example.org/1', 1],
      ['https://example.org/2', 2],
    ]);
  });

  it('refuses a new reference when the list is full, still merging into existing ones, and changes nothing', async () => {
    db = openDatabase(`saved-${n++}`);
    const full = Array.from({ length: SAVED_LIMITS.entries }, (_, i) =>
      makeSavedReference({ id: `K${i}#`, key: `K${i}`, order: i }),
    );
    await db.saved.bulkPut(full);
    await expect(addSaved(db, makeSaveRequest({ key: 'NEW' }))).rejects.toBeInstanceOf(SavedListFullError);
    expect(await db.saved.count()).toBe(SAVED_LIMITS.entries);
    await expect(addSaved(db, makeSaveRequest({ key: 'K7' }))).resolves.toMatchObject({ merged: true });
    await expect(importSaved(db, [makeSavedReference({ id: 'NEW#', key: 'NEW' })], 'merge')).rejects.toBeInstanceOf(
      SavedListFullError,
    );
    expect(await db.saved.get('NEW#')).toBeUndefined();
  });
});

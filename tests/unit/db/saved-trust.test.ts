import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type RenvoiDatabase } from '../../../lib/db/database';
import {
  addSaved,
  importSaved,
  NoteTooLongError,
  removeSaved,
  restoreSaved,
  SavedListFullError,
} from '../../../lib/db/saved';
import { asSavedListError } from '../../../lib/background/saved-handlers';
import { readSaveRequest, readSavedReference } from '../../../lib/references/entry-schema';
import { SAVED_LIMITS } from '../../../lib/references/limits';
import { makeSaveRequest, makeSavedReference } from '../../factories/saved';

let n = 0;
let db: RenvoiDatabase;
afterEach(async () => db?.delete());
const fresh = () => (db = openDatabase(`saved-trust-${n++}`));
const rows = () => db.saved.orderBy('order').toArray();

describe('notes are capped at the merge, with a coded error', () => {
  it('refuses a save whose note would make the merged note too long, and keeps the entry as it was', async () => {
    fresh();
    await addSaved(db, makeSaveRequest({ note: 'a'.repeat(9_990) }), {}, 1);
    const before = await rows();
    const save = addSaved(db, makeSaveRequest({ note: 'b'.repeat(500) }), {}, 2);
    await expect(save).rejects.toBeInstanceOf(NoteTooLongError);
    expect(asSavedListError(await save.catch((e: unknown) => e)).code).toBe('note-too-long');
    expect(await rows()).toEqual(before);
  });

  it('refuses a merge import that would make a note too long, and writes nothing', async () => {
    fresh();
    await importSaved(db, [makeSavedReference({ id: 'A#', key: 'A', note: 'a'.repeat(9_000) })], 'merge');
    const before = await rows();
    const file = [
      makeSavedReference({ id: 'B#', key: 'B' }),
      makeSavedReference({ id: 'A#', key: 'A', note: 'b'.repeat(2_000) }),
    ];
    await expect(importSaved(db, file, 'merge')).rejects.toBeInstanceOf(NoteTooLongError);
    expect(await rows()).toEqual(before);
  });
});

// 5000 rows through fake-indexeddb: a second alone, more when the whole suite runs at once.
describe('restore', { timeout: 30_000 }, () => {
  it('respects the entry limit', async () => {
    fresh();
    await db.saved.bulkPut(
      Array.from({ length: SAVED_LIMITS.entries }, (_, i) =>
        makeSavedReference({ id: `K${i}#`, key: `K${i}`, order: i }),
      ),
    );
    const removed = await removeSaved(db, ['K0#']);
    await addSaved(db, makeSaveRequest({ key: 'NEW' }));
    await expect(restoreSaved(db, removed)).rejects.toBeInstanceOf(SavedListFullError);
    expect(await db.saved.count()).toBe(SAVED_LIMITS.entries);
  });

  it('undoes "Replace my list" exactly, fields it does not know included', async () => {
    fresh();
    await db.saved.bulkPut([
      { ...makeSavedReference({ id: 'A#', key: 'A', order: 0, note: 'mine' }), ...{ tags: ['x'] } },
      { ...makeSavedReference({ id: 'B#', key: 'B', order: 1 }), kind: 'gazette' as never },
    ]);
    const before = await rows();
    const { removed } = await importSaved(db, [makeSavedReference({ id: 'C#', key: 'C' })], 'replace');
    await restoreSaved(db, JSON.parse(JSON.stringify(removed)), { exact: true });
    expect(await rows()).toEqual(before);
  });
});

describe('keys and symbols', () => {
  it.each([
    ['a control character', 'A/RES/\u0000 64/293', 'A/RES/ 64/293'],
    ['a right-to-left override', 'A/RES/\u202e64/293', 'A/RES/64/293'],
    ['isolates and marks', '\u2066A/RES/64/293\u2069\u200f', 'A/RES/64/293'],
  ])('drops %s from a saved key', (_label, key, clean) => {
    expect(readSaveRequest(makeSaveRequest({ key }))).toMatchObject({ ok: true, value: { key: clean } });
  });

  it('drops them from an imported symbol', () => {
    const read = readSavedReference(makeSavedReference({ symbol: 'CTOC/COP/\u202e2010/17' }));
    expect(read).toMatchObject({ ok: true, value: { symbol: 'CTOC/COP/2010/17' } });
  });
});

describe('durability', () => {
  it('commits saved-list writes with strict durability', async () => {
    fresh();
    const durability = await db.transaction('rw', db.saved, async () => {
      await db.saved.put(makeSavedReference());
      return (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability;
    });
    expect(durability).toBe('strict');
  });
});

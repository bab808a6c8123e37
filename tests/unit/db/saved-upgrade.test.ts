import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { addSaved, listSaved } from '../../../lib/db/saved';
import { makeSaveRequest } from '../../factories/saved';

/** Versions 1 and 2 exactly as they shipped. */
function shippedSchema(db: Dexie, upTo: 1 | 2): void {
  db.version(1).stores({
    meetings: 'id, reportSymbol',
    sessions: 'id, reportSymbol',
    instruments: 'id, sessionId',
    items: 'id, parentId, parentItemId',
    themes: 'id',
    citedBy: 'key',
    meta: 'key',
  });
  if (upTo === 2) db.version(2).stores({ themes: 'id, *itemIds', saved: 'id, key, order, savedAt' });
}

describe('saved table schema', () => {
  it('adds the empty saved table to a version 1 database and the list works at once', async () => {
    const name = 'saved-upgrade-v1';
    const v1 = new Dexie(name);
    shippedSchema(v1, 1);
    await v1.open();
    v1.close();
    const db = openDatabase(name);
    expect(await listSaved(db)).toEqual([]);
    await addSaved(db, makeSaveRequest(), {}, 10);
    expect((await listSaved(db)).map((e) => e.id)).toEqual(['CTOC/COP/WG.4/2011/8#']);
    await db.delete();
  });

  it('reads version 2 rows of the shipped minimal shape, keeping every one, and merges new saves into them', async () => {
    const name = 'saved-upgrade-v2';
    const v2 = new Dexie(name);
    shippedSchema(v2, 2);
    await v2.open();
    // Rows as the version 2 row type allowed: id, key, order, savedAt and anything else (here a note, a broken kind).
    await v2.table('saved').bulkPut([
      { id: 'CTOC/COP/WG.4/2011/8#', key: 'CTOC/COP/WG.4/2011/8', order: 1, savedAt: 5, note: 'mine' },
      { id: 'A/RES/64/293#', key: 'A/RES/64/293', order: 0, savedAt: 6, kind: 42 },
    ]);
    v2.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await listSaved(db)).toMatchObject([
      { id: 'A/RES/64/293#', key: 'A/RES/64/293', kind: 'symbol', label: 'A/RES/64/293', note: '', sightings: [] },
      { id: 'CTOC/COP/WG.4/2011/8#', note: 'mine', targets: [], updatedAt: 5 },
    ]);
    const { merged, entry } = await addSaved(db, makeSaveRequest(), {}, 10);
    expect(merged).toBe(true);
    expect(entry).toMatchObject({ note: 'mine', order: 1, sightings: [{ url: 'https://example.org/a.html' }] });
    expect(await db.saved.count()).toBe(2);
    await db.delete();
  });
});

import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { makeItem, makeMeeting, makeTheme } from '../../factories/corpus';

describe('database schema upgrade', () => {
  it('opens a version 1 database with rows, upgrades to the current schema and keeps every row', async () => {
    const name = 'upgrade-test';
    const v1 = new Dexie(name);
    // Version 1 exactly as it shipped.
    v1.version(1).stores({
      meetings: 'id, reportSymbol',
      sessions: 'id, reportSymbol',
      instruments: 'id, sessionId',
      items: 'id, parentId, parentItemId',
      themes: 'id',
      citedBy: 'key',
      meta: 'key',
    });
    await v1.open();
    await v1.table('meetings').put(makeMeeting('IV', { reportSymbol: 'CTOC/COP/WG.4/2011/8' }));
    await v1.table('items').bulkPut([makeItem('IV.45'), makeItem('IV.45.b')]);
    await v1.table('themes').put(makeTheme('formation', ['IV.45.b']));
    await v1.table('meta').put({ key: 'corpusVersion', value: 'old' });
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.meetings.get('IV')).toMatchObject({ reportSymbol: 'CTOC/COP/WG.4/2011/8' });
    expect(await db.items.count()).toBe(2);
    expect(await db.meta.get('corpusVersion')).toEqual({ key: 'corpusVersion', value: 'old' });
    // Version 2's multi-entry index works on the old rows, and the new user table exists, empty.
    expect(await db.themes.where('itemIds').equals('IV.45.b').primaryKeys()).toEqual(['formation']);
    expect(await db.saved.count()).toBe(0);
    await db.delete();
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type RenvoiDatabase } from '../../../lib/db/database';
import { createSeeder, seedCorpus, storedCorpusVersion } from '../../../lib/db/seed';
import { makeCorpus, makeItem } from '../../factories/corpus';

let db: RenvoiDatabase;
let n = 0;
beforeEach(() => {
  db = openDatabase(`seed-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('seedCorpus', () => {
  it('writes every table and the version on first run', async () => {
    const corpus = makeCorpus();
    const result = await seedCorpus(db, corpus);
    expect(result).toMatchObject({ seeded: true, version: 'v1-test' });
    expect(await db.items.count()).toBe(corpus.items.length);
    expect(await db.meetings.count()).toBe(2);
    expect(await db.themes.count()).toBe(2);
    expect(await db.citedBy.get('A/RES/64/293')).toEqual({ key: 'A/RES/64/293', itemIds: ['I.2', '5/2:pp.1'] });
    expect(await storedCorpusVersion(db)).toBe('v1-test');
  });

  it('does nothing when the stored version is current', async () => {
    await seedCorpus(db, makeCorpus());
    await db.items.delete('I.1');
    expect((await seedCorpus(db, makeCorpus())).seeded).toBe(false);
    expect(await db.items.get('I.1')).toBeUndefined();
  });

  it('reseeds on a version change: stale rows go, user data stays', async () => {
    await seedCorpus(db, makeCorpus());
    await db.saved.put({ id: 'A/RES/64/293#', key: 'A/RES/64/293', order: 1, savedAt: 5, note: 'mine' });
    const next = makeCorpus({ version: 'v2-test', items: [makeItem('I.1', { text: 'Nouveau texte.' })] });
    expect((await seedCorpus(db, next)).seeded).toBe(true);
    expect(await db.items.toArray()).toMatchObject([{ id: 'I.1', text: 'Nouveau texte.' }]);
    expect(await db.saved.toArray()).toEqual([
      { id: 'A/RES/64/293#', key: 'A/RES/64/293', order: 1, savedAt: 5, note: 'mine' },
    ]);
    expect(await storedCorpusVersion(db)).toBe('v2-test');
  });

  it('leaves the previous corpus intact when the write fails', async () => {
    await seedCorpus(db, makeCorpus());
    const broken = makeCorpus({ version: 'v3', items: [{ ...makeItem('I.9'), id: undefined as unknown as string }] });
    await expect(seedCorpus(db, broken)).rejects.toThrow();
    expect(await storedCorpusVersion(db)).toBe('v1-test');
    expect(await db.items.count()).toBe(makeCorpus().items.length);
  });
});

describe('createSeeder', () => {
  it('loads and seeds once for concurrent callers', async () => {
    let loads = 0;
    const seeder = createSeeder(db, async () => {
      loads++;
      return makeCorpus();
    });
    const results = await Promise.all([seeder.ensureSeeded(), seeder.ensureSeeded(), seeder.ensureSeeded()]);
    expect(loads).toBe(1);
    expect(results.map((r) => r.seeded)).toEqual([true, true, true]);
    expect(await seeder.ensureSeeded()).toBe(results[0]);
  });

  it('reseeds on demand even when the version is current, keeping user data', async () => {
    const seeder = createSeeder(db, async () => makeCorpus());
    await seeder.ensureSeeded();
    await db.items.delete('I.1');
    await db.saved.put({ id: 'k#', key: 'k', order: 1, savedAt: 1 });
    const result = await seeder.reseed();
    expect(result.seeded).toBe(true);
    expect(await db.items.get('I.1')).toBeDefined();
    expect(await db.saved.count()).toBe(1);
  });

  it('retries after a failed load', async () => {
    let attempt = 0;
    const seeder = createSeeder(db, async () => {
      if (attempt++ === 0) throw new Error('asset missing');
      return makeCorpus();
    });
    await expect(seeder.ensureSeeded()).rejects.toThrow('asset missing');
    await expect(seeder.ensureSeeded()).resolves.toMatchObject({ seeded: true });
  });
});

import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase, type RenvoiDatabase, type SavedReferenceRow } from '../../../lib/db/database';
import { importSaved, listSaved, moveSaved, NoteTooLongError, removeSaved, restoreSaved } from '../../../lib/db/saved';
import { parseImport } from '../../../lib/export/import';
import { toJson } from '../../../lib/export/json';
import { makeSavedReference } from '../../factories/saved';

/**
 * Schema evolution of the saved list: rows as older builds, newer builds or damage leave them (fields missing or of
 * another type, kinds this build does not know, text longer than today's limits, fields it has never heard of) go
 * through every operation that writes the list. Nothing that was stored may be dropped.
 */

let n = 0;
const freshDb = () => openDatabase(`evolution-${n++}`);

type Row = SavedReferenceRow & Record<string, unknown>;

const sighting = fc.record(
  {
    url: fc.oneof(fc.constantFrom('https://un.org/a', 'https://undocs.org/b?x=1', 'http://ngo.example/c'), fc.string()),
    title: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('t'.repeat(1200))),
    context: fc.string({ maxLength: 30 }),
    at: fc.oneof(fc.nat(), fc.constant('yesterday')),
  },
  { requiredKeys: ['url'] },
);

/** Every field a row may have, each optional, with values of today's shape, older shapes and damaged ones. */
const rowFields = fc.record(
  {
    key: fc.oneof(
      fc.constantFrom('CTOC/COP/WG.4/2011/8', 'A/RES/64/293', 'COP decision 4/4', 'A\u202eB/1'),
      fc.integer(),
    ),
    kind: fc.constantFrom('symbol', 'cop-instrument', 'resolution', 'treaty', 'gazette', 'future-kind', 7),
    label: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('L'.repeat(700)), fc.constant(null)),
    pinpoint: fc.oneof(
      fc.constant({ paragraph: 49, subparagraph: 'b' }),
      fc.constant({ paragraph: 3, verse: 2 }),
      fc.constant('para. 4'),
    ),
    targets: fc.oneof(fc.array(fc.constantFrom('IV', 'IV.45.k', '5/2:8.c'), { maxLength: 3 }), fc.constant('IV')),
    sightings: fc.oneof(fc.array(sighting, { maxLength: 3 }), fc.constant({})),
    note: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('n'.repeat(10_500)), fc.integer()),
    savedAt: fc.oneof(fc.nat({ max: 2e12 }), fc.constant(-5)),
    updatedAt: fc.nat({ max: 2e12 }),
    symbol: fc.oneof(fc.constant('CTOC/COP/2010/17'), fc.constant(12)),
    year: fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.constant(1200)),
    // Fields from a newer build.
    tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
    colour: fc.constantFrom('red', 'blue'),
  },
  { requiredKeys: [] },
);

const rows = fc
  .array(rowFields, { minLength: 1, maxLength: 8 })
  .map((list) => list.map((fields, i): Row => ({ ...fields, id: `R${i}#`, order: i * 10 }) as unknown as Row));

async function store(list: Row[]): Promise<RenvoiDatabase> {
  const db = freshDb();
  await db.saved.bulkPut(list);
  return db;
}

const byId = async (db: RenvoiDatabase) =>
  new Map((await db.saved.toArray()).map((row) => [row.id, row as Row] as const));

const withoutOrder = ({ order: _order, ...rest }: Row) => rest;

/** Every field stored before is stored after with the same value (except the ones `except` names). */
function expectKept(before: Row, after: Row | undefined, except: string[] = []) {
  expect(after).toBeDefined();
  for (const [field, value] of Object.entries(before)) {
    if (except.includes(field)) continue;
    expect({ field, value: after![field] }).toEqual({ field, value });
  }
}

const runs = { numRuns: 25 };

// Each property runs a few dozen databases through fake-indexeddb: seconds, not milliseconds.
describe('saved list schema evolution (property)', { timeout: 60_000 }, () => {
  it('lists every stored row, one entry each, without writing anything', async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (list) => {
        const db = await store(list);
        const shown = await listSaved(db);
        expect(shown.map((entry) => entry.id)).toEqual(list.map((row) => row.id));
        expect(await db.saved.toArray()).toEqual(list);
        await db.delete();
      }),
      runs,
    );
  });

  it('a move writes only `order`', async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.nat(), fc.nat(), async (list, pick, to) => {
        const db = await store(list);
        const id = list[pick % list.length]!.id;
        await moveSaved(db, id, to % (list.length + 1));
        const after = await byId(db);
        for (const row of list) expectKept(row, after.get(row.id), ['order']);
        await db.delete();
      }),
      runs,
    );
  });

  it('remove then restore puts back every stored field, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), async (list, picks) => {
        const db = await store(list);
        const ids = [...new Set(picks.map((p) => list[p % list.length]!.id))];
        const removed = await removeSaved(db, ids);
        // The answer travels as a message (structured clone, JSON-like) before it comes back.
        await restoreSaved(db, JSON.parse(JSON.stringify(removed)));
        const after = await byId(db);
        for (const row of list) expectKept(withoutOrder(row) as Row, after.get(row.id));
        expect((await listSaved(db)).map((entry) => entry.id)).toEqual(list.map((row) => row.id));
        await db.delete();
      }),
      runs,
    );
  });

  it('a merge import writes only the merged fields of merged rows, and new rows', async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.nat(), async (list, pick) => {
        const db = await store(list);
        const target = list[pick % list.length]!;
        const incoming = [
          makeSavedReference({ id: target.id, key: 'X', note: 'from the file', targets: ['IV'] }),
          makeSavedReference({ id: 'NEW#', key: 'NEW' }),
        ];
        const before = await db.saved.toArray();
        try {
          await importSaved(db, incoming, 'merge');
        } catch {
          // A merge may be refused (notes too long together): then nothing at all was written.
          expect(await db.saved.toArray()).toEqual(before);
          await db.delete();
          return;
        }
        const after = await byId(db);
        for (const row of list) {
          // What a merge may change: pages, corpus ids, note, times, and facts the row lacked.
          const merged = row.id === target.id ? ['targets', 'sightings', 'note', 'savedAt', 'updatedAt'] : [];
          expectKept(row, after.get(row.id), merged);
        }
        expect(after.get('NEW#')).toMatchObject({ key: 'NEW' });
        await db.delete();
      }),
      runs,
    );
  });

  it('export then import (replace) keeps every field the export carries, kinds included', async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (list) => {
        const db = await store(list);
        const shown = await listSaved(db);
        const parsed = parseImport(toJson(shown, new Date(0)));
        expect(parsed).toMatchObject({ ok: true });
        if (!parsed.ok) return;
        const other = freshDb();
        const identities = new Set(shown.map((s) => `${s.key}|${JSON.stringify(s.pinpoint ?? null)}`));
        try {
          await importSaved(other, parsed.entries, 'replace');
        } catch (error) {
          // Two damaged rows that read as one reference merge; if their notes together are too long, the import is
          // refused with a coded error rather than cutting a note, and writes nothing.
          expect(error).toBeInstanceOf(NoteTooLongError);
          expect(identities.size).toBeLessThan(shown.length);
          expect(await other.saved.count()).toBe(0);
          await db.delete();
          await other.delete();
          return;
        }
        const back = await listSaved(other);
        expect(back.length).toBeLessThanOrEqual(shown.length);
        for (const entry of back) {
          const source = shown.find(
            (s) => s.key === entry.key && JSON.stringify(s.pinpoint) === JSON.stringify(entry.pinpoint),
          );
          expect(source).toBeDefined();
          for (const field of ['kind', 'label', 'pinpoint', 'symbol', 'year'] as const) {
            if (source![field] !== undefined && shown.filter((s) => s.key === entry.key).length === 1) {
              expect({ field, value: entry[field] }).toEqual({ field, value: source![field] });
            }
          }
        }
        // Every stored row that read as an entry came back (rows sharing a key and pinpoint merge into one).
        expect(back.length).toBe(identities.size);
        await db.delete();
        await other.delete();
      }),
      runs,
    );
  });
});

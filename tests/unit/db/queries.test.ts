import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type RenvoiDatabase } from '../../../lib/db/database';
import { isWithin, overlaps } from '../../../corpus/ids';
import { citedBy, getBySymbol, getInstrument, getMeeting } from '../../../lib/db/queries';
import { seedCorpus } from '../../../lib/db/seed';
import { makeCorpus } from '../../factories/corpus';

let db: RenvoiDatabase;
beforeAll(async () => {
  db = openDatabase('queries-test');
  await seedCorpus(db, makeCorpus());
});
afterAll(() => db.delete());

describe('corpus queries', () => {
  it.each([
    ['CTOC/COP/WG.4/2013/5', 'meeting', 'V'],
    [' ctoc/cop/wg.4/2013/5 ', 'meeting', 'V'],
    ['CTOC/COP/2010/17', 'session', 'COP5'],
  ])('getBySymbol(%s) finds the %s', async (symbol, type, id) => {
    const found = await getBySymbol(db, symbol);
    expect(found?.type).toBe(type);
    expect(found && (found.type === 'meeting' ? found.meeting.id : found.session.id)).toBe(id);
  });

  it('getBySymbol of an unknown symbol is null', async () => {
    expect(await getBySymbol(db, 'A/RES/64/293')).toBeNull();
  });

  it('lists a meeting and an instrument with their items in document order', async () => {
    expect((await getMeeting(db, 'I'))?.items.map((i) => i.id)).toEqual(['I.1', 'I.2']);
    const instrument = await getInstrument(db, '5/2');
    expect(instrument?.session?.id).toBe('COP5');
    expect(instrument?.items.map((i) => i.id)).toEqual(['5/2:pp.1', '5/2:8', '5/2:8.c']);
  });

  it('answers cited-by', async () => {
    expect(await citedBy(db, 'A/RES/64/293')).toEqual(['I.2', '5/2:pp.1']);
    expect(await citedBy(db, 'nothing')).toEqual([]);
  });
});

describe('the corpus id grammar read back (corpus/ids.ts)', () => {
  it.each([
    ['IV.45.b', 'IV.45', true],
    ['IV.45', 'IV.45', true],
    ['IV.450', 'IV.45', false],
    ['IV.45', 'IV', true],
    ['5/2:8.c', '5/2', true],
    ['5/2:8', '5/2:8.c', false],
    ['5/20:1', '5/2', false],
  ])('isWithin(%s, %s) = %s', (x, id, expected) => {
    expect(isWithin(x, id)).toBe(expected);
  });

  it.each([
    ['IV.45', 'IV.45.b', true],
    ['IV.45.b', 'IV.45', true],
    ['IV.45.b', 'IV.45.c', false],
  ])('overlaps(%s, %s) = %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
  });
});

import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type RenvoiDatabase } from '../../../lib/db/database';
import {
  citedBy,
  getById,
  getBySymbol,
  getInstrument,
  getMeeting,
  getTheme,
  isWithin,
  themesOf,
} from '../../../lib/db/queries';
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
    ['V.41', 'item'],
    ['V', 'meeting'],
    ['5/2', 'instrument'],
    ['COP5', 'session'],
    ['cooperation', 'theme'],
  ])('getById(%s) is a %s', async (id, type) => {
    expect((await getById(db, id))?.type).toBe(type);
  });

  it('getById of an unknown id is null', async () => {
    expect(await getById(db, 'X.99')).toBeNull();
  });

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

  it('finds the themes of an item, of its parent and of its children', async () => {
    expect((await themesOf(db, '5/2:8.c')).map((t) => t.id)).toEqual(['cooperation']);
    expect((await themesOf(db, '5/2:8')).map((t) => t.id)).toEqual(['cooperation']);
    expect((await themesOf(db, '5/2')).map((t) => t.id)).toEqual(['cooperation']);
    expect((await themesOf(db, 'I.1')).map((t) => t.id)).toEqual(['formation']);
  });

  it('groups a theme by meeting then instrument', async () => {
    const theme = await getTheme(db, 'formation');
    expect(theme?.groups.map((g) => [g.kind, g.groupId, g.items.map((i) => i.id)])).toEqual([
      ['meeting', 'I', ['I.1']],
      ['meeting', 'V', ['V.41']],
    ]);
  });

  it('answers cited-by', async () => {
    expect(await citedBy(db, 'A/RES/64/293')).toEqual(['I.2', '5/2:pp.1']);
    expect(await citedBy(db, 'nothing')).toEqual([]);
  });

  it.each([
    ['IV.45.b', 'IV.45', true],
    ['IV.45', 'IV.45', true],
    ['IV.450', 'IV.45', false],
    ['5/2:8.c', '5/2', true],
    ['5/2:8', '5/2:8.c', false],
  ])('isWithin(%s, %s) = %s', (x, id, expected) => {
    expect(isWithin(x, id)).toBe(expected);
  });
});

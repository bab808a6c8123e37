import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCardsHandlers } from '../../../lib/background/cards-handlers';
import { createHandlers } from '../../../lib/background/handlers';
import { createResolverData } from '../../../lib/citations';
import { resolverFromWire } from '../../../lib/cards/resolver-wire';
import type { CardData } from '../../../lib/cards/card-data';
import type { Message } from '../../../lib/messaging/protocol';
import { dispatch } from '../../../lib/messaging/server';
import { makeCorpus, makeItem } from '../../factories/corpus';
import { makeServices } from '../../factories/services';
import { EXTENSION_SENDER, type SenderInfo } from '../../../lib/messaging/sender';

const sender: SenderInfo = {
  ...EXTENSION_SENDER,
  from: 'content',
  tabId: 3,
  frameId: 0,
  url: 'https://example.org/',
};

/** A corpus with citing items: I.2 cites the 2013 report, 5/2:pp.1 cites a GA resolution and TIP art. 6. */
const corpus = makeCorpus({
  citedBy: {
    'A/RES/64/293': ['I.2', '5/2:pp.1'],
    'CTOC/COP/WG.4/2013/5': ['I.2'],
    'TIP Protocol art. 6': ['5/2:pp.1', 'missing-item'],
  },
});

async function cardsFor(keys: string[]): Promise<Record<string, CardData>> {
  const reply = await dispatch(createHandlers(makeServices(corpus)), { type: 'cards/for-keys', keys }, sender);
  if (!reply.ok) throw new Error(reply.error);
  return (reply.value as { cards: Record<string, CardData> }).cards;
}

describe('cards/for-keys', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [
      'CTOC/COP/WG.4/2013/5',
      { type: 'meeting', meeting: { id: 'V' }, citedBy: [{ id: 'I.2', parentId: 'I', parentKind: 'meeting' }] },
    ],
    ['ctoc/cop/wg.4/2009/2', { type: 'meeting', meeting: { id: 'I' } }],
    ['CTOC/COP/2010/17', { type: 'session', session: { id: 'COP5' }, instruments: [{ instrument: { id: '5/2' } }] }],
    ['COP resolution 5/2', { type: 'instrument', instrument: { id: '5/2' }, session: { id: 'COP5' } }],
    // Not in the corpus, but its session is: linked to that session's report.
    ['COP decision 5/1', { type: 'external', reportSymbol: 'CTOC/COP/2010/17', citedBy: [] }],
    ['COP decision 4/1', { type: 'external', reportSymbol: null }],
    ['A/RES/64/293', { type: 'external', reportSymbol: null, citedBy: [{ id: 'I.2' }, { id: '5/2:pp.1' }] }],
    [
      'TIP Protocol art. 6',
      {
        type: 'treaty',
        title: { en: 'Assistance to and protection of victims of trafficking in persons' },
        citedBy: [{ id: '5/2:pp.1', kind: 'preambular', parentId: '5/2', parentKind: 'resolution' }],
      },
    ],
    ['UNTOC art. 99', { type: 'treaty', title: null, citedBy: [] }],
    ['nonsense <script>', { type: 'external', reportSymbol: null, citedBy: [] }],
  ])('answers %s', async (key, expected) => {
    const cards = await cardsFor([key]);
    expect(cards[key]).toMatchObject(expected);
  });

  it('lists every item of a meeting and the themes that cover them, with their items', async () => {
    const cards = await cardsFor(['CTOC/COP/WG.4/2009/2']);
    const card = cards['CTOC/COP/WG.4/2009/2'];
    expect(card?.type).toBe('meeting');
    if (card?.type !== 'meeting') return;
    expect(card.items.map((i) => i.id)).toEqual(['I.1', 'I.2']);
    expect(card.themes).toEqual([
      { id: 'cooperation', name: 'cooperation', itemIds: ['I.2'] },
      { id: 'formation', name: 'formation', itemIds: ['I.1'] },
    ]);
  });

  it('answers a batch, each key once', async () => {
    const cards = await cardsFor(['COP resolution 5/2', 'A/RES/64/293', 'COP resolution 5/2']);
    expect(Object.keys(cards).sort()).toEqual(['A/RES/64/293', 'COP resolution 5/2']);
  });

  it.each([
    [{ type: 'cards/for-keys' }],
    [{ type: 'cards/for-keys', keys: 'A/RES/64/293' }],
    [{ type: 'cards/for-keys', keys: [''] }],
    [{ type: 'cards/for-keys', keys: ['x'.repeat(300)] }],
    [{ type: 'cards/for-keys', keys: Array.from({ length: 501 }, (_, i) => `K${i}`) }],
    [{ type: 'cards/open-search', query: '' }],
    [{ type: 'cards/open-search', query: 3 }],
  ])('refuses malformed %j', async (message) => {
    const reply = await dispatch(createHandlers(makeServices(corpus)), message, sender);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/"(keys|query)"/) });
  });
});

describe('cards/resolver-data', () => {
  it('answers the engine data of the seeded corpus', async () => {
    const reply = await dispatch(createHandlers(makeServices(corpus)), { type: 'cards/resolver-data' }, sender);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const rebuilt = resolverFromWire(reply.value as Parameters<typeof resolverFromWire>[0]);
    expect(rebuilt).toEqual(createResolverData(corpus));
  });

  it('follows a reseeded corpus', async () => {
    const services = makeServices(corpus);
    let version = 'v1';
    const handlers = createCardsHandlers({
      ...services,
      seeder: { ...services.seeder, ensureSeeded: async () => ({ seeded: false, version, ms: 0 }) },
    });
    await services.seeder.ensureSeeded();
    // `Record<string, never>` payloads cannot carry `type` in the type system; the runtime message does.
    const ask = { type: 'cards/resolver-data' } as unknown as Message<'cards/resolver-data'>;
    const first = await handlers['cards/resolver-data'](ask, sender);
    await services.db.items.put(makeItem('I.3'));
    expect((await handlers['cards/resolver-data'](ask, sender)).itemIds).toEqual(first.itemIds);
    version = 'v2';
    expect((await handlers['cards/resolver-data'](ask, sender)).itemIds).toContain('I.3');
  });
});

describe('cards/open-search', () => {
  it('hands the query to the opener', async () => {
    const open = vi.fn(async () => 'tab' as const);
    const handlers = createCardsHandlers(makeServices(corpus), open);
    const reply = await handlers['cards/open-search']({ type: 'cards/open-search', query: 'COP decision 4/4' }, sender);
    expect(reply).toEqual({ opened: 'tab' });
    expect(open).toHaveBeenCalledWith('COP decision 4/4');
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { dispatch } from '../../../lib/messaging/server';
import { makeServices } from '../../factories/services';
import { EXTENSION_SENDER } from '../../../lib/messaging/sender';

const sender = EXTENSION_SENDER;

describe('corpus messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('seeds on demand when a card query arrives before the install event', async () => {
    const services = makeServices();
    expect(await services.db.items.count()).toBe(0);
    const reply = await dispatch(
      createHandlers(services),
      { type: 'cards/for-keys', keys: ['CTOC/COP/WG.4/2013/5'] },
      sender,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { cards: { 'CTOC/COP/WG.4/2013/5': { type: 'meeting', meeting: { id: 'V', paragraphOffset: 4 } } } },
    });
    expect(await services.db.items.count()).toBeGreaterThan(0);
  });

  it.each([
    [{ type: 'corpus/status' }, { version: 'v1-test', items: 6 }],
    [{ type: 'corpus/reseed' }, { version: 'v1-test', items: 6 }],
  ])('%o answers', async (message, expected) => {
    const reply = await dispatch(createHandlers(makeServices()), message, sender);
    expect(reply).toMatchObject({ ok: true, value: expected });
  });

  it.each([
    [{ type: 'cards/for-keys' }, /"keys"/],
    [{ type: 'cards/for-keys', keys: [''] }, /"keys"/],
    [{ type: 'cards/for-keys', keys: [12] }, /"keys"/],
    [{ type: 'cards/open-search', query: 'x'.repeat(300) }, /"query"/],
    // The corpus look-ups no page ever sent are gone from the protocol.
    [{ type: 'corpus/get', id: 'I.1' }, /Unknown/i],
  ])('refuses malformed %o', async (message, error) => {
    const reply = await dispatch(createHandlers(makeServices()), message, sender);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it('reports a seeding failure as an error answer', async () => {
    const services = makeServices();
    const handlers = createHandlers({
      ...services,
      seeder: {
        ensureSeeded: () => Promise.reject(new Error('The bundled corpus is missing (404)')),
        reseed: () => Promise.reject(new Error('unused')),
        reset() {},
      },
    });
    expect(await dispatch(handlers, { type: 'corpus/status' }, sender)).toEqual({
      ok: false,
      error: 'The bundled corpus is missing (404)',
    });
  });
});

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

  it('seeds on demand when a query arrives before the install event', async () => {
    const services = makeServices();
    expect(await services.db.items.count()).toBe(0);
    const reply = await dispatch(
      createHandlers(services),
      { type: 'corpus/by-symbol', symbol: 'ctoc/cop/wg.4/2013/5' },
      sender,
    );
    expect(reply).toMatchObject({ ok: true, value: { type: 'meeting', meeting: { id: 'V', paragraphOffset: 4 } } });
    expect(await services.db.items.count()).toBeGreaterThan(0);
  });

  it.each([
    [
      { type: 'corpus/get', id: '5/2:8.c' },
      { type: 'item', item: { id: '5/2:8.c' } },
    ],
    [{ type: 'corpus/get', id: 'nope' }, null],
    [
      { type: 'corpus/instrument', id: '5/2' },
      { instrument: { id: '5/2' }, session: { id: 'COP5' } },
    ],
    [{ type: 'corpus/meeting', id: 'I' }, { meeting: { id: 'I' } }],
    [{ type: 'corpus/theme', id: 'formation' }, { theme: { id: 'formation' } }],
    [{ type: 'corpus/themes-of', id: '5/2:8' }, [{ id: 'cooperation' }]],
    [{ type: 'corpus/cited-by', key: 'A/RES/64/293' }, ['I.2', '5/2:pp.1']],
    [{ type: 'corpus/status' }, { version: 'v1-test', items: 6 }],
  ])('%o answers', async (message, expected) => {
    const reply = await dispatch(createHandlers(makeServices()), message, sender);
    expect(reply).toMatchObject({ ok: true, value: expected });
  });

  it.each([
    [{ type: 'corpus/get' }, /"id"/],
    [{ type: 'corpus/get', id: '' }, /"id"/],
    [{ type: 'corpus/get', id: 12 }, /"id"/],
    [{ type: 'corpus/by-symbol', symbol: 'x'.repeat(300) }, /"symbol"/],
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
    expect(await dispatch(handlers, { type: 'corpus/get', id: 'I.1' }, sender)).toEqual({
      ok: false,
      error: 'The bundled corpus is missing (404)',
    });
  });
});

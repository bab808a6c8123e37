import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { asSavedListError, createSavedHandlers } from '../../../lib/background/saved-handlers';
import { listSaved, SavedListFullError } from '../../../lib/db/saved';
import { dispatch, type Handlers } from '../../../lib/messaging/server';
import { parseSavedError } from '../../../lib/messaging/saved-errors';
import { makeServices } from '../../factories/services';
import { makeSaveRequest } from '../../factories/saved';
import { EXTENSION_SENDER } from '../../../lib/messaging/sender';

// The popup or saved.html: an extension page, trusted with the whole payload.
const sender = { ...EXTENSION_SENDER, url: 'chrome-extension://renvoi/popup.html' };

describe('saved/add', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates an entry with the page, and merges a second save of the same key and pinpoint', async () => {
    const services = makeServices();
    const handlers = createHandlers(services);
    const pinpoint = { paragraph: 49, subparagraph: 'b' };
    const first = await dispatch(handlers, { type: 'saved/add', ...makeSaveRequest({ pinpoint }) }, sender);
    expect(first).toMatchObject({
      ok: true,
      value: { merged: false, entry: { id: 'CTOC/COP/WG.4/2011/8#para=49;sub=b', order: 0, year: 2011 } },
    });
    const second = await dispatch(
      handlers,
      {
        type: 'saved/add',
        ...makeSaveRequest({
          // Same pinpoint, fields in another order: same identity.
          pinpoint: { subparagraph: 'b', paragraph: 49 },
          sighting: { url: 'https://example.org/b.html', title: 'Page B', context: 'Elsewhere.' },
        }),
      },
      sender,
    );
    expect(second).toMatchObject({ ok: true, value: { merged: true } });
    const [entry, ...rest] = await listSaved(services.db);
    expect(rest).toEqual([]);
    expect(entry?.sightings.map((s) => s.url)).toEqual(['https://example.org/a.html', 'https://example.org/b.html']);
  });

  it('lands both saves sent from two tabs at the same moment', async () => {
    const services = makeServices();
    const handlers = createHandlers(services);
    const replies = await Promise.all(
      ['A/RES/64/293', 'S/RES/2331(2016)', 'A/RES/64/293'].map((key) =>
        dispatch(handlers, { type: 'saved/add', ...makeSaveRequest({ key, kind: 'resolution' }) }, sender),
      ),
    );
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const entries = await listSaved(services.db);
    expect(entries.map((e) => [e.key, e.order])).toEqual([
      ['A/RES/64/293', 0],
      ['S/RES/2331(2016)', 1],
    ]);
  });

  it('fills a label and the session report of a COP instrument from the corpus', async () => {
    const services = makeServices();
    const reply = await dispatch(
      createHandlers(services),
      { type: 'saved/add', key: 'COP resolution 5/2', kind: 'cop-instrument', label: '', targets: ['5/2'] },
      sender,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: {
        entry: {
          label: 'Conference of the Parties resolution 5/2, 2010 (CTOC/COP/2010/17)',
          symbol: 'CTOC/COP/2010/17',
          year: 2010,
          sightings: [],
        },
      },
    });
  });

  it.each([
    [{ key: '' }, /save\.key/],
    [{ kind: 'novel' }, /save\.kind/],
    [{ pinpoint: { paragraph: -1 } }, /save\.pinpoint\.paragraph/],
    [{ pinpoint: { verse: 3 } }, /save\.pinpoint\.verse/],
    [{ targets: 'IV' }, /save\.targets/],
    [{ sighting: { url: 'javascript:alert(1)', title: '', context: '' } }, /save\.sighting\.url/],
    [{ label: 'x'.repeat(501) }, /save\.label/],
  ])('refuses %o and saves nothing', async (change, error) => {
    const services = makeServices();
    const reply = await dispatch(
      createHandlers(services),
      { type: 'saved/add', ...makeSaveRequest(), ...change },
      sender,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await services.db.saved.count()).toBe(0);
  });

  it('keeps script-like text as inert plain text', async () => {
    const services = makeServices();
    const label = '<script>alert(1)</script>';
    await dispatch(createHandlers(services), { type: 'saved/add', ...makeSaveRequest({ label }) }, sender);
    expect((await listSaved(services.db))[0]?.label).toBe(label);
  });

  it('reports a storage failure as a coded error and keeps what was saved', async () => {
    const services = makeServices();
    const handlers = createHandlers(services);
    await dispatch(handlers, { type: 'saved/add', ...makeSaveRequest() }, sender);
    const quota = Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
    const failing: Handlers = {
      ...handlers,
      ...createSavedHandlers({
        ...services,
        db: Object.assign(Object.create(services.db), { transaction: () => Promise.reject(quota) }),
      }),
    };
    const reply = await dispatch(failing, { type: 'saved/add', ...makeSaveRequest({ key: 'A/RES/64/293' }) }, sender);
    expect(reply.ok).toBe(false);
    expect(parseSavedError(reply.ok ? '' : reply.error)).toEqual({ code: 'quota', detail: 'disk full' });
    expect((await listSaved(services.db)).map((e) => e.key)).toEqual(['CTOC/COP/WG.4/2011/8']);
  });
});

describe('asSavedListError', () => {
  it.each([
    [Object.assign(new Error('q'), { name: 'QuotaExceededError' }), 'quota'],
    [Object.assign(new Error('w'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }), 'quota'],
    [Object.assign(new Error('c'), { name: 'DatabaseClosedError' }), 'blocked'],
    [Object.assign(new Error('o'), { name: 'OpenFailedError' }), 'blocked'],
    [new SavedListFullError(5000), 'full'],
    [new Error('other'), 'storage'],
    ['a string', 'storage'],
  ])('%o is a %s error', (error, code) => {
    expect(asSavedListError(error).code).toBe(code);
  });
});

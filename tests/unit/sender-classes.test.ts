import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../lib/background/handlers';
import { listSaved } from '../../lib/db/saved';
import type { Message, MessageType } from '../../lib/messaging/protocol';
import {
  classifySender,
  CONTENT_SCRIPT_TYPES,
  EXTENSION_SENDER,
  type SenderFacts,
  type SenderInfo,
} from '../../lib/messaging/sender';
import { dispatch, listenForMessages } from '../../lib/messaging/server';
import { messageTypes } from '../../lib/messaging/validate';
import { makeSaveRequest, makeSavedReference } from '../factories/saved';
import { makeServices } from '../factories/services';

const self = { id: 'renvoi-id', baseUrl: 'chrome-extension://renvoi-id/' };

/** A content script in a web page's tab, as Chrome describes it. */
const contentSender: SenderInfo = {
  from: 'content',
  tabId: 4,
  frameId: 0,
  url: 'https://news.example/article?id=1',
  tabUrl: 'https://news.example/article?id=1',
  tabTitle: 'An article',
};

const entry = (key: string, order: number) => makeSavedReference({ key, order, note: `note of ${key}` });

/** A message whose payload is empty (`Record<string, never>` cannot carry `type` in the type system). */
const message = <T extends MessageType>(type: T) => ({ type }) as unknown as Message<T>;

/** One valid message of every type: the record makes a new type in the protocol a compile error here. */
const samples: { [T in MessageType]: Message<T> } = {
  ping: message('ping'),
  'content/hello': { type: 'content/hello', url: 'https://news.example/', frame: 'top' },
  'corpus/status': message('corpus/status'),
  'corpus/reseed': message('corpus/reseed'),
  'cards/for-keys': { type: 'cards/for-keys', keys: ['CTOC/COP/WG.4/2011/8'] },
  'cards/resolver-data': message('cards/resolver-data'),
  'cards/open-search': { type: 'cards/open-search', query: 'COP decision 4/4' },
  'saved/add': { type: 'saved/add', ...makeSaveRequest({ key: 'A/RES/55/25', kind: 'resolution' }) },
  'saved/update-note': { type: 'saved/update-note', id: 'A#', note: 'overwritten' },
  'saved/move': { type: 'saved/move', id: 'B#', toIndex: 0 },
  'saved/remove': { type: 'saved/remove', ids: ['A#'] },
  'saved/restore': { type: 'saved/restore', entries: [entry('C', 2)] },
  'saved/clear': message('saved/clear'),
  'saved/import': { type: 'saved/import', entries: [entry('D', 0)], mode: 'replace' },
  'pdf/detected': { type: 'pdf/detected', url: 'https://documents.un.org/doc.pdf', frame: 'top' },
  'pdf/in-tab': { type: 'pdf/in-tab', tabId: 4 },
  'pdf/open-original': { type: 'pdf/open-original', url: 'https://documents.un.org/doc.pdf' },
};

const privileged = messageTypes.filter((type) => !CONTENT_SCRIPT_TYPES.has(type));

describe('message sender classes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lets content scripts send only what the hover card needs', () => {
    expect([...CONTENT_SCRIPT_TYPES].sort()).toEqual(
      [
        'cards/for-keys',
        'cards/open-search',
        'cards/resolver-data',
        'content/hello',
        'ping',
        'saved/add',
        'pdf/detected',
      ].sort(),
    );
    expect(Object.keys(samples).sort()).toEqual([...messageTypes].sort());
  });

  it.each(privileged)('refuses "%s" from a content script and leaves the list unchanged', async (type) => {
    const services = makeServices();
    await services.db.saved.bulkPut([entry('A', 0), entry('B', 1)]);
    await services.seeder.ensureSeeded();
    const before = await listSaved(services.db);
    const corpusBefore = await services.db.meta.toArray();
    const reply = await dispatch(createHandlers(services), samples[type], contentSender);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^renvoi-forbidden: "${type}"`)) });
    expect(await listSaved(services.db)).toEqual(before);
    expect(await services.db.meta.toArray()).toEqual(corpusBefore);
  });

  // "pdf/open-original" is answered to the reader in a tab only, not to the popup (tests/unit/pdf-route/pdf-routing.test.ts).
  it.each(privileged.filter((type) => type !== 'pdf/open-original'))(
    'answers "%s" from an extension page',
    async (type) => {
      const services = makeServices();
      await services.db.saved.bulkPut([entry('A', 0), entry('B', 1)]);
      const reply = await dispatch(createHandlers(services), samples[type], {
        ...EXTENSION_SENDER,
        url: 'chrome-extension://renvoi-id/popup.html',
      });
      expect(reply).toMatchObject({ ok: true });
    },
  );

  it('takes the page of a content script’s save from the browser, not from the payload', async () => {
    const services = makeServices();
    const planted = makeSaveRequest({
      sighting: { url: 'https://phishing.example/login', title: 'Your bank', context: 'See the report.' },
      note: 'planted note',
    });
    const reply = await dispatch(createHandlers(services), { type: 'saved/add', ...planted }, contentSender);
    expect(reply).toMatchObject({ ok: true });
    const [saved] = await listSaved(services.db);
    expect(saved?.sightings).toEqual([
      {
        url: 'https://news.example/article?id=1',
        title: 'An article',
        context: 'See the report.',
        at: expect.any(Number),
      },
    ]);
    expect(saved?.note).toBe('');
  });

  it.each([
    ['a top frame: the content script’s title', 0, 'Le titre de la page'],
    ['a sub-frame: no title', 2, ''],
  ])(
    'takes the title from the content script when the browser gives a tab without address and title (Firefox), for %s',
    async (_, frameId, title) => {
      const services = makeServices();
      // Firefox without the `tabs` permission: the sender's own URL, a tab id, no tab URL or title.
      const sender = { ...contentSender, frameId, tabUrl: null, tabTitle: null };
      const save = makeSaveRequest({
        sighting: { url: 'https://phishing.example/', title: 'Le titre de la page', context: 'See the report.' },
      });
      await dispatch(createHandlers(services), { type: 'saved/add', ...save }, sender);
      expect((await listSaved(services.db))[0]?.sightings).toEqual([
        { url: 'https://news.example/article?id=1', title, context: 'See the report.', at: expect.any(Number) },
      ]);
    },
  );

  it('saves without a page when the browser gives no web address for the sender', async () => {
    const services = makeServices();
    const sender = { ...contentSender, url: 'about:blank', tabUrl: null };
    await dispatch(createHandlers(services), { type: 'saved/add', ...makeSaveRequest() }, sender);
    expect((await listSaved(services.db))[0]?.sightings).toEqual([]);
  });
});

describe('classifySender', () => {
  const tab = { id: 9, url: 'https://news.example/a', title: 'A' };
  it.each<[string, SenderFacts, SenderInfo['from'] | null]>([
    [
      'a Chrome extension page',
      { id: 'renvoi-id', url: 'chrome-extension://renvoi-id/popup.html', origin: 'chrome-extension://renvoi-id' },
      'extension',
    ],
    [
      'popup.html opened in a tab',
      {
        id: 'renvoi-id',
        url: 'chrome-extension://renvoi-id/popup.html?q=x',
        origin: 'chrome-extension://renvoi-id',
        tab: { id: 3 },
        frameId: 0,
      },
      'extension',
    ],
    [
      'a Firefox extension page (no origin)',
      { id: 'renvoi-id', url: 'chrome-extension://renvoi-id/saved.html' },
      'extension',
    ],
    [
      'a Chrome content script',
      { id: 'renvoi-id', url: 'https://news.example/a', origin: 'https://news.example', tab, frameId: 0 },
      'content',
    ],
    [
      'a Firefox content script in a frame',
      { id: 'renvoi-id', url: 'https://ads.example/f', tab, frameId: 5 },
      'content',
    ],
    [
      'an about:blank frame',
      { id: 'renvoi-id', url: 'about:blank', origin: 'https://news.example', tab, frameId: 2 },
      'content',
    ],
    [
      'an extension URL from another origin',
      { id: 'renvoi-id', url: 'chrome-extension://renvoi-id/popup.html', origin: 'https://evil.example', tab },
      'content',
    ],
    ['a look-alike URL', { id: 'renvoi-id', url: 'chrome-extension://renvoi-id.evil/popup.html', tab }, 'content'],
    ['a sender the browser said nothing about (fake browser)', {}, 'content'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, null],
  ])('%s', (_label, facts, expected) => {
    expect(classifySender(facts, self)?.from ?? null).toBe(expected);
  });

  it('reports the tab address and title for content scripts only', () => {
    expect(classifySender({ id: 'renvoi-id', url: 'https://ads.example/f', tab, frameId: 5 }, self)).toEqual({
      from: 'content',
      tabId: 9,
      frameId: 5,
      url: 'https://ads.example/f',
      tabUrl: 'https://news.example/a',
      tabTitle: 'A',
    });
  });

  it('refuses privileged messages sent through the installed listener (WXT fake browser)', async () => {
    const services = makeServices();
    await services.db.saved.bulkPut([entry('A', 0)]);
    listenForMessages(createHandlers(services));
    expect(await fakeBrowser.runtime.sendMessage({ type: 'saved/clear' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^renvoi-forbidden: "saved\/clear"/),
    });
    expect(await services.db.saved.count()).toBe(1);
    expect(
      await fakeBrowser.runtime.sendMessage({ type: 'cards/for-keys', keys: ['CTOC/COP/WG.4/2011/8'] }),
    ).toMatchObject({
      ok: true,
    });
  });
});

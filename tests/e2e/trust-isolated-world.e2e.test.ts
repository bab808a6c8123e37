import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inServiceWorker, startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';
import { LIMIT, MAX_CARD_KEYS_PER_PAGE } from '../../lib/background/request-caps';
import type { MessageType } from '../../lib/messaging/protocol';
import { CONTENT_SCRIPT_TYPES, FORBIDDEN } from '../../lib/messaging/sender';
import { messageTypes } from '../../lib/messaging/validate';
import { DEFAULT_SETTINGS } from '../../lib/settings/values';
import { markOf } from './hover-cards-helpers';
import { eventually } from './cross/helpers';

/**
 * What a renderer exploit, or a bug in the content script, gets: code running in Renvoi's content-script world of
 * a web page, with its `chrome.runtime` and `chrome.storage`. The DevTools protocol lets the test run code exactly
 * there (the audit's M1 probe): `Runtime.enable` reports every execution context of the page, and the content
 * script's is the "isolated" one whose origin is Renvoi's. From there, every message type the background keeps for
 * its own pages must be refused with the coded error and change nothing; the settings written there are put back.
 */

type Payloads = { [T in MessageType]?: (entry: SavedEntry) => Record<string, unknown> };
interface SavedEntry {
  id: string;
  key: string;
  [field: string]: unknown;
}

/**
 * A valid payload for every privileged type (the refusal must come from the sender's class, not from validation).
 * A type added to the protocol and not to the content script's list fails the test until it has a payload here.
 */
const PRIVILEGED: Payloads = {
  'corpus/status': () => ({}),
  'corpus/reseed': () => ({}),
  'saved/update-note': (entry) => ({ id: entry.id, note: 'planted by the page' }),
  'saved/move': (entry) => ({ id: entry.id, toIndex: 0 }),
  'saved/remove': (entry) => ({ ids: [entry.id] }),
  'saved/restore': (entry) => ({ entries: [{ ...entry, note: 'restored by the page' }], exact: true }),
  'saved/clear': () => ({}),
  'saved/import': (entry) => ({
    entries: [{ ...entry, id: 'S/RES/1#', key: 'S/RES/1', label: 'Planted', order: 0 }],
    mode: 'replace',
  }),
  'pdf/in-tab': () => ({ tabId: 1 }),
  'pdf/open-original': () => ({ url: 'https://attacker.example/doc.pdf' }),
};

const privilegedTypes = messageTypes.filter((type) => !CONTENT_SCRIPT_TYPES.has(type));

/** The saved list as stored, straight from IndexedDB in the service worker. */
const storedList = (browser: BrowserFixture) =>
  inServiceWorker(
    browser.session,
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('renvoi');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('saved').objectStore('saved').getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        };
      }),
    null,
  );

const storedSettings = (browser: BrowserFixture) =>
  inServiceWorker(browser.session, async () => (await chrome.storage.local.get('settings')).settings ?? null, null);

/** Runs `expression` (a promise) in Renvoi's content-script world of the page's top frame, and answers its value. */
async function inContentWorld(page: Page, extensionId: string): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling reports the contexts that already exist, the content script's among them.
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = () =>
    contexts.find(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.auxData.frameId === frameTree.frame.id &&
        c.origin === `chrome-extension://${extensionId}`,
    );
  await eventually(() => world()?.id ?? null).not.toBeNull();
  const contextId = world()!.id;
  return async (expression) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`In the content script's world: ${exceptionDetails.text}`);
    return result.value as unknown;
  };
}

describe("privileged messages from the content script's own world are refused (Chromium, DevTools protocol)", () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  it('has a payload for every type a content script may not send', () => {
    expect(privilegedTypes.length).toBeGreaterThan(0);
    expect(privilegedTypes.filter((type) => !PRIVILEGED[type])).toEqual([]);
  });

  it('refuses each one with the coded error, and the saved list and the settings stay as they were', async () => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url('/hostile-script.html'));
    await markOf(page, 'décision 4/4');
    const run = await inContentWorld(page, browser.session.extensionId);
    const send = (message: Record<string, unknown>) =>
      run(`chrome.runtime.sendMessage(${JSON.stringify(message)})`) as Promise<{
        ok: boolean;
        error?: string;
        value?: { entry: SavedEntry };
      }>;

    // What the content script may do, it can: one save (this proves the world is Renvoi's and answered).
    const saved = await send({
      type: 'saved/add',
      key: 'COP decision 4/4',
      kind: 'cop-instrument',
      label: 'COP decision 4/4',
      targets: [],
      sighting: { url: 'https://attacker.example/planted', title: 'Planted', context: 'planted' },
    });
    expect(saved.ok).toBe(true);
    const entry = saved.value!.entry;
    // The sighting is the page the content script runs in, not the one its payload named.
    expect(entry.sightings).toEqual([
      expect.objectContaining({ url: expect.stringContaining('/hostile-script.html') }),
    ]);
    const listBefore = await storedList(browser);
    expect(listBefore).toHaveLength(1);

    for (const type of privilegedTypes) {
      const reply = await send({ type, ...PRIVILEGED[type]!(entry) });
      expect({ type, reply }).toEqual({ type, reply: { ok: false, error: expect.stringContaining(FORBIDDEN) } });
    }
    expect(await storedList(browser)).toEqual(listBefore);
    expect(page.url()).toContain('/hostile-script.html');

    // Settings: the content script can write storage.local; the background puts Renvoi's own copy back.
    // The reader's own choice first, written as Renvoi's pages write it (trusted copy, then storage.local).
    const mine = { ...DEFAULT_SETTINGS, dwellMs: 450 };
    await inServiceWorker(
      browser.session,
      async (settings) => {
        await chrome.storage.session.set({ trustedSettings: settings });
        await chrome.storage.local.set({ settings });
      },
      mine,
    );
    const settingsBefore = await storedSettings(browser);
    expect(settingsBefore).toEqual(mine);
    await run(`chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({
      settings: { ...settings, enabled: true, documentBaseUrl: 'https://attacker.example/leak?doc=' },
    }))`);
    await eventually(async () => JSON.stringify(await storedSettings(browser))).toBe(JSON.stringify(settingsBefore));
    expect(await run(`chrome.storage.local.get('settings').then(({ settings }) => settings.documentBaseUrl)`)).toBe(
      'https://undocs.org/',
    );
    await page.close();
  });
  it(`caps a page's card-data requests at ${MAX_CARD_KEYS_PER_PAGE} different keys, with the coded error`, async () => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url('/hostile-script.html'));
    await markOf(page, 'décision 4/4');
    const run = await inContentWorld(page, browser.session.extensionId);
    // What a page that keeps making up citations (or a compromised content script) would send: new keys each time,
    // in batches the protocol accepts. The page's own keys were asked for first, so the cap is reached a little early.
    const replies = (await run(`(async () => {
      const replies = [];
      for (let batch = 0; batch < ${MAX_CARD_KEYS_PER_PAGE / 500 + 1}; batch++) {
        const keys = Array.from({ length: 500 }, (_, i) => 'X/' + (batch * 500 + i));
        const reply = await chrome.runtime.sendMessage({ type: 'cards/for-keys', keys });
        replies.push(reply.ok ? 'ok' : reply.error);
      }
      return replies;
    })()`)) as string[];
    expect(replies.slice(0, MAX_CARD_KEYS_PER_PAGE / 500 - 1)).toEqual(
      Array(MAX_CARD_KEYS_PER_PAGE / 500 - 1).fill('ok'),
    );
    expect(replies.at(-1)).toMatch(new RegExp(`^${LIMIT}: .*${MAX_CARD_KEYS_PER_PAGE} different citations`));
    // The page's own citations are still served (keys it already had).
    expect(
      await run(`chrome.runtime.sendMessage({ type: 'cards/for-keys', keys: ['COP decision 4/4'] }).then((r) => r.ok)`),
    ).toBe(true);
    await page.close();
  });
});

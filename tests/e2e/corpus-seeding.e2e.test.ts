import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inServiceWorker, startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';

type Reply = { ok: boolean; value?: unknown; error?: string };

/** Sends a protocol message from an extension page, as the popup does, and returns the raw reply. */
async function ask(browser: BrowserFixture, message: Record<string, unknown>): Promise<Reply> {
  const page = await browser.session.openExtensionPage('popup.html');
  try {
    return (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Reply;
  } finally {
    await page.close();
  }
}

describe('corpus in the extension database', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => browser?.close());

  it('is seeded by the service worker after install', async () => {
    const counts = async () =>
      inServiceWorker(
        browser.session,
        () =>
          new Promise<{ items: number; meetings: number; version: unknown }>((resolve, reject) => {
            const empty = { items: 0, meetings: 0, version: null };
            const open = indexedDB.open('renvoi');
            // Never create the database from the test: that would race the extension's own schema upgrade.
            open.onupgradeneeded = () => open.transaction?.abort();
            open.onerror = () => resolve(empty);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('items')) {
                db.close();
                return resolve(empty);
              }
              const tx = db.transaction(['items', 'meetings', 'meta']);
              const items = tx.objectStore('items').count();
              const meetings = tx.objectStore('meetings').count();
              const version = tx.objectStore('meta').get('corpusVersion');
              tx.oncomplete = () => {
                db.close();
                resolve({ items: items.result, meetings: meetings.result, version: version.result });
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        null,
      );
    await expect
      .poll(counts, { timeout: 15_000 })
      .toMatchObject({ meetings: 9, version: { value: expect.any(String) } });
    expect((await counts()).items).toBeGreaterThan(300);
  });

  /** The hover card's data for one key, as a page asks it: the seeded corpus seen through the message protocol. */
  const card = async (key: string) => {
    const reply = await ask(browser, { type: 'cards/for-keys', keys: [key] });
    return { ok: reply.ok, card: (reply.value as { cards: Record<string, unknown> } | undefined)?.cards[key] };
  };

  it.each([
    ['CTOC/COP/WG.4/2011/8', 'IV', 2011],
    ['CTOC/COP/WG.4/2013/5', 'V', 2013],
  ])('answers a card query for %s through the message protocol with meeting %s', async (symbol, id, year) => {
    expect(await card(symbol)).toMatchObject({
      ok: true,
      card: { type: 'meeting', meeting: { id, year, reportSymbol: symbol } },
    });
  });

  it('answers a COP session report symbol with its session', async () => {
    expect(await card('CTOC/COP/2010/17')).toMatchObject({
      ok: true,
      card: { type: 'session', session: { id: 'COP5', year: 2010 } },
    });
  });

  it('answers a malformed message with an error, and keeps answering', async () => {
    expect(await ask(browser, { type: 'cards/for-keys' })).toEqual({
      ok: false,
      error: expect.stringMatching(/"keys"/),
    });
    expect(await ask(browser, { type: 'no-such-thing' })).toEqual({
      ok: false,
      error: expect.stringMatching(/Unknown/),
    });
    expect(await card('CTOC/COP/WG.4/2013/5')).toMatchObject({
      ok: true,
      card: { type: 'meeting', items: expect.arrayContaining([expect.objectContaining({ id: 'V.41' })]) },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';
import { listedKeys, openSavedTab, saveFrom, SAVES } from './saved-helpers';

/** Every stored row of the saved list, as IndexedDB holds it, in list order (read in the extension page). */
function storedRows(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('renvoi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('saved').objectStore('saved').index('order').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('"Replace my list" can be undone (en-US)', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  it('Undo after a replace import restores the exact previous list', async () => {
    const page = await openSavedTab(browser.session);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'saved/clear' }));
    for (const save of SAVES) await saveFrom(page, save);
    // A note and a reorder, so the previous list is more than what the saves sent.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'saved/move', id: 'A/RES/64/293#', toIndex: 0 }));
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'saved/update-note', id: 'COP decision 4/4#', note: 'kept, "quoted"' }),
    );
    await expect.poll(() => listedKeys(page)).toEqual([SAVES[2]!.key, SAVES[0]!.key, SAVES[1]!.key]);
    const before = await storedRows(page);

    const file = {
      format: 'renvoi-saved',
      version: 1,
      exportedAt: '2026-11-22T10:00:00.000Z',
      entries: [
        { key: 'S/RES/2331(2016)', kind: 'resolution', label: 'Security Council resolution 2331 (2016)', savedAt: 1 },
      ],
    };
    await page.locator('input[type="file"]').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole('button', { name: 'Replace my list' }).click();
    await expect.poll(() => listedKeys(page)).toEqual(['S/RES/2331(2016)']);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => listedKeys(page)).toEqual([SAVES[2]!.key, SAVES[0]!.key, SAVES[1]!.key]);
    expect(await storedRows(page)).toEqual(before);
    await page.close();
  });
});

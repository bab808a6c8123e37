import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inServiceWorker, startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';
import { activeMarkText, cardOf, eventually, markOf, openCard } from './hover-cards-helpers';

/**
 * A page that tries to drive Renvoi (tests/fixtures/pages/hostile-script.html): its own script dispatches pointer,
 * key and click events — `page.evaluate` runs in the page's world, exactly where a page script runs — and records
 * what it can observe. Renvoi must act only on the reader's real input (Playwright's mouse and keyboard are trusted
 * input), which must keep working on the same page.
 *
 * A negative ("nothing happened") can only be watched for a while: OBSERVE_MS is many times the dwell delay (300 ms).
 * A slow machine can make such a check weaker, never red; each test also proves Renvoi was live with real input.
 */
const OBSERVE_MS = 1500;

/** The rows of the saved list, straight from IndexedDB in the service worker. */
const savedKeys = (browser: BrowserFixture) =>
  inServiceWorker(
    browser.session,
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('renvoi');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('saved').objectStore('saved').getAll();
          all.onsuccess = () => resolve((all.result as { key: string }[]).map((row) => row.key));
          all.onerror = () => reject(all.error);
        };
      }),
    null,
  );

/** Extension pages open now (a popup or a popup tab would show here), and a search handed over to the popup. */
const extensionUi = (browser: BrowserFixture) =>
  inServiceWorker(
    browser.session,
    async () => ({
      popups: (await chrome.runtime.getContexts({}))
        .map((context) => context.documentUrl ?? '')
        .filter((url) => url.includes('/popup.html')),
      pendingSearch: (await chrome.storage.session.get('pendingSearch')).pendingSearch ?? null,
    }),
    null,
  );

describe('a hostile page cannot drive Renvoi (Chromium)', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  const open = async (): Promise<Page> => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url('/hostile-script.html'));
    return page;
  };

  /**
   * What the page saw of Renvoi: messages posted to it (WXT's script-started message among them) and entries in its
   * own performance timeline (the benchmark's measures exist only in a benchmark build).
   */
  const pageObservations = (page: Page) =>
    page.evaluate(() => ({
      received: (window as unknown as { received: string[] }).received,
      timeline: performance
        .getEntries()
        .map((entry) => entry.name)
        .filter((name) => /renvoi/i.test(name)),
    }));
  const NOTHING = { received: [], timeline: [] };

  it('opens no card on synthetic pointer and key events; the real pointer and keys still open one', async () => {
    const page = await open();
    const mark = await markOf(page, 'décision 4/4');
    await page.evaluate(({ x, y }) => {
      const at = document.elementFromPoint(x, y) ?? document.body;
      const init = { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' };
      for (let i = 0; i < 5; i++) {
        at.dispatchEvent(new PointerEvent('pointermove', init));
        at.dispatchEvent(new MouseEvent('mousemove', init));
      }
      const keys = { altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true };
      document.body.dispatchEvent(new KeyboardEvent('keydown', { ...keys, code: 'KeyN', key: 'N' }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { ...keys, code: 'KeyP', key: 'P' }));
    }, mark);
    await page.waitForTimeout(OBSERVE_MS);
    const dialog = () =>
      page.evaluate(() => !!document.querySelector('[data-renvoi-ui]')?.shadowRoot?.querySelector('[role=dialog]'));
    expect(await dialog()).toBe(false);
    expect(await activeMarkText(page)).toBeNull();

    // Real input on the same page: the pointer, then the keyboard from a link.
    await openCard(page, 'décision 4/4');
    await page.mouse.move(2, 2);
    await eventually(() => cardOf(page).count()).toBe(0);
    await page.focus('#start');
    await page.keyboard.press('Alt+Shift+KeyN');
    await eventually(() => cardOf(page).getAttribute('aria-label')).toBe('Renvoi card: COP decision 4/4');
    expect(await pageObservations(page)).toEqual(NOTHING);
    await page.close();
  });

  it('ignores clicks a page script sends through the shadow root: nothing saved, no popup, no tab', async () => {
    const page = await open();
    const card = await openCard(page, 'décision 4/4');
    const pagesBefore = browser.session.context.pages().length;
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('[data-renvoi-ui]')!.shadowRoot!;
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('[role=dialog] button')];
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
        const enter = { key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true };
        button.dispatchEvent(new KeyboardEvent('keydown', enter));
      }
      return buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '');
    });
    // The page did reach every button, the Close button included.
    expect(clicked).toEqual(expect.arrayContaining(['Close', 'Save', 'Copy citation', 'Open document', 'Search']));
    await page.waitForTimeout(OBSERVE_MS);
    expect(await card.isVisible()).toBe(true);
    expect(await card.getByRole('status').textContent()).toBe('');
    expect(await savedKeys(browser)).toEqual([]);
    expect(await extensionUi(browser)).toEqual({ popups: [], pendingSearch: null });
    expect(browser.session.context.pages().length).toBe(pagesBefore);

    // The reader's own click on the same button saves, once (a page-made save would make it "already in your list").
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually(() => card.getByRole('status').textContent()).toBe('Saved to your list.');
    expect(await savedKeys(browser)).toEqual(['COP decision 4/4']);
    expect(await pageObservations(page)).toEqual(NOTHING);
    await page.close();
  });

  it('lets Alt+Shift+N/P typed in a text field reach the page uncancelled, and opens no card', async () => {
    const page = await open();
    await markOf(page, 'décision 4/4');
    await page.click('#field');
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.press('Alt+Shift+KeyP');
    expect(await page.evaluate(() => (window as unknown as { fieldKeys: string[] }).fieldKeys)).toEqual([
      'KeyN:false',
      'KeyP:false',
    ]);
    expect(await cardOf(page).count()).toBe(0);
    await page.close();
  });
});

/**
 * A page that tries to drive Renvoi (tests/fixtures/pages/hostile-script.html), written once and run in every
 * selected browser: its own script dispatches pointer, key and click events — `evaluate` runs in the page's world,
 * exactly where a page script runs — and records what it can observe. Renvoi must act only on the reader's real
 * input (the drivers' mouse and keyboard are trusted input), which must keep working on the same page.
 *
 * A negative ("nothing happened") can only be watched for a while: OBSERVE_MS is many times the dwell delay (300 ms).
 * A slow machine can make such a check weaker, never red; each test also proves Renvoi was live with real input.
 */
import { describe, expect, it } from 'vitest';

import { selectedBrowsers, type TestPage } from './driver';
import { card, clickButton, closeCard, eventually, markOf, openCard, storedSaves, useCrossBrowser } from './helpers';

const OBSERVE_MS = 1500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(selectedBrowsers())('%s: a hostile page cannot drive Renvoi', (name) => {
  const cross = useCrossBrowser(name);

  const open = () => cross.openPage('/hostile-script.html');

  /**
   * What Renvoi's own UI shows besides the page: popups open now (Chromium: the extension's contexts; Firefox: its
   * popup views), the tabs of the browser, and a search handed over to the popup.
   */
  const extensionUi = () =>
    cross.driver.inExtension(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const runtime = api.runtime as typeof chrome.runtime & { getContexts?: typeof chrome.runtime.getContexts };
      const popups = runtime.getContexts
        ? (await runtime.getContexts({})).map((context) => context.documentUrl ?? '')
        : api.extension
            .getViews({ type: 'popup' })
            .map((view) => (view as unknown as { location: Location }).location.href);
      return {
        popups: popups.filter((url) => url.includes('/popup.html')),
        tabs: (await api.tabs.query({})).length,
        pendingSearch: (await api.storage.session.get('pendingSearch')).pendingSearch ?? null,
      };
    }, null);

  /**
   * What the page saw of Renvoi: messages posted to it (WXT's script-started message among them) and entries in its
   * own performance timeline (the benchmark's measures exist only in a benchmark build).
   */
  const pageObservations = (page: TestPage) =>
    page.evaluate(
      () => ({
        received: (window as unknown as { received: string[] }).received,
        timeline: performance
          .getEntries()
          .map((entry) => entry.name)
          .filter((name) => /renvoi/i.test(name)),
      }),
      null,
    );
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
    await pause(OBSERVE_MS);
    const dialog = () =>
      page.evaluate(
        () => !!document.querySelector('[data-renvoi-ui]')?.shadowRoot?.querySelector('[role=dialog]'),
        null,
      );
    expect(await dialog()).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.get('renvoi-citation-active')?.size ?? 0, null)).toBe(0);

    // Real input on the same page: the pointer, then the keyboard from a link.
    await openCard(page, 'décision 4/4');
    await closeCard(page);
    await page.evaluate(() => document.getElementById('start')!.focus(), null);
    await page.press('Alt+Shift+KeyN');
    await eventually(async () => (await card(page))?.label ?? null).toBe('Renvoi card: COP decision 4/4');
    expect(await pageObservations(page)).toEqual(NOTHING);
  });

  it('ignores clicks a page script sends through the shadow root: nothing saved, no popup, no tab', async () => {
    const page = await open();
    await openCard(page, 'décision 4/4');
    const before = await extensionUi();
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
    }, null);
    // The page did reach every button, the Close button included.
    expect(clicked).toEqual(expect.arrayContaining(['Close', 'Save', 'Copy citation', 'Open document', 'Search']));
    await pause(OBSERVE_MS);
    // Still open (Close did nothing), nothing said, nothing saved, no popup or tab, no search handed over.
    expect(await card(page)).toMatchObject({ label: 'Renvoi card: COP decision 4/4', status: '' });
    expect(await storedSaves(cross.driver)).toEqual([]);
    expect(await extensionUi()).toEqual({ popups: [], tabs: before.tabs, pendingSearch: null });

    // The reader's own click on the same button saves, once (a page-made save would make it "already in your list").
    await clickButton(page, 'Save', { inCard: true });
    await eventually(async () => (await card(page))?.status ?? null).toBe('Saved to your list.');
    expect((await storedSaves(cross.driver)).map((row) => row.key)).toEqual(['COP decision 4/4']);
    expect(await pageObservations(page)).toEqual(NOTHING);
  });

  it('lets Alt+Shift+N/P typed in a text field reach the page uncancelled, and opens no card', async () => {
    const page = await open();
    await markOf(page, 'décision 4/4');
    await page.evaluate(() => document.getElementById('field')!.focus(), null);
    await page.press('Alt+Shift+KeyN');
    await page.press('Alt+Shift+KeyP');
    await eventually(() => page.evaluate(() => (window as unknown as { fieldKeys: string[] }).fieldKeys, null)).toEqual(
      ['KeyN:false', 'KeyP:false'],
    );
    expect(await card(page)).toBeNull();
  });
});

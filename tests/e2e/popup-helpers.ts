import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startBrowser, type BrowserFixture, type ExtensionSession } from '../../tooling/browsers/fixtures';

/** The popup opened as a page of its own (`popup.html?…`), with page errors collected. */
export async function openPopup(session: ExtensionSession, search = ''): Promise<{ page: Page; errors: Error[] }> {
  const page = await session.context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  // The popup's own size: the layout is built for it.
  await page.setViewportSize({ width: 460, height: 560 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html${search}`);
  return { page, errors };
}

/** A browser with Renvoi for one `describe` block, and the popup pages its tests open. */
export interface PopupBrowser {
  /** The browser, its extension session and the local page server (started before the block's first test). */
  readonly browser: BrowserFixture;
  /** Opens `popup.html<search>` as a page of its own; closed after the test, which fails if the page threw. */
  open(search?: string): Promise<Page>;
}

/**
 * The popup tests' one setup: registers the block's hooks (a browser in `lang` started before its tests and closed
 * after them; after each test, every popup page it opened closed and none of them having thrown an error).
 */
export function popupBrowser(lang = 'en-US'): PopupBrowser {
  let browser: BrowserFixture | undefined;
  let opened: { page: Page; errors: Error[] }[] = [];
  beforeAll(async () => {
    browser = await startBrowser({ lang });
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    const popups = opened;
    opened = [];
    for (const { page } of popups) await page.close();
    expect(popups.flatMap(({ errors }) => errors)).toEqual([]);
  });
  const started = (): BrowserFixture => {
    if (!browser) throw new Error('popupBrowser: the browser starts in beforeAll; use it inside a test');
    return browser;
  };
  return {
    get browser() {
      return started();
    },
    async open(search = '') {
      const popup = await openPopup(started().session, search);
      opened.push(popup);
      return popup.page;
    },
  };
}

/** Ids of the listed results, in order. */
export const resultIds = (page: Page): Promise<string[]> =>
  page
    .locator('[data-result-toggle]')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.resultToggle ?? ''));

/** Types into the search box and waits until the first result is `first` (or the list is empty for null). */
export async function search(page: Page, query: string, first: string | null): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  await expect.poll(async () => (await resultIds(page))[0] ?? null, { timeout: 15_000 }).toBe(first);
}

/** The status line under the search box. */
export const statusText = (page: Page): Promise<string> => page.locator('.search__status').innerText();

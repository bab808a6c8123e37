import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from '../../tooling/browsers/fixtures';

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

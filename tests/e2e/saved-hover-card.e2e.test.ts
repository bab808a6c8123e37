import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';
import { listedKeys, openSavedTab } from './saved-helpers';

const SYMBOL = 'CTOC/COP/WG.4/2011/8';

describe('saving from a hover card (en-US)', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  it('saves the citation under the pointer with the page where it was found', async () => {
    const list = await openSavedTab(browser.session);
    await list.evaluate(() => chrome.runtime.sendMessage({ type: 'saved/clear' }));

    const page = await browser.session.context.newPage();
    const url = browser.server.url('/note-secretariat-2012.html');
    await page.goto(url);
    // Wait until the content script has marked the symbol (CSS Custom Highlight API), then point at that mark.
    const markOfSymbol = () =>
      page.evaluate((symbol) => {
        const highlight = CSS.highlights.get('renvoi-citation') as unknown as Set<Range> | undefined;
        // Compared without whitespace: a mark may span a line break.
        const range = [...(highlight ?? [])].find((r) => r.toString().replace(/\s+/g, '') === symbol);
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: rect.left + Math.min(6, rect.width / 2), y: rect.top + rect.height / 2 };
      }, SYMBOL);
    await expect.poll(markOfSymbol, { timeout: 15_000 }).not.toBeNull();
    const point = await markOfSymbol();
    await page.mouse.move(point!.x, point!.y);
    const card = page.getByRole('dialog');
    await card.waitFor({ timeout: 10_000 });
    await card.getByRole('button', { name: 'Save', exact: true }).click();

    await list.bringToFront();
    await expect.poll(() => listedKeys(list), { timeout: 10_000 }).toEqual([SYMBOL]);
    const item = list.getByRole('listitem').filter({ hasText: SYMBOL });
    expect(await item.getByRole('link', { name: /Note du Secrétariat|127\.0\.0\.1/ }).getAttribute('href')).toBe(url);
  });
});

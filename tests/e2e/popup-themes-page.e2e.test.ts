import { describe, expect, it } from 'vitest';
import { cardOf, tabIdOf } from './hover-cards-helpers';
import { popupBrowser, resultIds } from './popup-helpers';

describe('popup Themes and On this page (en-US)', () => {
  const popup = popupBrowser('en-US');

  it('lists every theme with its count', async () => {
    const page = await popup.open('?tab=themes');
    const themes = page.getByRole('list', { name: 'Themes' }).getByRole('button');
    await expect.poll(() => themes.count(), { timeout: 15_000 }).toBe(78);
    // English names in the English interface, the index's French beside.
    expect(
      await page
        .getByRole('button', { name: /^International cooperation\s*Coopération internationale\s*52 items$/ })
        .count(),
    ).toBe(1);
    expect(await page.locator('.themes__count').innerText()).toBe('78 themes in the thematic index');
  });

  it('shows a theme: its chart of recommendations per meeting 2009–2019 and its items by meeting and session', async () => {
    const page = await popup.open('?tab=themes');
    await page.getByRole('button', { name: /^International cooperation/ }).click();
    const heading = page.getByRole('heading', { name: 'International cooperation', level: 2 });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);

    const chart = page.getByRole('img', { name: /^Recommendations per Working Group meeting, 2009–2019\./ });
    expect(await chart.count()).toBe(1);
    const bars = page.locator('.chart__bar');
    expect(await bars.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-meeting')))).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
    ]);
    const counts = (await chart.getAttribute('data-bars'))!.split(',').map(Number);
    expect(counts[2]).toBe(0);
    expect(Math.max(...counts)).toBeGreaterThan(0);
    const years = await page.locator('.chart__label--year').allTextContents();
    expect([years[0], years.at(-1)]).toEqual(['2009', '2019']);
    // The tallest bar is drawn tallest.
    const heights = await bars.evaluateAll((nodes) =>
      nodes.map((n) => Number(n.querySelector('rect')!.getAttribute('height'))),
    );
    expect(heights.indexOf(Math.max(...heights))).toBe(counts.indexOf(Math.max(...counts)));

    const headings = await page.locator('.theme__group-heading').allTextContents();
    expect(headings[0]).toBe('Meeting I (2009)');
    expect(headings.some((h) => /^COP \d \(\d{4}\): (Decision|Resolution) \d\/\d/.test(h))).toBe(true);
    expect((await resultIds(page)).length).toBe(52);

    await page.getByRole('button', { name: 'All themes' }).click();
    const back = page.getByRole('button', { name: /^International cooperation/ });
    await expect.poll(() => back.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('lists the citations of a page open in another tab, grouped with counts, and jumps to one', async () => {
    const site = await popup.browser.session.context.newPage();
    await site.setViewportSize({ width: 1000, height: 600 });
    const url = popup.browser.server.url('/popup-citations.html');
    await site.goto(url);
    // The popup opened as a page is itself the active tab: `tabId` names the page to read (`targetTab`).
    const tabId = await tabIdOf(popup.browser.session, url);
    const page = await popup.open(`?tab=page&tabId=${tabId}`);

    const groups = page.locator('.page__group');
    await expect.poll(() => groups.count(), { timeout: 15_000 }).toBe(4);
    const keys = await groups.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.key));
    expect(keys).toEqual(['COP decision 4/4', 'CTOC/COP/WG.4/2011/8', 'COP resolution 5/2', 'A/RES/64/293']);
    const decision = page.getByRole('button', { name: /COP decision 4\/4/ });
    // The page's text is read in blocks: the popup may list the first block's citations before the last block's second
    // `décision 4/4` has been counted, so the count is awaited, not read once.
    await expect.poll(() => decision.innerText(), { timeout: 15_000 }).toContain('2 times');
    expect(await page.getByRole('button', { name: /A\/RES\/64\/293/ }).innerText()).toContain('Not in the compendium');
    // Paragraph 8 c) of resolution 5/2 is in themes of the thematic index.
    await expect.poll(() => page.locator('.page__themes .chip').count()).toBeGreaterThan(0);

    // The second occurrence of décision 4/4 is far below the fold: revealing it scrolls there and opens its card.
    expect(await site.evaluate(() => window.scrollY)).toBe(0);
    await decision.click();
    await expect.poll(() => page.locator('.page__status').innerText()).toBe('Shown on the page.');
    await decision.click();
    await expect.poll(() => site.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(300);
    await expect.poll(() => cardOf(site).count(), { timeout: 10_000 }).toBe(1);
    expect(await cardOf(site).innerText()).toMatch(/4\/4/);
    await site.close();
  });

  it('follows the page while open: a citation the page gains later appears', async () => {
    const site = await popup.browser.session.context.newPage();
    const url = popup.browser.server.url('/plain.html');
    await site.goto(url);
    const tabId = await tabIdOf(popup.browser.session, url);
    const page = await popup.open(`?tab=page&tabId=${tabId}`);
    const groups = page.locator('.page__group');
    await expect.poll(() => groups.count(), { timeout: 15_000 }).toBe(2);
    await site.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'See also General Assembly resolution 64/293.';
      document.body.append(added);
    });
    await expect.poll(() => groups.count(), { timeout: 15_000 }).toBe(3);
    expect(await page.getByRole('button', { name: /A\/RES\/64\/293/ }).count()).toBe(1);
    await site.close();
  });

  it('says plainly when the tab has no content script (a browser page)', async () => {
    const other = await popup.browser.session.context.newPage();
    await other.goto('about:blank');
    const page = await popup.open('?tab=page&tabId=999999');
    await expect
      .poll(() => page.locator('.tab-message').innerText(), { timeout: 10_000 })
      .toContain('Renvoi cannot read this page.');
    await other.close();
  });
});

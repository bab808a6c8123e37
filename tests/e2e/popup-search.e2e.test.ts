import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inServiceWorker } from '../../tooling/browsers/fixtures';
import { popupBrowser, resultIds, search, statusText } from './popup-helpers';
import { listedKeys } from './saved-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('popup search (en-US)', () => {
  const popup = popupBrowser('en-US');

  it('opens with the focus in a search box named "Search", under tabs named for the four views', async () => {
    const page = await popup.open();
    const box = page.getByRole('searchbox', { name: 'Search', exact: true });
    await box.waitFor();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Search', 'Themes', 'On this page', 'Saved']);
    for (const name of ['Search', 'Themes', 'On this page', 'Saved']) {
      expect(await page.getByRole('tab', { name, exact: true }).count()).toBe(1);
    }
    // Once the corpus is indexed, the empty box offers examples.
    await page.locator('.search__examples').waitFor({ timeout: 15_000 });
  });

  it.each([
    ['accentless words', 'prelevement d organes', 'formes-de-la-traite-des-personnes-prelevement-d-organes'],
    ['œ typed as oe', 'coeur bleu', 'IV.34'],
    ['a typo', 'coperation internationale', 'cooperation-internationale'],
    ['the English acronym', 'UNODC', 'II.14'],
    ['a proper name', 'sherloc', 'VI.20'],
    ['an id remembered from a meeting', 'iv.45.k', 'IV.45.k'],
    ['a symbol pasted from a PDF', 'CTOC/COP/WG.4/2015/6', 'VI'],
    ['the tail of a symbol', 'WG.4/2015/6', 'VI'],
    ['an instrument number', '5/2', '5/2'],
    ['a decision in prose', 'décision 4/4', '4/4'],
    ['a resolution without accent', 'resolution 5/2', '5/2'],
  ])('typing %s (%j) puts %s first', async (_, query, first) => {
    const page = await popup.open();
    await search(page, query, first);
  });

  it('updates the results keystroke by keystroke', async () => {
    const page = await popup.open();
    const box = page.getByRole('searchbox', { name: 'Search' });
    await page.locator('.search__examples').waitFor({ timeout: 15_000 });
    await box.pressSequentially('sensibilisation du public', { delay: 10 });
    await expect.poll(async () => (await resultIds(page)).length).toBeGreaterThan(0);
    expect(await statusText(page)).toMatch(/results?/);
  });

  it("names each result by its id (or a theme's name) in its accessible text", async () => {
    const page = await popup.open();
    await search(page, 'prélèvement d’organes', 'formes-de-la-traite-des-personnes-prelevement-d-organes');
    const toggles = page.locator('[data-result-toggle]');
    const names = await toggles.evaluateAll((nodes) =>
      nodes.map((n) => ({ id: (n as HTMLElement).dataset.resultToggle!, text: n.textContent ?? '' })),
    );
    expect(names.length).toBeGreaterThan(3);
    for (const { id, text } of names.filter((n) => !n.id.includes('-'))) expect(text).toContain(id);
    await expect.poll(() => page.getByRole('button', { name: /IV\.45\.k/ }).count()).toBeGreaterThan(0);
  });

  it('starts on the query of popup.html?q= (context menu, omnibox, cards)', async () => {
    const page = await popup.open(`?q=${encodeURIComponent('IV.45.k')}`);
    await expect.poll(() => resultIds(page)).toEqual(['IV.45.k']);
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('IV.45.k');
  });

  it('filters by kind, theme, meeting and years', async () => {
    const page = await popup.open();
    await page.getByRole('searchbox', { name: 'Search' }).fill('formation');
    await expect.poll(async () => (await resultIds(page)).length).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByLabel('Kind').selectOption({ label: 'COP resolutions' });
    await expect.poll(async () => (await resultIds(page)).every((id) => id.startsWith('5/2'))).toBe(true);
    expect((await resultIds(page)).length).toBeGreaterThan(0);
    await page.getByLabel('Kind').selectOption({ label: 'All kinds' });
    await page.getByLabel('Meeting or session').selectOption({ label: 'Meeting IV (2011)' });
    await expect.poll(async () => (await resultIds(page)).every((id) => id.startsWith('IV.'))).toBe(true);
    await page.getByLabel('From').selectOption('2013');
    await expect.poll(() => statusText(page)).toContain('Nothing matches these filters');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Theme').selectOption('genre');
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    // Nothing typed, a theme chosen: every text the theme lists.
    await expect.poll(async () => (await resultIds(page)).length).toBeGreaterThan(5);
    expect(await page.getByRole('button', { name: 'Filters (1)' }).count()).toBe(1);
  });

  it('is keyboard first: ↓ to the results, Enter to open one, Esc to close it and to clear', async () => {
    const page = await popup.open();
    await search(page, 'IV.45.k', 'IV.45.k');
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.press('ArrowDown');
    const first = page.locator('[data-result-toggle="IV.45.k"]');
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    // The focus is visible.
    expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.record').innerText()).toContain('La traite des personnes à des fins de prélèvement');
    await page.keyboard.press('Escape');
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
  });

  it('expands a result: full text, themes, and Save, Copy citation, Open document', async () => {
    await popup.browser.session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Open document goes to the local page server, not to the network.
    const base = popup.browser.server.url('/documents/');
    await inServiceWorker(
      popup.browser.session,
      async (documentBaseUrl) => {
        // As the options page writes: the trusted copy (storage.session) first, then storage.local, else the
        // background's settings guard undoes the write (lib/settings/trusted-settings.ts).
        const { settings } = await chrome.storage.local.get('settings');
        const next = { ...(settings ?? {}), documentBaseUrl };
        await chrome.storage.session.set({ trustedSettings: next });
        await chrome.storage.local.set({ settings: next });
      },
      base,
    );
    const page = await popup.open();
    await search(page, '5/2:8.c', '5/2:8.c');
    await page.locator('[data-result-toggle="5/2:8.c"]').click();
    const record = page.locator('.record');
    await expect.poll(() => record.innerText()).toContain('Sensibiliser le public');

    await record.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => record.locator('[role="status"]').innerText()).toBe('Citation copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Conference of the Parties resolution 5/2, 2010 (CTOC/COP/2010/17), para. 8(c)',
    );

    await record.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => record.locator('[role="status"]').innerText()).toBe('Saved to your list.');

    const opened = popup.browser.session.context.waitForEvent('page');
    await record.getByRole('button', { name: 'Open document' }).click();
    expect((await opened).url()).toBe(`${base}CTOC/COP/2010/17`);

    const saved = await popup.browser.session.openExtensionPage('popup.html?tab=saved');
    await expect.poll(() => listedKeys(saved)).toContain('COP resolution 5/2');
    await saved.close();
  });

  it("shows who cites a meeting's report, and goes to a citing text", async () => {
    const page = await popup.open();
    await search(page, 'CTOC/COP/WG.4/2009/2', 'I');
    await page.locator('[data-result-toggle="I"]').click();
    const citing = page.locator('.record__cited-by button').first();
    const id = await citing.locator('.result__id').innerText();
    await citing.click();
    await expect.poll(async () => (await resultIds(page))[0]).toBe(id);
  });

  it.each([
    ['symbols only', '/// § …', 'Type a word, an id such as IV.45.k'],
    ['regex metacharacters', '.*+?^${}()|[]\\', 'Type a word'],
    ['right-to-left text', 'الاتجار بالبشر', 'Nothing found for'],
    ['a word the compendium lacks', 'zzzzqqq', 'Nothing found for'],
  ])('gives a helpful empty state for %s', async (_, query, message) => {
    const page = await popup.open();
    await page.locator('.search__examples').waitFor({ timeout: 15_000 });
    await page.getByRole('searchbox', { name: 'Search' }).fill(query);
    await expect.poll(() => statusText(page)).toContain(message);
    expect(await resultIds(page)).toEqual([]);
  });

  it('takes a 10 000-character paste without freezing, and says only the beginning was searched', async () => {
    const page = await popup.open();
    await page.locator('.search__examples').waitFor({ timeout: 15_000 });
    const long = `prélèvement d’organes ${'lorem ipsum '.repeat(900)}`.slice(0, 10_000);
    await page.getByRole('searchbox', { name: 'Search' }).fill(long);
    await expect.poll(() => statusText(page)).toContain('Only the first 200 characters were searched.');
    expect((await resultIds(page))[0]).toBe('formes-de-la-traite-des-personnes-prelevement-d-organes');
  });

  it('caps a long list and shows more on request', async () => {
    const page = await popup.open();
    await page.locator('.search__examples').waitFor({ timeout: 15_000 });
    await page.getByRole('searchbox', { name: 'Search' }).fill('victimes');
    await expect.poll(() => statusText(page)).toMatch(/^Showing 20 of \d+ results/);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(async () => (await resultIds(page)).length).toBe(40);
  });

  it('passes the axe accessibility checks with results and an open record', async () => {
    const page = await popup.open();
    await search(page, 'IV.45.k', 'IV.45.k');
    await page.locator('[data-result-toggle="IV.45.k"]').click();
    // Evaluated through the debugging protocol: the extension page's CSP forbids inline scripts.
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run({ resultTypes: ['violations'] });
      return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
    expect(violations).toEqual([]);
  });
});

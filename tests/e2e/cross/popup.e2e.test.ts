/**
 * The toolbar popup (opened as a page of its own, as the Chromium tests do: a browser's real toolbar panel is browser
 * chrome that no driver reaches), written once and run in every selected browser: search, themes, "On this page"
 * and the saved list with export and import.
 */
import { describe, expect, it } from 'vitest';

import { SAVES } from '../saved-helpers';
import { selectedBrowsers, type TestPage } from './driver';
import {
  card,
  clickButton,
  clickOn,
  eventually,
  sendFromPage,
  tabIdOf,
  textsOf,
  useCrossBrowser,
  waitForScan,
} from './helpers';

const resultIds = (page: TestPage): Promise<string[]> =>
  page.evaluate(
    () => [...document.querySelectorAll<HTMLElement>('[data-result-toggle]')].map((n) => n.dataset.resultToggle ?? ''),
    null,
  );
const listedKeys = (page: TestPage): Promise<string[]> => textsOf(page, '.saved-list > li code');

describe.each(selectedBrowsers())('%s: the popup', (name) => {
  const cross = useCrossBrowser(name);

  const popup = async (search = ''): Promise<TestPage> => {
    const page = cross.track(await cross.driver.openExtensionPage(`popup.html${search}`));
    await page.setViewport(460, 560);
    return page;
  };

  it.each([
    ['a decision in prose', 'décision 4/4', '4/4'],
    ['the English acronym', 'UNODC', 'II.14'],
    ['a symbol pasted from a PDF', 'CTOC/COP/WG.4/2015/6', 'VI'],
    ['accentless words', 'prelevement d organes', 'formes-de-la-traite-des-personnes-prelevement-d-organes'],
  ])('search: typing %s (%j) puts %s first', async (_, query, first) => {
    const page = await popup();
    // The box has the focus on open; type as a user would.
    await eventually(() =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? null, null),
    ).toBe('search');
    await page.type(query);
    await eventually(async () => (await resultIds(page))[0] ?? null).toBe(first);
  });

  it('search: ↓ to the results, Enter opens one, Esc closes it', async () => {
    const page = await popup('?q=IV.45');
    await eventually(async () => (await resultIds(page))[0] ?? null).toBe('IV.45');
    await page.press('ArrowDown');
    await eventually(() =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.resultToggle ?? null, null),
    ).toBe('IV.45');
    await page.press('Enter');
    const expanded = () => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded') ?? null, null);
    await eventually(expanded).toBe('true');
    await page.press('Escape');
    await eventually(expanded).toBe('false');
  });

  it('themes: lists the 78 themes, and a theme shows its chart per meeting and its 52 texts', async () => {
    const page = await popup('?tab=themes');
    await eventually(() => textsOf(page, '.themes__count')).toEqual(['78 themes in the thematic index']);
    await clickButton(page, /^International cooperation/);
    await eventually(() => textsOf(page, 'h2')).toContain('International cooperation');
    expect(
      await page.evaluate(
        () => [...document.querySelectorAll('.chart__bar')].map((n) => n.getAttribute('data-meeting')),
        null,
      ),
    ).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    await eventually(async () => (await resultIds(page)).length).toBe(52);
  });

  it('on this page: lists the citations of a page in another tab, and shows one there with its card', async () => {
    const site = await cross.driver.openPage(cross.server.url('/popup-citations.html'));
    cross.track(site);
    await waitForScan(cross.driver, site);
    const tabId = await tabIdOf(cross.driver, site.url());
    const page = await popup(`?tab=page&tabId=${tabId}`);
    await eventually(() =>
      page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.page__group')].map((n) => n.dataset.key), null),
    ).toEqual(['COP decision 4/4', 'CTOC/COP/WG.4/2011/8', 'COP resolution 5/2', 'A/RES/64/293']);
    await clickButton(page, /COP decision 4\/4/);
    await eventually(() => textsOf(page, '.page__status')).toEqual(['Shown on the page.']);
    await eventually(async () => (await card(site))?.label ?? null).toBe('Renvoi card: COP decision 4/4');
  });

  it('saved: lists saves, exports CSV and JSON, and imports the JSON back after the list was cleared', async () => {
    const page = await popup('?tab=saved');
    await sendFromPage(page, { type: 'saved/clear' });
    for (const save of SAVES) await sendFromPage(page, { type: 'saved/add', ...save });
    const keys = SAVES.map((s) => s.key);
    await eventually(() => listedKeys(page)).toEqual(keys);

    await clickButton(page, 'Export');
    const csv = await page.download(() => clickButton(page, /^CSV/));
    expect(csv.filename).toMatch(/^renvoi-saved-\d{4}-\d\d-\d\d\.csv$/);
    expect(
      csv.text
        .split('\r\n')
        .slice(1, 4)
        .map((line) => line.split(',')[1]),
    ).toEqual(keys);

    await clickButton(page, 'Export');
    const json = await page.download(() => clickButton(page, /^Renvoi JSON/));
    expect(json.filename).toMatch(/\.json$/);
    expect((JSON.parse(json.text) as { entries: { key: string }[] }).entries.map((e) => e.key)).toEqual(keys);

    // A broken file is refused, naming the problem, and changes nothing.
    await page.chooseFile('input[type="file"]', { name: 'broken.json', text: '{"format":' });
    await eventually(() => textsOf(page, '[role=alert]')).toContainEqual(expect.stringContaining('not valid JSON'));
    expect(await listedKeys(page)).toEqual(keys);

    await sendFromPage(page, { type: 'saved/clear' });
    await eventually(() => listedKeys(page)).toEqual([]);
    await page.chooseFile('input[type="file"]', { name: json.filename, text: json.text });
    await clickButton(page, 'Add to my list');
    await eventually(() => listedKeys(page)).toEqual(keys);
  });

  it('saved: a result saved from Search shows in the Saved tab, under the report it comes from', async () => {
    const saved = await popup('?tab=saved');
    await sendFromPage(saved, { type: 'saved/clear' });
    await eventually(() => listedKeys(saved)).toEqual([]);
    const search = await popup('?q=IV.45');
    await eventually(async () => (await resultIds(search))[0] ?? null).toBe('IV.45');
    await clickOn(search, '[data-result-toggle="IV.45"]');
    await clickButton(search, 'Save');
    await eventually(() => search.evaluate(() => document.body.innerText, null)).toContain('Saved to your list.');
    // The open Saved tab follows the change.
    await eventually(() => listedKeys(saved)).toEqual(['CTOC/COP/WG.4/2011/8']);
  });
});

/**
 * The page side of Renvoi, written once and run in every selected browser (Chromium and Firefox): citations marked
 * on the sample documents and on a fixture with split citations, hover → the right card, Save and the other card
 * actions, the keyboard path, page integrity, and no request leaving for anywhere but the test server.
 */
import { describe, expect, it } from 'vitest';

import { selectedBrowsers } from './driver';
import {
  card,
  clickButton,
  closeCard,
  eventually,
  markOf,
  markTexts,
  openCard,
  sendToTab,
  storedSaves,
  tabIdOf,
  useCrossBrowser,
} from './helpers';

/** The keys found on each sample document (the same table as tests/e2e/hover-cards.e2e.test.ts, Chromium only). */
const SAMPLES: { path: string; keys: string[] }[] = [
  {
    path: '/decision-1-5.html',
    keys: [
      'COP decision 1/5',
      'UNTOC art. 32',
      'TIP Protocol art. 5',
      'TIP Protocol art. 6',
      'TIP Protocol art. 9',
      'A/RES/55/25',
    ],
  },
  {
    path: '/draft-resolution-2008.html',
    keys: [
      'UNTOC art. 32',
      'COP decision 3/3',
      'A/RES/61/144',
      'A/RES/61/180',
      'CTOC/COP/2008/8',
      'CTOC/COP/2008/9',
      'CTOC/COP/2008/11',
      'TIP Protocol art. 9(5)',
      'UNTOC art. 32(3)',
    ],
  },
  {
    path: '/note-secretariat-2012.html',
    keys: ['COP decision 4/4', 'UNTOC art. 32(3)', 'COP resolution 5/2', 'CTOC/COP/WG.4/2011/8', 'CTOC/COP/2012/1'],
  },
  { path: '/note-verbale-2009.html', keys: ['COP decision 4/4'] },
];

interface PageGroups {
  ok: boolean;
  value: { url: string; groups: { key: string; count: number; inCorpus: boolean }[] };
}

describe.each(selectedBrowsers())('%s: marks, cards and the page', (name) => {
  const cross = useCrossBrowser(name);

  it.each(SAMPLES)('marks every citation of the sample document $path, and tells the popup', async ({ path, keys }) => {
    const page = await cross.open(path);
    const tabId = await tabIdOf(cross.driver, page.url());
    const answer = await sendToTab<PageGroups>(cross.driver, tabId, { type: 'page/citations' });
    expect(answer.ok).toBe(true);
    expect(answer.value.groups.map((g) => g.key).sort()).toEqual([...keys].sort());
    // Every occurrence the content script counted is a mark on the page.
    const total = answer.value.groups.reduce((sum, g) => sum + g.count, 0);
    expect((await markTexts(page)).length).toBe(total);
  });

  it('marks citations split across inline elements, and nothing inside form fields or editable text', async () => {
    const page = await cross.open('/citations-in-markup.html');
    const texts = await markTexts(page);
    expect(texts).toContain('CTOC/COP/WG.4/2011/8');
    expect(texts).toContain('résolution 5/2');
    expect(texts).toContain('CTOC/COP/WG.4/2013/5, par. 45');
    expect(texts).toContain('paragraph 8 (b) of resolution 5/2');
    const insideFields = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('renvoi-citation') as unknown as Set<Range>)];
      return ranges.filter((r) => r.startContainer.parentElement?.closest('form, [contenteditable]')).length;
    }, null);
    expect(insideFields).toBe(0);
    // Marks are styled by the manifest's stylesheet (injected before the page was first styled): no sheet adopted.
    const styled = await page.evaluate(() => {
      const [range] = CSS.highlights.get('renvoi-citation') as unknown as Set<Range>;
      const style = getComputedStyle(range!.startContainer.parentElement!, '::highlight(renvoi-citation)');
      return { line: style.textDecorationLine, adopted: document.adoptedStyleSheets.length };
    }, null);
    expect(styled).toEqual({ line: 'underline', adopted: 0 });
    // The page's markup-like text stays text.
    expect(await page.evaluate(() => (window as unknown as { renvoiPwned?: number }).renvoiPwned ?? null, null)).toBe(
      null,
    );
  });

  it('opens the card of the citation under the pointer, and closes it when the pointer leaves', async () => {
    const page = await cross.open('/citations-in-markup.html');
    const state = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    expect(state.label).toBe('Renvoi card: CTOC/COP/WG.4/2011/8');
    await eventually(async () => (await card(page))?.text).toContain(
      '4th meeting of the Working Group on Trafficking in Persons',
    );
    await closeCard(page);
    const other = await openCard(page, 'paragraph 8 (b) of resolution 5/2');
    expect(other.label).toBe('Renvoi card: COP resolution 5/2');
    await eventually(async () => (await card(page))?.text).toContain(
      'Établir ou renforcer la coopération interorganisations',
    );
  });

  it('saves from the card, says so, and merges a second save from the same page', async () => {
    const page = await cross.open('/citations-in-markup.html');
    await openCard(page, 'CTOC/COP/WG.4/2013/5, par. 45');
    await clickButton(page, 'Save', { inCard: true });
    await eventually(async () => (await card(page))?.status).toBe('Saved to your list.');
    await clickButton(page, 'Save', { inCard: true });
    await eventually(async () => (await card(page))?.status).toBe('Already in your list; this page was added to it.');
    expect(await storedSaves(cross.driver)).toEqual([
      expect.objectContaining({
        key: 'CTOC/COP/WG.4/2013/5',
        kind: 'symbol',
        pinpoint: { paragraph: 45 },
        targets: ['V.41'],
        sightings: [
          expect.objectContaining({
            url: page.url(),
            title: 'Renvoi — citations dans le balisage',
            context: expect.stringContaining('(CTOC/COP/WG.4/2013/5, par. 45) afin de faciliter'),
          }),
        ],
      }),
    ]);
  });

  it('copies the citation, and opens the popup search on its key', async () => {
    const page = await cross.open('/citations-in-markup.html');
    await openCard(page, 'paragraph 8 (b) of resolution 5/2');
    await clickButton(page, 'Copy citation', { inCard: true });
    await eventually(async () => (await card(page))?.status).toBe('Citation copied.');
    await closeCard(page);
    await openCard(page, 'CTOC/COP/WG.4/2011/8');
    await clickButton(page, 'Search', { inCard: true });
    await eventually(async () => (await card(page))?.status).toBe('Search opened.');
    // The toolbar popup where the browser can open it, which takes the query handed over in storage.session (and
    // clears it), else popup.html?q= in a tab: either way an extension page on the key.
    const popup = `${cross.driver.extensionOrigin}/popup.html`;
    const inTab = `${popup}?q=${encodeURIComponent('CTOC/COP/WG.4/2011/8')}`;
    await eventually(() =>
      cross.driver.inExtension(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return {
          urls: (await api.runtime.getContexts({})).map((context) => context.documentUrl),
          pending: (await api.storage.session.get('pendingSearch')).pendingSearch ?? null,
        };
      }, null),
    ).toSatisfy(
      ({ urls, pending }: { urls: (string | undefined)[]; pending: unknown }) =>
        urls.includes(inTab) || (urls.includes(popup) && pending === null),
    );
  });

  it('moves between citations with Alt+Shift+N / Alt+Shift+P, focus in the card; Esc closes it', async () => {
    const page = await cross.open('/note-secretariat-2012.html');
    await markOf(page, 'CTOC/COP/2012/1');
    await page.evaluate(() => (document.querySelector('nav a') as HTMLElement).focus(), null);
    const label = async () => (await card(page))?.label ?? null;
    await page.press('Alt+Shift+KeyN');
    await eventually(label).toBe('Renvoi card: COP decision 4/4');
    // Focus is in the card: on Renvoi's host for the page, on the dialog inside its shadow root.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-renvoi-ui') ?? false, null)).toBe(true);
    expect(
      await page.evaluate(
        () => document.querySelector('[data-renvoi-ui]')!.shadowRoot!.activeElement?.getAttribute('role') ?? null,
        null,
      ),
    ).toBe('dialog');
    await page.press('Alt+Shift+KeyN');
    await eventually(label).toBe('Renvoi card: UNTOC art. 32(3)');
    await page.press('Alt+Shift+KeyP');
    await eventually(label).toBe('Renvoi card: COP decision 4/4');
    await page.press('Alt+Shift+KeyP');
    await eventually(label).toBe('Renvoi card: CTOC/COP/2012/1');
    await page.press('Tab');
    await page.press('Tab');
    expect(
      await page.evaluate(
        () => document.querySelector('[data-renvoi-ui]')!.shadowRoot!.activeElement?.textContent ?? null,
        null,
      ),
    ).toBe('Save');
    await page.press('Escape');
    await eventually(() => card(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? null, null)).toBe('Renvoi — démo');
  });

  it('changes none of the page’s own nodes and adds one host element, as a page script watching the DOM sees', async () => {
    const page = await cross.open('/mutation-recorder.html');
    await openCard(page, 'décision 4/4');
    await eventually(async () => (await card(page))?.text).toContain('Decision 4/4');
    await closeCard(page);
    await openCard(page, 'CTOC/COP/WG.4/2011/8');
    await page.press('Escape');
    await eventually(() => card(page)).toBeNull();
    const after = await page.evaluate(() => {
      const w = window as unknown as { pageMutations: unknown[]; pageMutationsAtLoad: number };
      return w.pageMutations.slice(w.pageMutationsAtLoad);
    }, null);
    expect(after).toEqual([{ type: 'childList', target: 'BODY', added: ['DIV'], removed: [], attribute: null }]);
    expect(await page.evaluate(() => document.querySelectorAll('[data-renvoi-ui]').length, null)).toBe(1);
    // The one element added is Renvoi's host (a plain div, tested to be ours in trust-host), at the end of the body.
    expect(
      await page.evaluate(() => document.body.lastElementChild?.hasAttribute('data-renvoi-ui') ?? false, null),
    ).toBe(true);
  });

  it('made no network request: every request of the pages went to the test server', () => {
    // data: and blob: URLs are read in the browser (Firefox reports its inline fonts as requests); the rest is network.
    const network = cross.driver.requests().filter((url) => !/^(data|blob):/.test(url));
    expect(network.length).toBeGreaterThan(0);
    expect(network.filter((url) => !url.startsWith(`${cross.server.origin}/`))).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';
import {
  cardOf,
  closeCard,
  eventually,
  markOf,
  markTexts,
  marks,
  openCard,
  sendToTab,
  tabIdOf,
} from './hover-cards-helpers';

/**
 * Renvoi on hostile and unusual pages, in Chromium: it follows pages that change, survives hostile CSS and pages of
 * several MB, and makes no network request. (That it changes none of the page's own nodes, follows single-page apps
 * and marks frames is tested in both browsers: tests/e2e/cross/marks-and-cards and pages-and-settings.)
 */
describe('hover cards and the page', () => {
  let browser: BrowserFixture;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
    browser.session.context.on('request', (request) => requests.push(request.url()));
  });
  afterAll(async () => browser?.close());

  const open = async (path: string): Promise<Page> => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url(path));
    return page;
  };

  it('marks content inserted, changed in place and removed after load', async () => {
    const page = await open('/plain.html');
    await markOf(page, 'CTOC/COP/WG.4/2011/8');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.append('Voir aussi la ', Object.assign(document.createElement('em'), { textContent: 'décision' }), ' 3/3.');
      document.body.append(p);
    });
    await eventually(() => markTexts(page)).toContain('décision 3/3');
    const card = await openCard(page, 'décision 3/3');
    await eventually(() => card.textContent()).toContain('Decision 3/3');
    await closeCard(page);
    // A framework rewriting a text node in place.
    await page.evaluate(() => {
      const em = document.querySelector('#late em')!;
      em.nextSibling!.textContent = ' 1/5.';
    });
    await eventually(() => markTexts(page)).toContain('décision 1/5');
    expect(await markTexts(page)).not.toContain('décision 3/3');
    await page.evaluate(() => document.getElementById('late')!.remove());
    await eventually(() => markTexts(page)).not.toContain('décision 1/5');
    await page.close();
  });

  it('shows a readable card above everything on a page with hostile CSS', async () => {
    const page = await open('/hostile.html');
    const card = await openCard(page, 'résolution 5/2');
    await eventually(() => card.textContent()).toContain('Resolution 5/2');
    const box = (await card.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const save = card.getByRole('button', { name: 'Save', exact: true });
    expect(await save.isVisible()).toBe(true);
    const style = await save.evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontSize: s.fontSize, opacity: s.opacity, letterSpacing: s.letterSpacing };
    });
    expect(style).toEqual({ fontSize: '13px', opacity: '1', letterSpacing: 'normal' });
    // The top layer is above the page's fixed, maximal-z-index wall: the point at the card's centre is the card.
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-renvoi-ui'), {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(onTop).toBe(true);
    await page.close();
  });

  it('stays inside a small viewport (200 % zoom), flips above a citation near the bottom, and follows a dark scheme', async () => {
    const page = await browser.session.context.newPage();
    // A 1280 × 900 window at 200 % zoom lays pages out in 640 × 450 CSS pixels.
    await page.setViewportSize({ width: 640, height: 450 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(browser.server.url('/note-secretariat-2012.html'));
    const mark = await markOf(page, 'CTOC/COP/WG.4/2011/8');
    // Bring the citation near the bottom edge.
    await page.evaluate((y) => window.scrollBy(0, y - 420), mark.y);
    const moved = await markOf(page, 'CTOC/COP/WG.4/2011/8');
    await page.mouse.move(moved.x, moved.y);
    const card = cardOf(page);
    await card.waitFor();
    expect(await card.getAttribute('data-placement')).toBe('above');
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
    expect(box.y + box.height).toBeLessThanOrEqual(moved.y);
    expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 33, 38)');
    await page.close();
  });

  it('keeps up with a page that never stops changing', async () => {
    const page = await open('/busy.html');
    const card = await openCard(page, 'décision 4/4');
    await eventually(() => card.textContent()).toContain('Decision 4/4');
    await closeCard(page);
    // Content the busy page adds in the middle of its churn is marked too, and the page keeps running.
    const ticks = await page.evaluate(() => (window as unknown as { pageTicks: number }).pageTicks);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Le rapport CTOC/COP/WG.4/2015/6 a été publié.';
      document.body.insertBefore(p, document.getElementById('feed'));
    });
    await expect.poll(() => markTexts(page), { timeout: 15_000 }).toContain('CTOC/COP/WG.4/2015/6');
    expect(await page.evaluate(() => (window as unknown as { pageTicks: number }).pageTicks)).toBeGreaterThan(ticks);
    await page.close();
  });

  it('reads a page of several MB to its end, the part in view first', async () => {
    // Opened in its middle, as a link to a section of a long report would. The page's CPU is slowed six times, as
    // on a slow laptop, so "while the pass is still running" does not depend on how fast this machine is that day.
    const page = await browser.session.context.newPage();
    const cdp = await browser.session.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.goto(browser.server.url('/big.html#s4000'));
    const tabId = await tabIdOf(browser.session, page.url());
    const scanned = async () =>
      ((await sendToTab<{ value: { passes?: number } }>(browser.session, tabId, { type: 'page/citations' })).value
        .passes ?? 0) > 0;
    // Citations in view are marked while the whole-page pass is still running.
    await expect.poll(async () => (await marks(page)).length, { interval: 20, timeout: 30_000 }).toBeGreaterThan(0);
    expect(await scanned()).toBe(false);
    // Marks are registered as they are found (a highlight keeps that order): the first are in the sections in view.
    const first = await page.evaluate(() =>
      [...(CSS.highlights.get('renvoi-citation') as unknown as Set<Range>)]
        .slice(0, 5)
        .map((range) => Number(range.startContainer.parentElement?.closest('section')?.id.slice(1))),
    );
    for (const section of first) expect(Math.abs(section - 4000)).toBeLessThan(40);
    await expect.poll(scanned, { timeout: 60_000 }).toBe(true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // Every citation of the page was found (the popup's list counts them all) ...
    const { value } = await sendToTab<{ value: { groups: { key: string; count: number }[] } }>(browser.session, tabId, {
      type: 'page/citations',
    });
    expect(value.groups.reduce((n, g) => n + g.count, 0)).toBeGreaterThan(5000);
    expect(value.groups.map((g) => g.key)).toContain('A/RES/64/293');
    // ... but only those near the viewport are registered as marks, so the browser never re-checks thousands.
    expect((await marks(page)).length).toBeLessThan(200);
    const card = await openCard(page, "résolution 64/293 de l'Assemblée générale", 0, { scrollTo: '#last' });
    await eventually(() => card.textContent()).toContain('General Assembly resolution 64/293');
    await page.close();
  });

  it('made no network request: every request went to the test server or to the extension itself', () => {
    const origin = new URL(browser.server.url('/')).origin;
    const outside = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('chrome-extension://') && url !== 'about:blank',
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});

describe('no card without the pointer', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  it('opens no card when the pointer only passes over a citation, and closes it once the pointer leaves', async () => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url('/note-secretariat-2012.html'));
    const mark = await markOf(page, 'CTOC/COP/WG.4/2011/8');
    // Passing over: on and off within a frame or two, well under the dwell delay.
    await page.mouse.move(mark.x, mark.y);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(700);
    expect(await cardOf(page).count()).toBe(0);
    // Resting: the card opens, stays while the pointer moves onto it, and closes after the pointer leaves both.
    const card = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await cardOf(page).count()).toBe(1);
    await closeCard(page);
    await page.close();
  });
});

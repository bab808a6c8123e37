/**
 * More of the page side, written once and run in every selected browser: frames (same-origin and about:blank), a
 * single-page app's navigation, and settings applied live from the options page and the popup's site switch.
 */
import { describe, expect, it } from 'vitest';

import { selectedBrowsers, type TestPage } from './driver';
import { clickOn, eventually, markOf, markTexts, sendToTab, tabIdOf, useCrossBrowser } from './helpers';

/** The marks inside the frame `#id` of the page, read from the frame's own `CSS.highlights` (same origin). */
const frameMarks = (page: TestPage, id: string) =>
  page.evaluate((id) => {
    const frame = document.getElementById(id) as HTMLIFrameElement;
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    const highlight = win?.CSS.highlights.get('renvoi-citation') as unknown as Set<Range> | undefined;
    const box = frame.getBoundingClientRect();
    return [...(highlight ?? [])].map((range) => {
      const rect = range.getClientRects()[0]!;
      // Page coordinates: the frame's box plus the range's place in the frame (no border or padding here).
      return {
        text: range.toString().replace(/\s+/g, ' ').trim(),
        x: box.left + rect.left + 4,
        y: box.top + rect.top + rect.height / 2,
      };
    });
  }, id);

/** The label and text of the open card inside the frame `#id`, or null. */
const frameCard = (page: TestPage, id: string) =>
  page.evaluate((id) => {
    const doc = (document.getElementById(id) as HTMLIFrameElement).contentDocument;
    const dialog = doc?.querySelector('[data-renvoi-ui]')?.shadowRoot?.querySelector('[role=dialog]');
    return dialog ? { label: dialog.getAttribute('aria-label'), text: dialog.textContent ?? '' } : null;
  }, id);

/** Clicks, with the real pointer, the form control whose label contains `text`. */
async function clickLabelled(page: TestPage, text: string): Promise<void> {
  const id = await page.evaluate((text) => {
    const label = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').includes(text));
    const control = label?.control ?? label?.querySelector('input');
    if (!control) return null;
    control.id ||= `renvoi-test-${Math.random().toString(36).slice(2)}`;
    return control.id;
  }, text);
  if (!id) throw new Error(`No control labelled "${text}"`);
  await clickOn(page, `[id="${id}"]`);
}

describe.each(selectedBrowsers())('%s: frames, single-page apps and live settings', (name) => {
  const cross = useCrossBrowser(name);

  it('marks same-origin and about:blank frames and opens a card inside a frame', async () => {
    const page = await cross.open('/frames.html');
    await markOf(page, 'résolution 5/2');
    await eventually(async () => (await frameMarks(page, 'same-origin')).map((m) => m.text)).toEqual(['décision 4/4']);
    await eventually(async () => (await frameMarks(page, 'blank')).map((m) => m.text)).toEqual([
      'CTOC/COP/WG.4/2009/2',
    ]);
    const [mark] = await frameMarks(page, 'same-origin');
    await page.mouseMove(mark!.x, mark!.y);
    await eventually(async () => (await frameCard(page, 'same-origin'))?.label).toBe('Renvoi card: COP decision 4/4');
    await eventually(async () => (await frameCard(page, 'same-origin'))?.text).toContain('Decision 4/4');
  });

  it('follows a single-page app’s navigation', async () => {
    const page = await cross.open('/spa.html');
    await markOf(page, 'décision 4/4');
    const tabId = await tabIdOf(cross.driver, page.url());
    await clickOn(page, '#go');
    await eventually(() => markTexts(page)).toEqual(['CTOC/COP/WG.4/2013/5']);
    const answer = await sendToTab<{ value: { url: string; groups: { key: string }[] } }>(cross.driver, tabId, {
      type: 'page/citations',
    });
    expect(answer.value.url).toMatch(/spa\.html\?view=2$/);
    expect(answer.value.groups.map((g) => g.key)).toEqual(['CTOC/COP/WG.4/2013/5']);
  });

  it('turns marking off and on from the options page, and pauses a site from the popup', async () => {
    const page = await cross.open('/plain.html');
    await markOf(page, 'CTOC/COP/WG.4/2011/8');
    const options = await cross.driver.openExtensionPage('options.html');
    cross.track(options);
    await eventually(() => options.evaluate(() => document.querySelectorAll('label').length, null)).toBeGreaterThan(0);
    await clickLabelled(options, 'Mark citations on the pages I read');
    await eventually(() => markTexts(page)).toEqual([]);
    await clickLabelled(options, 'Mark citations on the pages I read');
    await eventually(() => markTexts(page)).toEqual(['CTOC/COP/WG.4/2011/8', 'decision 4/4']);

    const tabId = await tabIdOf(cross.driver, page.url());
    const popup = await cross.driver.openExtensionPage(`popup.html?tabId=${tabId}`);
    cross.track(popup);
    await eventually(() => popup.evaluate(() => !!document.querySelector('[role=switch]'), null)).toBe(true);
    await clickOn(popup, '[role=switch]');
    await eventually(() => markTexts(page)).toEqual([]);
    await clickOn(popup, '[role=switch]');
    await eventually(() => markTexts(page)).toHaveLength(2);
  });
});

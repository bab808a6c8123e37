/**
 * Helpers of the hover-card browser tests: where Renvoi's marks are (read from `CSS.highlights` in the page's own
 * world), pointing at them, and talking to the content script the way the popup does.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { inServiceWorker, type ExtensionSession } from '../../tooling/browsers/fixtures';
import { tabIdOf as crossTabIdOf, type InExtension } from './cross/helpers';

/**
 * `expect.poll` with room for a busy machine (the default second is short when several browsers share two cores).
 * Polls every 50 ms for up to 10 s; a test that fails still fails, only later.
 */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

/**
 * Waits until Renvoi has read the whole page once: its answer to the popup's `page/citations` counts the passes
 * finished (the page itself sees no sign of it: benchmark measures exist only in a benchmark build).
 */
export async function waitForScan(session: ExtensionSession, page: Page): Promise<void> {
  await eventually(() =>
    inServiceWorker(
      session,
      async (url) => {
        // The newest tab showing the page (tab ids only grow): an older tab may show the same address.
        const ids = (await chrome.tabs.query({})).filter((tab) => tab.url === url).map((tab) => tab.id ?? -1);
        if (ids.length === 0) return 0;
        const reply = (await chrome.tabs
          .sendMessage(Math.max(...ids), { type: 'page/citations' })
          .catch(() => null)) as { value?: { passes?: number } } | null;
        return reply?.value?.passes ?? 0;
      },
      page.url(),
    ),
  ).toBeGreaterThan(0);
}

/** A marked citation: its text and a point on its first line, in the frame's viewport coordinates. */
export interface Mark {
  text: string;
  x: number;
  y: number;
}

/** The marks of a page or frame, in document order. */
export function marks(target: Page | Frame): Promise<Mark[]> {
  return target.evaluate(() => {
    const highlight = CSS.highlights.get('renvoi-citation');
    if (!highlight) return [];
    const ranges = [...(highlight as unknown as Set<Range>)].sort((a, b) =>
      a.compareBoundaryPoints(Range.START_TO_START, b),
    );
    return ranges.map((range) => {
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { text: range.toString(), x: rect.left + Math.min(6, rect.width / 2), y: rect.top + rect.height / 2 };
    });
  });
}

/** The texts of the marks. */
export async function markTexts(target: Page | Frame): Promise<string[]> {
  return (await marks(target)).map((m) => m.text.replace(/\s+/g, ' ').trim());
}

/**
 * Waits until the `index`-th mark whose text is `text` exists, scrolls it into view and returns where it is. On pages
 * with many citations only those near the viewport are marks: `scrollTo` (a selector) brings the right part in view.
 */
export async function markOf(
  target: Page | Frame,
  text: string,
  index = 0,
  options: { scrollTo?: string } = {},
): Promise<Mark> {
  if (options.scrollTo) {
    await target.evaluate(
      (selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' }),
      options.scrollTo,
    );
  }
  await eventually(async () => (await markTexts(target)).filter((t) => t === text).length).toBeGreaterThan(index);
  await target.evaluate(
    ({ text, index }) => {
      const ranges = [...(CSS.highlights.get('renvoi-citation') as unknown as Set<Range>)]
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .filter((r) => r.toString().replace(/\s+/g, ' ').trim() === text);
      ranges[index]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    },
    { text, index },
  );
  const found = (await marks(target)).filter((m) => m.text.replace(/\s+/g, ' ').trim() === text)[index];
  if (!found) throw new Error(`No mark "${text}" #${index}`);
  return found;
}

/** The open card (Playwright's role locators see into open shadow roots). */
export const cardOf = (page: Page): Locator => page.getByRole('dialog');

/** The text of the citation whose card is open (Renvoi marks it with a second highlight). */
export function activeMarkText(target: Page | Frame): Promise<string | null> {
  return target.evaluate(() => {
    const [range] = [...((CSS.highlights.get('renvoi-citation-active') as unknown as Set<Range> | undefined) ?? [])];
    return range ? range.toString().replace(/\s+/g, ' ').trim() : null;
  });
}

/** Points at a citation and waits for its card, checking the card is that citation's (the active mark). */
export async function openCard(
  page: Page,
  text: string,
  index = 0,
  options: { scrollTo?: string } = {},
): Promise<Locator> {
  const card = cardOf(page);
  for (let attempt = 1; ; attempt++) {
    const mark = await markOf(page, text, index, options);
    await page.mouse.move(mark.x, mark.y);
    await card.waitFor({ state: 'visible' });
    // The active mark follows in the frame after the card's first painted one.
    await eventually(() => activeMarkText(page)).not.toBeNull();
    const active = await activeMarkText(page);
    if (active === text) return card;
    // A busy machine can deliver the pointer late: step away and point again.
    if (attempt === 3) throw new Error(`Pointing at "${text}" opened the card of "${active}"`);
    await closeCard(page);
  }
}

/** Moves the pointer off every citation and card and waits for the card to go. */
export async function closeCard(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await eventually(() => cardOf(page).count()).toBe(0);
}

/** Runs code in the service worker, shaped as the cross-browser driver's `inExtension`. */
export const inWorker = (session: ExtensionSession): InExtension => ({
  inExtension: (fn, arg) => inServiceWorker(session, fn, arg),
});

/** The tab id of the page at `url`, once its content script answers (`tabIdOf` of cross/helpers.ts). */
export const tabIdOf = (session: ExtensionSession, url: string): Promise<number> =>
  crossTabIdOf(inWorker(session), url);

/** Sends a message to a tab's content script, as the popup does; answers its reply. */
export function sendToTab<T>(session: ExtensionSession, tabId: number, message: object): Promise<T> {
  return inServiceWorker(session, ({ tabId, message }) => chrome.tabs.sendMessage(tabId, message) as Promise<T>, {
    tabId,
    message,
  });
}

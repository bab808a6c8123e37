/**
 * Helpers of the hover-card browser tests: where Renvoi's marks are (read from `CSS.highlights` in the page's own
 * world), pointing at them, and talking to the content script the way the popup does.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { inServiceWorker, type ExtensionSession } from './harness/fixtures';

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

/** Waits until the `index`-th mark whose text is `text` exists, scrolls it into view and returns where it is. */
export async function markOf(target: Page | Frame, text: string, index = 0): Promise<Mark> {
  await expect.poll(async () => (await markTexts(target)).filter((t) => t === text).length).toBeGreaterThan(index);
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

/** Points at a citation and waits for its card. */
export async function openCard(page: Page, text: string, index = 0): Promise<Locator> {
  const mark = await markOf(page, text, index);
  await page.mouse.move(mark.x, mark.y);
  const card = cardOf(page);
  await card.waitFor({ state: 'visible' });
  return card;
}

/** Moves the pointer off every citation and card and waits for the card to go. */
export async function closeCard(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await expect.poll(() => cardOf(page).count()).toBe(0);
}

/** The tab id of a page, as the background learnt it from the content script's hello. */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  let tabId: number | null = null;
  await expect
    .poll(async () => {
      tabId = await inServiceWorker(
        session,
        async (url) => {
          const stored = await chrome.storage.session.get('contentHellos');
          const hellos = (stored.contentHellos ?? []) as { url: string; frame: string; tabId: number | null }[];
          return hellos.filter((h) => h.url === url && h.frame === 'top').at(-1)?.tabId ?? null;
        },
        url,
      );
      return tabId;
    })
    .not.toBeNull();
  return tabId!;
}

/** Sends a message to a tab's content script, as the popup does; answers its reply. */
export function sendToTab<T>(session: ExtensionSession, tabId: number, message: object): Promise<T> {
  return inServiceWorker(session, ({ tabId, message }) => chrome.tabs.sendMessage(tabId, message) as Promise<T>, {
    tabId,
    message,
  });
}

/**
 * What the screenshot steps need from a page with Renvoi at work: waiting for its marks, refusing to shoot a page
 * whose viewport shows none, and pointing at a citation until its card is open. Plain Playwright (the scripts run
 * under tsx, not Vitest).
 */
import type { Locator, Page } from 'playwright-core';

/** Polls `read` every 100 ms until it returns a truthy value; throws `what` after `timeoutMs`. */
export async function waitUntil<T>(read: () => Promise<T>, what: string, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Counts Renvoi's marks: all of them, and those with a box inside the viewport (what a screenshot shows). */
export function markCounts(page: Page): Promise<{ total: number; inView: number }> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('renvoi-citation') as unknown as Set<Range> | undefined;
    const ranges = [...(highlight ?? [])];
    const inView = ranges.filter((range) =>
      [...range.getClientRects()].some(
        (r) => r.width > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
      ),
    ).length;
    return { total: ranges.length, inView };
  });
}

/** Waits until Renvoi has marked citations on the page (the highlight count is above zero). */
export async function waitForMarks(page: Page): Promise<number> {
  return waitUntil(async () => (await markCounts(page)).total, `Renvoi's marks on ${page.url()}`);
}

/**
 * Screenshots a page with Renvoi's marks, and fails rather than write a picture of the product showing none: the
 * highlight must hold ranges and at least one must be inside the viewport.
 */
export async function shootWithMarks(page: Page, file: string): Promise<void> {
  const { total, inView } = await markCounts(page);
  if (total === 0 || inView === 0) {
    throw new Error(
      `Refusing to write ${file}: the screenshot would show no citation marks (${total} marks on the page, ` +
        `${inView} in view). Renvoi did not mark ${page.url()}.`,
    );
  }
  await page.screenshot({ path: file });
}

/** Scrolls the mark of `text` to the middle of the viewport and answers a point on its first line. */
async function pointOf(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((text) => {
    const highlight = CSS.highlights.get('renvoi-citation') as unknown as Set<Range> | undefined;
    const range = [...(highlight ?? [])].find((r) => r.toString().replace(/\s+/g, ' ').trim() === text);
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  }, text);
}

/** The text of the citation whose card is open (Renvoi marks it with a second highlight). */
function activeText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = CSS.highlights.get('renvoi-citation-active') as unknown as Set<Range> | undefined;
    const [range] = [...(active ?? [])];
    return range ? range.toString().replace(/\s+/g, ' ').trim() : null;
  });
}

/** Rests the pointer on the citation `text` until its own card is open with its data; answers the card. */
export async function openCard(page: Page, text: string): Promise<Locator> {
  // Not a card rendered ahead while the pointer dwells (transparent and inert until it is shown).
  const card = page.locator('[data-renvoi-ui] [role="dialog"]:not([inert])');
  for (let attempt = 1; ; attempt++) {
    const point = await waitUntil(() => pointOf(page, text), `a mark on "${text}"`);
    await page.mouse.move(point.x, point.y);
    // The card's title line appears with its data (Playwright's CSS locators see into the shadow root).
    await card.locator('.rv-title').first().waitFor({ state: 'visible', timeout: 15_000 });
    // The active mark follows in the frame after the card's first painted one.
    if ((await waitUntil(() => activeText(page), 'the active mark')) === text) return card;
    // A busy machine can deliver the pointer late: step away and point again.
    if (attempt === 3) throw new Error(`Pointing at "${text}" kept opening another citation's card`);
    await page.mouse.move(2, 2);
    await card.waitFor({ state: 'detached' });
  }
}

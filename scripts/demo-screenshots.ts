import { join } from 'node:path';
import type { BrowserFixture } from '../tests/e2e/harness/fixtures';

/** Where Renvoi marked `text` on the page: a point on its first line (the page scrolled to it), or null. */
function citationPoint(text: string): { x: number; y: number } | null {
  const highlight = CSS.highlights.get('renvoi-citation') as unknown as Iterable<Range> | undefined;
  const range = [...(highlight ?? [])].find((r) => r.toString() === text);
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return rect ? { x: rect.left + Math.min(12, rect.width / 2), y: rect.top + rect.height / 2 } : null;
}

/** Screenshots of the demo: a sample document page, an open hover card and the popup. Returns the files written. */
export async function takeDemoScreenshots(browser: BrowserFixture, outDir: string): Promise<string[]> {
  const written: string[] = [];
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/note-secretariat-2012.html'));
  await page.waitForLoadState('load');
  const pageShot = join(outDir, 'demo-page.png');
  await page.screenshot({ path: pageShot });
  written.push(pageShot);

  // A hover card: the pointer rests on a real citation of the sample document until its card opens.
  const citation = 'CTOC/COP/WG.4/2011/8';
  await page.waitForFunction(citationPoint, citation, { timeout: 30_000 });
  const point = await page.evaluate(citationPoint, citation);
  if (!point) throw new Error(`Renvoi did not mark ${citation} on the demo page`);
  await page.mouse.move(point.x, point.y);
  // The card's title line appears with its data (Playwright's CSS locators see into the shadow root).
  await page.locator('renvoi-ui [role="dialog"] .rv-title').first().waitFor({ state: 'visible' });
  const cardShot = join(outDir, 'hover-card.png');
  await page.screenshot({ path: cardShot });
  written.push(cardShot);

  const popup = await browser.session.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.getByRole('tablist').waitFor();
  const popupShot = join(outDir, 'popup.png');
  await popup.screenshot({ path: popupShot });
  written.push(popupShot);
  return written;
}

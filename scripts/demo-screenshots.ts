import { join } from 'node:path';
import type { BrowserFixture } from '../tests/e2e/harness/fixtures';

/** Screenshots of the demo: a sample document page and the popup. Returns the files written. */
export async function takeDemoScreenshots(browser: BrowserFixture, outDir: string): Promise<string[]> {
  const written: string[] = [];
  const page = await browser.session.context.newPage();
  await page.goto(browser.server.url('/note-secretariat-2012.html'));
  await page.waitForLoadState('load');
  const pageShot = join(outDir, 'demo-page.png');
  await page.screenshot({ path: pageShot });
  written.push(pageShot);

  const popup = await browser.session.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.getByRole('tablist').waitFor();
  const popupShot = join(outDir, 'popup.png');
  await popup.screenshot({ path: popupShot });
  written.push(popupShot);
  return written;
}

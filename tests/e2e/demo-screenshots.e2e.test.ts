import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeDemoScreenshots } from '../../scripts/demo-screenshots';
import { shootWithMarks, waitForMarks } from '../../scripts/screenshots/page-tools';
import { SCREENSHOT_STEPS } from '../../scripts/screenshots/steps';
import { SCRATCH_DIR } from '../../tooling/browsers/launch';
import { startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';
import { waitForScan } from './hover-cards-helpers';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('demo screenshots', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(SCRATCH_DIR, 'shots-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('the guard', () => {
    let browser: BrowserFixture;
    beforeAll(async () => {
      browser = await startBrowser({ lang: 'en-US' });
    });
    afterAll(async () => browser?.close());

    it('refuses to shoot a page that shows no citation marks, and writes nothing', async () => {
      const page = await browser.session.context.newPage();
      await page.goto(browser.server.url('/no-citations.html'));
      // Renvoi has read the page (its answer to the popup counts the passes) and found nothing to mark.
      await waitForScan(browser.session, page);
      const file = join(dir, 'no-marks.png');
      await expect(shootWithMarks(page, file)).rejects.toThrow(/would show no citation marks \(0 marks/);
      expect(existsSync(file)).toBe(false);
      await page.close();
    });

    it('refuses a page whose marks are all out of view', async () => {
      const page = await browser.session.context.newPage();
      await page.setViewportSize({ width: 800, height: 300 });
      await page.goto(browser.server.url('/note-secretariat-2012.html'));
      await waitForMarks(page);
      // The note's title block is taller than 300 px and holds no citation.
      await page.evaluate(() => scrollTo(0, 0));
      const file = join(dir, 'out-of-view.png');
      await expect(shootWithMarks(page, file)).rejects.toThrow(/marks on the page, 0 in view/);
      expect(existsSync(file)).toBe(false);
      await page.close();
    });
  });

  it('writes every step in English at the real sizes, and the README pictures under 150 kB', async () => {
    const files = await takeDemoScreenshots({ outDir: dir, langs: ['en'], readmeDir: dir });
    for (const step of SCREENSHOT_STEPS) expect(files).toContain(join(dir, `${step.name}.en.png`));
    expect(pngSize(join(dir, 'popup-search.en.png'))).toEqual({ width: 460, height: 560 });
    expect(pngSize(join(dir, 'saved-list.en.png'))).toEqual({ width: 460, height: 560 });
    expect(pngSize(join(dir, 'hover-card.en.png'))).toEqual({ width: 1280, height: 800 });
    expect(pngSize(join(dir, 'pdf-reader.en.png'))).toEqual({ width: 1280, height: 800 });
    const pictures = files.filter((file) => file.endsWith('.webp'));
    expect(pictures.length).toBeGreaterThanOrEqual(2);
    for (const picture of pictures) {
      const bytes = readFileSync(picture);
      expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');
      expect(bytes.length).toBeLessThan(150 * 1024);
    }
  }, 180_000);
});

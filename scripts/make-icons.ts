/**
 * Renders `assets/icon.svg` to the PNG sizes the manifest needs (`public/icon/<size>.png`, picked up by WXT).
 * Run by hand after changing the SVG: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tooling/browsers/chromium-path';
import { PROJECT_ROOT } from '../tooling/browsers/launch';

const svg = readFileSync(join(PROJECT_ROOT, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await page.screenshot({ path: join(PROJECT_ROOT, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();

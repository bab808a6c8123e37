/**
 * `npm start`: builds the extension, serves the demo site (the sample documents as HTML pages) on 127.0.0.1 and
 * opens Chromium with Renvoi loaded. Without a display, or with `--headless`, it takes the demo screenshots instead
 * (English and French) and writes them under `.output/demo/`. `--readme-pictures` (`npm run screenshots`) also
 * rewrites the README's pictures in `docs/screenshots/`.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../tooling/browsers/launch';
import { startBrowser } from '../tooling/browsers/fixtures';
import { takeDemoScreenshots } from './demo-screenshots';
import { ensureChromium } from '../tooling/browsers/ensure-chromium';
import { serveDemoPdf } from './demo-pdf';
import type { Route } from '../tooling/browsers/fixtures';

ensureChromium();
const readmePictures = process.argv.includes('--readme-pictures');
const headless = readmePictures || process.argv.includes('--headless') || !process.env.DISPLAY;
const skipBuild = process.argv.includes('--no-build');

if (!skipBuild) execSync('npx wxt build', { cwd: PROJECT_ROOT, stdio: 'inherit' });

if (headless) {
  const outDir = join(PROJECT_ROOT, '.output/demo');
  const readmeDir = readmePictures ? join(PROJECT_ROOT, 'docs/screenshots') : undefined;
  for (const dir of [outDir, readmeDir]) if (dir) mkdirSync(dir, { recursive: true });
  const shots = await takeDemoScreenshots({ outDir, readmeDir });
  console.log('Screenshots (headless run):');
  for (const shot of shots) console.log(`  ${shot}`);
} else {
  const lang = process.env.RENVOI_LANG ?? 'fr';
  // A newcomer's first run: the welcome page Renvoi opens on install stays open.
  const routes = new Map<string, Route>();
  const browser = await startBrowser({ lang, headless: false, viewport: null, welcomePage: 'keep' }, routes);
  console.log(`Demo site: ${browser.server.url('/')}`);
  const reader = await serveDemoPdf(browser.session.context, browser.server, routes, browser.session.extensionId);
  console.log(`A sample document as a PDF, in Renvoi's reader: ${reader}`);
  const page = browser.session.context.pages()[0] ?? (await browser.session.context.newPage());
  await page.goto(browser.server.url('/'));
  console.log('Chromium is open with Renvoi loaded. Close the window or press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    process.exit(0);
  };
  browser.session.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}

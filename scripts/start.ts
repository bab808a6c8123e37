/**
 * `npm start`: builds the extension, serves the demo site (the sample documents as HTML pages) on 127.0.0.1 and
 * opens Chromium with Renvoi loaded. Without a display, or with `--headless`, it takes screenshots instead and
 * writes them under `.output/demo/`.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../tests/e2e/harness/launch';
import { startBrowser } from '../tests/e2e/harness/fixtures';
import { takeDemoScreenshots } from './demo-screenshots';
import { ensureChromium } from '../tests/e2e/harness/ensure-chromium';

ensureChromium();
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const skipBuild = process.argv.includes('--no-build');

if (!skipBuild) execSync('npx wxt build', { cwd: PROJECT_ROOT, stdio: 'inherit' });

const lang = process.env.RENVOI_LANG ?? 'fr';
const browser = await startBrowser({ lang, headless, viewport: headless ? undefined : null });
console.log(`Demo site: ${browser.server.url('/')}`);

if (headless) {
  const outDir = join(PROJECT_ROOT, '.output/demo');
  mkdirSync(outDir, { recursive: true });
  try {
    const shots = await takeDemoScreenshots(browser, outDir);
    console.log('Screenshots (headless run):');
    for (const shot of shots) console.log(`  ${shot}`);
  } finally {
    await browser.close();
  }
} else {
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

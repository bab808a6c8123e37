import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from '../../tooling/browsers/ensure-chromium';
import { CHROME_EXTENSION_DIR } from '../../tooling/browsers/launch';

/** Fails early, with a useful message, when the browser or the built extension is missing. */
export default function setup(): void {
  ensureChromium();
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${CHROME_EXTENSION_DIR}: run "npm run build" first.`);
  }
}

import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Chrome packages put the browser binary. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Finds a Chromium to drive: `CHROME_PATH` first, then the usual install paths. Throws a message saying how to
 * install one, because `npx playwright install` cannot download browsers on these machines.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install Debian\'s package (as root: "apt-get install -y chromium") or set CHROME_PATH ' +
      `to a Chromium or Chrome binary. Looked in: ${CANDIDATES.join(', ')}.`,
  );
}

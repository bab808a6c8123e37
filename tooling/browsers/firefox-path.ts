import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's `firefox-esr` and other distributions' `firefox` packages put the browser. */
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The manifest's `browser_specific_settings.gecko.strict_min_version` (wxt.config.ts): older Firefoxes refuse Renvoi. */
export const FIREFOX_MIN_MAJOR = 142;

/**
 * Finds a Firefox to drive: `FIREFOX_PATH` first, then the usual install paths. Throws a message saying how to
 * install one (puppeteer cannot download browsers on these machines).
 */
export function findFirefox(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    'No Firefox found. Install Debian\'s Firefox ESR from bookworm-security (as root: "apt-get install -y ' +
      `firefox-esr firefox-esr-l10n-fr") or set FIREFOX_PATH. Looked in: ${CANDIDATES.join(', ')}.`,
  );
}

/**
 * The major version in `firefox --version` output ("Mozilla Firefox 153.8.0esr" → 153), or null when the text has
 * none. The pattern takes the first dotted number after the word Firefox, so a vendor prefix does not matter.
 */
export function parseFirefoxMajor(versionText: string): number | null {
  const match = /Firefox\s+(\d+)\.\d+/.exec(versionText);
  return match ? Number(match[1]) : null;
}

/** Throws a clear message when the Firefox at `path` is older than the manifest's minimum (as plain bookworm's 140). */
export function checkFirefoxVersion(path: string, versionText?: string): number {
  const text = versionText ?? execFileSync(path, ['--version'], { encoding: 'utf8' });
  const major = parseFirefoxMajor(text);
  if (major === null) throw new Error(`Could not read the version of ${path} from "${text.trim()}".`);
  if (major < FIREFOX_MIN_MAJOR) {
    throw new Error(
      `${path} is Firefox ${major}; Renvoi needs ${FIREFOX_MIN_MAJOR} or later (its manifest's strict_min_version). ` +
        'On Debian bookworm, install firefox-esr from bookworm-security (plain bookworm has 140).',
    );
  }
  return major;
}

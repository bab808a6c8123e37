import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path';

/**
 * Returns a Chromium binary, installing Debian's `chromium` package first when none is found and we may
 * (running as root with apt-get available, as on a fresh Debian machine or in CI). Otherwise throws
 * findChromium's message, which says how to install one.
 */
export function ensureChromium(): string {
  try {
    return findChromium();
  } catch (error) {
    const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH;
    if (!canInstall) throw error;
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    return findChromium();
  }
}

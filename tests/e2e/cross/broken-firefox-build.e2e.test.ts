/**
 * Acceptance of the Firefox suite: builds that break only in Firefox must make it fail. Each case copies the Firefox
 * build, breaks one Firefox-only thing in the copy, and drives the main path (a page marked, a card with its data,
 * Save) with the same driver as the suite; an unbroken copy must pass, so the copying is not what fails.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageServer, type FixtureServer } from '../../../tooling/browsers/fixtures';
import { FIREFOX_EXTENSION_DIR, FIREFOX_SCRATCH_DIR } from '../../../tooling/browsers/firefox-launch';
import { launchDriver, selectedBrowsers } from './driver';
import { card, clickButton, eventually, openCard, waitForScan } from './helpers';

type Manifest = Record<string, unknown> & { browser_specific_settings?: { gecko?: Record<string, unknown> } };

const CASES: { name: string; breakIt: (manifest: Manifest, dir: string) => void; failure: RegExp | null }[] = [
  { name: 'the build as it is (copied)', breakIt: () => {}, failure: null },
  {
    // Without a gecko id every install gets a new id, so a new origin: the saved list would be lost.
    name: 'a manifest without browser_specific_settings',
    breakIt: (manifest) => delete manifest.browser_specific_settings,
    failure: /not "renvoi@renvoi\.example": is browser_specific_settings\.gecko\.id missing/,
  },
  {
    name: 'a strict_min_version above the running Firefox',
    breakIt: (manifest) => (manifest.browser_specific_settings!.gecko!.strict_min_version = '999.0'),
    failure: /Firefox refused to install/,
  },
  {
    // Chrome's MV3 form: Firefox 153 runs no background from it, so nothing answers the content script.
    name: 'a background declared as a service worker (the Chrome manifest’s form)',
    breakIt: (manifest) => (manifest.background = { service_worker: 'background.js' }),
    failure: /background\.service_worker is currently disabled/,
  },
  {
    // Chrome's promise-style chrome.* (MV3) in the background: in Firefox's MV2 chrome.* takes callbacks and answers
    // undefined, so this throws there, in the background, where only Firefox's stderr shows it.
    name: 'a background calling chrome.* as promises',
    breakIt: (_manifest, dir) => {
      const background = join(dir, 'background.js');
      writeFileSync(
        background,
        `${readFileSync(background, 'utf8')}\nchrome.storage.local.get(null).then(() => {});\n`,
      );
    },
    failure: /JavaScript error: moz-extension:\/\/[^/]+\/background\.js, line \d+: TypeError/,
  },
];

describe.runIf(selectedBrowsers().includes('firefox'))('firefox: builds broken only for Firefox fail the suite', () => {
  let server: FixtureServer;
  let workDir: string;
  beforeAll(async () => {
    server = await startPageServer();
    workDir = mkdtempSync(join(FIREFOX_SCRATCH_DIR, 'broken-'));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  /** The suite's main path in one go; throws where it breaks. */
  async function mainPath(extensionDir: string): Promise<void> {
    const driver = await launchDriver('firefox', { extensionDir });
    try {
      const page = await driver.openPage(server.url('/citations-in-markup.html'));
      await waitForScan(driver, page);
      await openCard(page, 'CTOC/COP/WG.4/2011/8');
      await eventually(async () => (await card(page))?.text).toContain('4th meeting of the Working Group');
      await clickButton(page, 'Save', { inCard: true });
      await eventually(async () => (await card(page))?.status).toBe('Saved to your list.');
      const errors = driver.takeErrors();
      if (errors.length > 0) throw new Error(`Renvoi's errors:\n${errors.join('\n')}`);
    } finally {
      await driver.close();
    }
  }

  it.each(CASES)('$name', async ({ name, breakIt, failure }) => {
    const dir = join(workDir, name.replace(/\W+/g, '-'));
    cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    breakIt(manifest, dir);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    if (failure === null) await mainPath(dir);
    else await expect(mainPath(dir)).rejects.toThrow(failure);
  });
});

/**
 * The welcome page ("How Renvoi works"): opened by the first install only, its live paragraph marked with cards,
 * axe-clean in both languages, linked from the options page, and the option that turns it off.
 *
 * How the browser's events are produced: a fresh profile is a first install; a relaunch of the same profile is what
 * Chromium reports as an install again for a command-line-loaded build (the stored record stops a second opening);
 * DevTools' `Extensions.loadUnpacked` on the loaded folder is the "Reload" of chrome://extensions (reason `update`),
 * and on the folder with a new manifest version, an update.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, SCRATCH_DIR, launchExtension, welcomeDecision } from '../../tooling/browsers/launch';
import { inServiceWorker, type ExtensionSession } from '../../tooling/browsers/fixtures';
import { eventually, markTexts, openCard } from './hover-cards-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Lets DevTools load (and reload) unpacked extensions. */
const DEBUGGING = ['--enable-unsafe-extension-debugging'];

const welcomeUrl = (session: ExtensionSession) => `chrome-extension://${session.extensionId}/welcome.html`;
const welcomeTabs = (session: ExtensionSession) =>
  session.context.pages().filter((page) => page.url() === welcomeUrl(session));

/** The background's decision on the latest install event, once it is recorded. */
async function decided(session: ExtensionSession): Promise<{ reason: string; decision: string }> {
  let found: { reason: string; decision: string } | null = null;
  await eventually(async () => {
    found = await welcomeDecision(await session.serviceWorker()).catch(() => null);
    return found;
  }).not.toBeNull();
  return found!;
}

/** Waits for the welcome tab and answers it, loaded. */
async function welcomeTab(session: ExtensionSession): Promise<Page> {
  await eventually(() => welcomeTabs(session).length).toBe(1);
  const page = welcomeTabs(session)[0]!;
  await page.waitForLoadState('load');
  return page;
}

/** Reloads the unpacked extension from `dir` through DevTools, as chrome://extensions' Reload does. */
async function loadUnpacked(session: ExtensionSession, dir: string): Promise<void> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  await cdp.send('Extensions.loadUnpacked' as never, { path: dir } as never);
  await cdp.detach();
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('the welcome page in en-US', () => {
  let session: ExtensionSession | undefined;
  let extensionDir: string;
  let profileDir: string;
  let page: Page;
  beforeAll(async () => {
    // A copy of the build, so the update test can change its version.
    extensionDir = mkdtempSync(join(SCRATCH_DIR, 'welcome-build-'));
    cpSync(CHROME_EXTENSION_DIR, extensionDir, { recursive: true });
    profileDir = mkdtempSync(join(SCRATCH_DIR, 'welcome-profile-'));
  });
  afterAll(async () => {
    await session?.close();
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  });
  const launch = async () => {
    session = await launchExtension({ profileDir, extensionDir, welcomePage: 'keep', args: DEBUGGING });
    return session;
  };
  const relaunch = async () => {
    await session?.close();
    return launch();
  };

  it('opens once, in a tab of its own, on the first install', async () => {
    const s = await launch();
    expect(await decided(s)).toEqual({ reason: 'install', decision: 'open' });
    page = await welcomeTab(s);
    expect(await page.title()).toBe('How Renvoi works');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('How Renvoi works');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('says what Renvoi does, where the popup and the saved list are, what it never does, how to pause it', async () => {
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual([
      'What Renvoi does',
      'Try it here',
      'Where to find Renvoi',
      'What Renvoi never does',
      'Pausing Renvoi on a site',
    ]);
    expect(await page.locator('.welcome__steps > li').count()).toBe(3);
    const text = await page.locator('main').innerText();
    expect(text).toContain('It makes no network request');
    expect(text).toContain('It never changes the page');
    expect(text).toContain('Pause on');
    expect(await page.getByRole('link', { name: 'Open the saved list' }).getAttribute('href')).toBe(
      `chrome-extension://${session!.extensionId}/saved.html`,
    );
    expect(await page.getByRole('link', { name: 'Open the settings' }).getAttribute('href')).toBe(
      `chrome-extension://${session!.extensionId}/options.html`,
    );
  });

  it('marks the citations of its live paragraph, and only there, and opens their cards', async () => {
    await eventually(() => markTexts(page)).toEqual([
      'decision 4/4',
      'article 32, paragraph 3, of the Convention',
      'resolution 5/2',
      'CTOC/COP/WG.4/2011/8',
    ]);
    const inSample = await page.evaluate(() => {
      const sample = document.querySelector('.welcome__sample')!;
      const ranges = [...(CSS.highlights.get('renvoi-citation') as unknown as Set<Range>)];
      return ranges.every((range) => sample.contains(range.commonAncestorContainer));
    });
    expect(inSample).toBe(true);
    const card = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    expect(await card.getAttribute('aria-label')).toBe('Renvoi card: CTOC/COP/WG.4/2011/8');
    await expect.poll(() => card.innerText()).toContain('4th meeting of the Working Group');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is linked from the options page, whose option turns it off', async () => {
    const options = await session!.openExtensionPage('options.html');
    expect(await options.getByRole('link', { name: 'How Renvoi works' }).getAttribute('href')).toBe(
      welcomeUrl(session!),
    );
    const option = options.getByRole('checkbox', { name: 'Open “How Renvoi works” when Renvoi is installed' });
    expect(await option.isChecked()).toBe(true);
    await option.uncheck();
    await eventually(() =>
      inServiceWorker(session!, async () => (await chrome.storage.local.get('welcome')).welcome, null),
    ).toMatchObject({ openOnInstall: false });
    expect(await axeViolations(options)).toEqual([]);
  });

  it.each([
    ['Search, with nothing typed', 'popup.html'],
    ['Saved, with an empty list', 'popup.html?tab=saved'],
    ['On this page, where no page answers', 'popup.html?tab=page'],
  ])("is linked from the popup's empty %s", async (_label, path) => {
    const popup = await session!.openExtensionPage(path);
    await popup.setViewportSize({ width: 460, height: 560 });
    const link = popup.getByRole('link', { name: 'How Renvoi works' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(welcomeUrl(session!));
    expect(await link.getAttribute('target')).toBe('_blank');
    await popup.close();
  });

  it('does not open on an install event when the option is off; does when it is on (same storage otherwise)', async () => {
    // Forget the first opening, so only the option can stop the next install event.
    const forget = (openOnInstall: boolean) =>
      inServiceWorker(
        session!,
        (openOnInstall) => chrome.storage.local.set({ welcome: { openOnInstall, shownAt: null } }),
        openOnInstall,
      );
    await forget(false);
    let s = await relaunch();
    expect(await decided(s)).toEqual({ reason: 'install', decision: 'turned-off' });
    expect(welcomeTabs(s)).toHaveLength(0);

    await forget(true);
    s = await relaunch();
    expect(await decided(s)).toEqual({ reason: 'install', decision: 'open' });
    await welcomeTab(s);
  });

  it('does not open again when the browser starts again (Chromium reports the same install)', async () => {
    const s = await relaunch();
    expect(await decided(s)).toEqual({ reason: 'install', decision: 'already-shown' });
    expect(welcomeTabs(s)).toHaveLength(0);
  });

  it('does not open on a reload of the extension (reason update)', async () => {
    const s = session!;
    await inServiceWorker(s, () => chrome.storage.local.set({ welcome: { openOnInstall: true, shownAt: null } }), null);
    await loadUnpacked(s, extensionDir);
    await eventually(async () => (await welcomeDecision(await s.serviceWorker()).catch(() => null))?.reason).toBe(
      'update',
    );
    expect(await decided(s)).toEqual({ reason: 'update', decision: 'not-an-install' });
    expect(welcomeTabs(s)).toHaveLength(0);
  });

  it('does not open on an update to a new version', async () => {
    const s = session!;
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    await inServiceWorker(s, () => chrome.storage.session.remove('welcomeDecision'), null);
    await loadUnpacked(s, extensionDir);
    expect(await decided(s)).toEqual({ reason: 'update', decision: 'not-an-install' });
    const version = await inServiceWorker(s, () => chrome.runtime.getManifest().version, null);
    expect(version).toBe(`${manifest.version}.1`);
    expect(welcomeTabs(s)).toHaveLength(0);
  });
});

describe('the welcome page in French', () => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await launchExtension({ lang: 'fr', welcomePage: 'keep' });
  });
  afterAll(async () => session?.close());
  afterEach(async () => expect(await axeViolations(page)).toEqual([]));

  it('opens on install, speaks French, and marks its French paragraph', async () => {
    page = await welcomeTab(session);
    expect(await page.title()).toBe('Comment fonctionne Renvoi');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await eventually(() => markTexts(page)).toEqual([
      'décision 4/4',
      'paragraphe 3 de l’article 32 de la Convention contre la criminalité organisée',
      'résolution 5/2',
      'CTOC/COP/WG.4/2011/8',
    ]);
    const card = await openCard(page, 'résolution 5/2');
    await expect.poll(() => card.getAttribute('aria-label')).toMatch(/^Fiche Renvoi\s:\sCOP resolution 5\/2$/);
  });
});

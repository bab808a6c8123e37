import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium-path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** The Chrome build under test: `.output/chrome-mv3`, or `$RENVOI_OUT_DIR/chrome-mv3` (see wxt.config.ts). */
export const CHROME_EXTENSION_DIR = join(PROJECT_ROOT, process.env.RENVOI_OUT_DIR ?? '.output', 'chrome-mv3');
/** Scratch HOME / XDG folders and profiles: Chromium writes nothing outside the project. */
export const SCRATCH_DIR = join(PROJECT_ROOT, '.cache/chromium');

export interface LaunchOptions {
  /** UI language, e.g. `en-US` or `fr`. */
  lang?: string;
  headless?: boolean;
  /** Reuse a profile folder (to test what survives a restart); a fresh temporary one otherwise. */
  profileDir?: string;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  /** More Chromium flags, e.g. `--host-resolver-rules=MAP documents.un.org 127.0.0.1` (UN hosts → the fixture server). */
  args?: string[];
  /**
   * The welcome page Renvoi opens on a first install: `close` (default) waits for the install's decision and closes
   * the tab, so the tests start from the same tabs as before it existed; `keep` leaves it (its own tests, npm start).
   */
  welcomePage?: 'close' | 'keep';
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** The background service worker (waits for it to be up again if it was stopped). */
  serviceWorker(): Promise<Worker>;
  /** Opens `chrome-extension://<id>/<path>` in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Flags that keep Chromium quiet on a machine with a closed network, and let it run as root in CI. */
const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--no-sandbox',
];

/**
 * Launches Debian's Chromium with the built extension loaded, in a persistent profile, and finds the extension id
 * from its service worker.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  mkdirSync(SCRATCH_DIR, { recursive: true });
  const ownProfile = !options.profileDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(SCRATCH_DIR, 'profile-'));
  // Chromium makes `Default/` on a profile's first launch: without it, Renvoi's first install is about to happen.
  const firstInstall = !existsSync(join(profileDir, 'Default'));
  const home = join(SCRATCH_DIR, 'home');
  mkdirSync(home, { recursive: true });
  const lang = options.lang ?? 'en-US';
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    locale: lang,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
      LANGUAGE: lang.replace('-', '_'),
    },
    args: [
      ...QUIET_FLAGS,
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const firstWorker = await serviceWorker();
  const extensionId = new URL(firstWorker.url()).host;
  if (firstInstall && options.welcomePage !== 'keep') await closeWelcomePage(context, serviceWorker, extensionId);
  return {
    context,
    extensionId,
    profileDir,
    serviceWorker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** What the background decided on the install event (`lib/background/welcome-on-install.ts` records it), or null. */
export async function welcomeDecision(worker: Worker): Promise<{ reason: string; decision: string } | null> {
  const stored = await worker.evaluate(() => chrome.storage.session.get('welcomeDecision'));
  return (stored.welcomeDecision as { reason: string; decision: string } | undefined) ?? null;
}

/**
 * Waits for the background's decision on the first install and, when it opened the welcome page, closes that tab.
 * A build without the welcome page (an old or deliberately broken variant) records nothing: after 10 s, go on.
 */
async function closeWelcomePage(
  context: BrowserContext,
  serviceWorker: () => Promise<Worker>,
  extensionId: string,
): Promise<void> {
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + 10_000;
  let decision: string | undefined;
  while (Date.now() < deadline && decision === undefined) {
    decision = (await welcomeDecision(await serviceWorker()).catch(() => null))?.decision;
    if (decision === undefined) await new Promise((done) => setTimeout(done, 50));
  }
  if (decision !== 'open') return;
  // The tab was created before the decision was recorded; its page may still be navigating to the welcome page.
  while (Date.now() < deadline + 10_000) {
    const page = context.pages().find((p) => p.url() === welcomeUrl);
    if (page) return page.close();
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`Renvoi decided to open ${welcomeUrl} on install, but no such tab appeared`);
}

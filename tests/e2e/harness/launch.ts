import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium-path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
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

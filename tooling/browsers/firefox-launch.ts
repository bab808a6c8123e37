import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PROJECT_ROOT } from './launch';
import { checkFirefoxVersion, findFirefox } from './firefox-path';
import { failingReports, LineCollector, parseExtensionReports } from './firefox-errors';

/** The Firefox build under test: `.output/firefox-mv2`, or `$RENVOI_OUT_DIR/firefox-mv2` (see wxt.config.ts). */
export const FIREFOX_EXTENSION_DIR = join(PROJECT_ROOT, process.env.RENVOI_OUT_DIR ?? '.output', 'firefox-mv2');
/** Profiles, HOME and downloads of the Firefox tests: Firefox writes nothing outside the project. */
export const FIREFOX_SCRATCH_DIR = join(PROJECT_ROOT, '.cache/firefox');
/**
 * Renvoi's internal UUID in every test profile (pref `extensions.webextensions.uuids`), so its pages are at a known
 * `moz-extension://<uuid>/` from the start, and the same origin (and IndexedDB) after a restart.
 */
export const FIREFOX_EXTENSION_UUID = '0b9f5a52-7e2c-4c1a-9d7e-4a1c2b3d4e5f';

export interface FirefoxLaunchOptions {
  /** UI language: `en-US` or `fr` (French needs Debian's `firefox-esr-l10n-fr` language pack). */
  lang?: string;
  headless?: boolean;
  /** Reuse a profile folder (to test what survives a restart); a fresh temporary one otherwise. */
  profileDir?: string;
  extensionDir?: string;
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id Firefox installed, `browser_specific_settings.gecko.id`. */
  extensionId: string;
  /** `moz-extension://<uuid>` */
  origin: string;
  profileDir: string;
  /** Where `<a download>` files land (no dialog). */
  downloadDir: string;
  /** Every request the web pages opened through `openPage` made. */
  requests: string[];
  /** A web page (http, file, about:) in a new tab; its uncaught errors are collected. */
  openPage(url: string): Promise<Page>;
  /** `moz-extension://<uuid>/<path>` in a new tab of its own (see the gotchas in firefox-testing.md). */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` in an extension page (Renvoi's origin and `browser.*` APIs; the background page's role in tests). */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /**
   * Renvoi's errors so far, and forgets them: uncaught errors of the pages opened here, and the background's and
   * extension pages' errors from Firefox's stderr (known harmless messages left out).
   */
  takeErrors(): string[];
  close(): Promise<void>;
}

/** The gecko id the manifest declares; the fixed UUID is tied to it. */
export function geckoIdOf(extensionDir: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  return manifest.browser_specific_settings?.gecko?.id;
}

/** The add-on id Renvoi must be installed as: the fixed UUID and the stored data belong to it. */
export const RENVOI_GECKO_ID = 'renvoi@renvoi.example';

function prefs(lang: string, downloadDir: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [RENVOI_GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    // The UI language; French needs the language pack (Debian's firefox-esr-l10n-fr) to be installed.
    'intl.locale.requested': lang,
    'intl.accept_languages': lang,
    // Export downloads go straight to a known folder.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.panel.shown': true,
    // Clipboard reads from pages, as Chromium's granted permission does in the Chromium tests.
    'dom.events.asyncClipboard.readText': true,
    'dom.events.testing.asyncClipboard': true,
  };
}

/**
 * Launches Firefox (headless, WebDriver BiDi) with the Firefox build installed as a temporary add-on. Stderr is read
 * throughout for Renvoi's errors.
 */
export async function launchFirefoxExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build:firefox" first.`);
  }
  const executablePath = findFirefox();
  checkFirefoxVersion(executablePath);
  mkdirSync(FIREFOX_SCRATCH_DIR, { recursive: true });
  const ownProfile = !options.profileDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(FIREFOX_SCRATCH_DIR, 'profile-'));
  mkdirSync(profileDir, { recursive: true });
  const downloadDir = join(profileDir, 'downloads');
  mkdirSync(downloadDir, { recursive: true });
  const home = join(FIREFOX_SCRATCH_DIR, 'home');
  mkdirSync(home, { recursive: true });
  const lang = options.lang ?? 'en-US';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    // Without it Firefox's remote agent refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, '.cache'), LANGUAGE: lang.replace('-', '_') },
    extraPrefsFirefox: prefs(lang, downloadDir),
  });
  const stderr = new LineCollector();
  const child = browser.process();
  child?.stderr?.setEncoding('utf8');
  child?.stderr?.on('data', (chunk: string) => {
    stderr.push(chunk);
    if (process.env.RENVOI_FIREFOX_DUMPIO) process.stderr.write(chunk);
  });
  let errorLinesRead = 0;
  const pageErrors: string[] = [];
  const requests: string[] = [];
  const close = async (): Promise<void> => {
    await browser.close();
    if (ownProfile) rmSync(profileDir, { recursive: true, force: true });
  };

  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    await close();
    throw new Error(`Firefox refused to install ${extensionDir}: ${(error as Error).message}`);
  }
  if (extensionId !== RENVOI_GECKO_ID) {
    await close();
    throw new Error(
      `Firefox installed ${extensionDir} as "${extensionId}", not "${RENVOI_GECKO_ID}": is ` +
        'browser_specific_settings.gecko.id missing from the manifest? Without it every install gets a new id, so ' +
        'a new origin, and the saved list is lost.',
    );
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const tab = await browser.newPage();
    // page.goto() never resolves for extension pages (BiDi sends no events for them): navigate with the raw command.
    const context = (tab.mainFrame() as unknown as { _id: string })._id;
    const connection = (
      browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }
    ).connection;
    await connection.send('browsingContext.navigate', {
      context,
      url: `${origin}/${path.replace(/^\//, '')}`,
      wait: 'complete',
    });
    return tab;
  };

  let helper: Promise<Page> | undefined;
  /** The web page opened last: the one a reader would be looking at. */
  let front: Page | undefined;
  return {
    browser,
    extensionId,
    origin,
    profileDir,
    downloadDir,
    requests,
    async openPage(url) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${url}: ${(error as Error).message ?? String(error)}`));
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(url);
      front = page;
      return page;
    },
    openExtensionPage,
    async inExtension(fn, arg) {
      // One blank extension page (the options page) kept open for the session.
      if (!helper) {
        helper = openExtensionPage('options.html');
        // A new tab comes to the front and Firefox hides the others: a hidden page gets one timer a second and
        // almost no frames, so Renvoi's scan and hover (which wait for frames) would crawl there as they would in a
        // tab nobody looks at. Give the front back to the page under test.
        await helper;
        await front?.bringToFront();
      }
      const page = await helper;
      return page.evaluate(fn as (arg: unknown) => Promise<Awaited<ReturnType<typeof fn>>>, arg as unknown);
    },
    takeErrors() {
      const fresh = stderr.lines.slice(errorLinesRead);
      errorLinesRead = stderr.lines.length;
      const reports = failingReports(parseExtensionReports(fresh.join('\n'))).map((r) => r.text);
      return [...pageErrors.splice(0), ...reports];
    },
    close,
  };
}

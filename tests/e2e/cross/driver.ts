/**
 * The browser a cross-browser test drives, written once for Chromium (playwright-core, `.output/chrome-mv3`) and
 * Firefox (puppeteer-core over WebDriver BiDi, `.output/firefox-mv2`). Only what both can do the same way: pages by
 * URL, script in the page, a real pointer and keyboard, files in and out, and code in Renvoi's own origin.
 */

export type BrowserName = 'chromium' | 'firefox';

export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * The browsers to run the cross-browser suite in: `RENVOI_E2E_BROWSERS` (comma-separated, e.g. `firefox` for
 * `npm run test:firefox`), both by default.
 */
export function selectedBrowsers(env: NodeJS.ProcessEnv = process.env): BrowserName[] {
  const wanted = env.RENVOI_E2E_BROWSERS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!wanted?.length) return [...ALL_BROWSERS];
  const unknown = wanted.filter((name) => !ALL_BROWSERS.includes(name as BrowserName));
  if (unknown.length) {
    throw new Error(
      `RENVOI_E2E_BROWSERS names unknown browsers: ${unknown.join(', ')} (use ${ALL_BROWSERS.join(', ')}).`,
    );
  }
  return wanted as BrowserName[];
}

/** A page or tab: a web page or one of Renvoi's own pages. */
export interface TestPage {
  url(): string;
  /** Runs `fn` in the page (its main world; in an extension page, with the extension's APIs). */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /**
   * Runs `fn` in the first frame of the page (not the top one) whose address starts with `urlPrefix`: a web page's
   * frame, or Renvoi's reader opened in one. Null when no such frame is there (yet).
   */
  inFrame<T, A>(urlPrefix: string, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T | null>;
  /** Moves the real pointer to viewport coordinates. */
  mouseMove(x: number, y: number): Promise<void>;
  /** A real click at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** Presses a key or a chord, in Playwright's notation: `Escape`, `Alt+Shift+KeyN`, `Alt+ArrowDown`. */
  press(chord: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Chooses a file in the `<input type=file>` matched by `selector`, as a user would. */
  chooseFile(selector: string, file: { name: string; text: string }): Promise<void>;
  /** Runs `trigger` (which should start an `<a download>`) and answers the downloaded file. */
  download(trigger: () => Promise<void>): Promise<{ filename: string; text: string }>;
  close(): Promise<void>;
}

export interface LaunchDriverOptions {
  lang?: 'en-US' | 'fr';
  /** A profile folder kept between launches (to test a restart); a fresh temporary one otherwise. */
  profileDir?: string;
  /** Another build of the extension (the acceptance tests install broken variants). */
  extensionDir?: string;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  readonly extensionOrigin: string;
  openPage(url: string): Promise<TestPage>;
  /** `popup.html?tab=saved` etc., in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Runs `fn` in Renvoi's origin with its extension APIs (Chromium: the service worker; Firefox: an extension page,
   * since BiDi cannot reach the background page). Use `browser` when defined, else `chrome` (see `ext()` in helpers).
   */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Every URL the web pages opened through `openPage` requested. */
  requests(): string[];
  /**
   * Renvoi's own files the browser was seen loading (`chrome-extension://…`), Renvoi's pages' and the content
   * script's modules (`engine.js`, `card-ui.js`). Chromium only: Firefox's WebDriver BiDi reports no
   * `moz-extension://` load of a content script (null).
   */
  extensionRequests(): string[] | null;
  /** Renvoi's errors since the last call (pages, and in Firefox the background and extension pages from stderr). */
  takeErrors(): string[];
  close(): Promise<void>;
}

/** Splits a chord into its keys: `Alt+Shift+KeyN` → Alt, Shift, KeyN; a lone `+` stays a key. */
export function chordKeys(chord: string): string[] {
  if (chord === '+') return ['+'];
  return chord.split('+');
}

export async function launchDriver(name: BrowserName, options: LaunchDriverOptions = {}): Promise<BrowserDriver> {
  if (name === 'chromium') return (await import('./chromium-driver')).launchChromiumDriver(options);
  return (await import('./firefox-driver')).launchFirefoxDriver(options);
}

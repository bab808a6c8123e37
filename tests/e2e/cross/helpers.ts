/**
 * Helpers of the cross-browser suite. Everything goes through `TestPage.evaluate`, the real pointer and the
 * keyboard, so the same lines run in Chromium and Firefox. Functions passed to `evaluate` are serialised: they use
 * only their argument and the page's globals (`browser` in Firefox, `chrome` in Chromium, see `api` below).
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startPageServer, type FixtureServer, type Route } from '../../../tooling/browsers/fixtures';
import { launchDriver, type BrowserDriver, type BrowserName, type TestPage } from './driver';

/** `expect.poll` with room for a busy machine: every 50 ms for up to 15 s. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

/**
 * Waits until Renvoi has read the page once: its answer to the popup's `page/citations` counts the passes finished
 * (the page itself sees no sign of it: benchmark measures exist only in a benchmark build).
 */
export async function waitForScan(driver: BrowserDriver, page: TestPage): Promise<void> {
  await eventually(() => scanPasses(driver, page)).toBeGreaterThan(0);
}

/** How many passes Renvoi has finished on the page (0 before the first, or when it does not answer). */
export function scanPasses(driver: BrowserDriver, page: TestPage): Promise<number> {
  return driver.inExtension(async (url) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    // The newest tab showing the page (tab ids only grow): an older tab may show the same address.
    const ids = (await api.tabs.query({})).filter((tab) => tab.url === url).map((tab) => tab.id ?? -1);
    if (ids.length === 0) return 0;
    const reply = (await api.tabs.sendMessage(Math.max(...ids), { type: 'page/citations' }).catch(() => null)) as {
      value?: { passes?: number };
    } | null;
    return reply?.value?.passes ?? 0;
  }, page.url());
}

/** A news page: numbers and dates, nothing a citation starts with; its `#live` paragraph changes. */
export const NEWS = '/news-numbers.html';

/** Changes the page's live paragraph and waits until Renvoi has read the change (one more pass). */
export async function changeLive(cross: CrossBrowser, page: TestPage, text: string): Promise<void> {
  const passes = await scanPasses(cross.driver, page);
  await page.evaluate((next) => {
    document.getElementById('live')!.textContent = next;
  }, text);
  await eventually(() => scanPasses(cross.driver, page)).toBeGreaterThan(passes);
}

/** A marked citation: its text (white space collapsed) and a point on its first line, in viewport coordinates. */
export interface Mark {
  text: string;
  x: number;
  y: number;
}

/** The marks of a page in document order, read from `CSS.highlights` (Renvoi never changes the page's nodes). */
export function marks(page: TestPage): Promise<Mark[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('renvoi-citation') as unknown as Set<Range> | undefined;
    if (!highlight) return [];
    return [...highlight]
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => {
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return {
          text: range.toString().replace(/\s+/g, ' ').trim(),
          x: rect.left + Math.min(6, rect.width / 2),
          y: rect.top + rect.height / 2,
        };
      });
  }, null);
}

export const markTexts = async (page: TestPage): Promise<string[]> => (await marks(page)).map((m) => m.text);

/** Scrolls the `index`-th mark with this text into the middle of the view and answers where it is. */
export async function markOf(page: TestPage, text: string, index = 0): Promise<Mark> {
  await eventually(async () => (await markTexts(page)).filter((t) => t === text).length).toBeGreaterThan(index);
  await page.evaluate(
    ({ text, index }) => {
      const ranges = [...(CSS.highlights.get('renvoi-citation') as unknown as Set<Range>)]
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .filter((r) => r.toString().replace(/\s+/g, ' ').trim() === text);
      ranges[index]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    },
    { text, index },
  );
  const found = (await marks(page)).filter((m) => m.text === text)[index];
  if (!found) throw new Error(`No mark "${text}" #${index}`);
  return found;
}

/** What the open card shows (inside Renvoi's shadow root), or null when none is open. */
export interface CardState {
  label: string | null;
  text: string;
  status: string | null;
  /** The citation the card belongs to (Renvoi's second highlight). */
  active: string | null;
}

export function card(page: TestPage): Promise<CardState | null> {
  return page.evaluate(() => {
    const dialog = document.querySelector('[data-renvoi-ui]')?.shadowRoot?.querySelector('[role=dialog]');
    // A card rendered ahead while the pointer dwells is transparent (and inert) until it is shown: not open yet.
    if (!dialog || !(dialog as HTMLElement).checkVisibility({ opacityProperty: true })) return null;
    const [range] = [...((CSS.highlights.get('renvoi-citation-active') as unknown as Set<Range> | undefined) ?? [])];
    return {
      label: dialog.getAttribute('aria-label'),
      text: (dialog as HTMLElement).innerText,
      status: dialog.querySelector('[role=status]')?.textContent ?? null,
      active: range ? range.toString().replace(/\s+/g, ' ').trim() : null,
    };
  }, null);
}

/** Points at a citation with the real pointer and waits for its own card (retried if a busy machine lags). */
export async function openCard(page: TestPage, text: string, index = 0): Promise<CardState> {
  for (let attempt = 1; ; attempt++) {
    const mark = await markOf(page, text, index);
    await page.mouseMove(mark.x, mark.y);
    // The card, then its active mark (it follows in the frame after the card's first painted one).
    await eventually(async () => (await card(page))?.active ?? null).not.toBeNull();
    const state = (await card(page))!;
    if (state.active === text) return state;
    if (attempt === 3) throw new Error(`Pointing at "${text}" opened the card of "${state.active}"`);
    await closeCard(page);
  }
}

export async function closeCard(page: TestPage): Promise<void> {
  await page.mouseMove(2, 2);
  await eventually(() => card(page)).toBeNull();
}

/**
 * Clicks, with the real pointer, the button whose text is `name` (exactly, white space collapsed): in the open card
 * when `inCard`, else in the document. Throws when there is none within 15 s.
 */
export async function clickButton(
  page: TestPage,
  name: string | RegExp,
  where: { inCard?: boolean } = {},
): Promise<void> {
  const locate = () =>
    page.evaluate(
      ({ source, flags, inCard }) => {
        const root: ParentNode | null | undefined = inCard
          ? document.querySelector('[data-renvoi-ui]')?.shadowRoot?.querySelector('[role=dialog]')
          : document;
        const pattern = new RegExp(source, flags);
        const button = [...(root?.querySelectorAll('button, [role=button], [role=tab]') ?? [])].find((el) =>
          pattern.test((el.textContent ?? '').replace(/\s+/g, ' ').trim()),
        );
        if (!button) return null;
        button.scrollIntoView({ block: 'center' });
        const rect = button.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      },
      typeof name === 'string'
        ? { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '', inCard: !!where.inCard }
        : { source: name.source, flags: name.flags, inCard: !!where.inCard },
    );
  // Buttons appear after the work they follow (a file read, a search): wait for one, then click it.
  let point = await locate();
  for (const deadline = Date.now() + 15_000; !point && Date.now() < deadline; point = await locate()) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!point) throw new Error(`No button "${String(name)}"${where.inCard ? ' in the card' : ''}`);
  await page.click(...(await settledPoint(point, locate)));
}

/**
 * The point to click once the element stops moving: a real pointer clicks where the element was when it was measured,
 * and a list that re-renders or a section that expands above it (search details loading their actions and themes)
 * would put another control there (a theme chip instead of Save, seen under load). Measures again every 50 ms until
 * two readings agree, for at most 2 s, then clicks the last reading.
 */
async function settledPoint(
  first: { x: number; y: number },
  measure: () => Promise<{ x: number; y: number } | null>,
): Promise<[number, number]> {
  let point = first;
  for (const deadline = Date.now() + 2_000; Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await measure();
    if (!again) break;
    const still = Math.abs(again.x - point.x) < 0.5 && Math.abs(again.y - point.y) < 0.5;
    point = again;
    if (still) break;
  }
  return [point.x, point.y];
}

/** Clicks the element matched by `selector` with the real pointer. */
export async function clickOn(page: TestPage, selector: string): Promise<void> {
  const locate = () =>
    page.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, selector);
  const point = await locate();
  if (!point) throw new Error(`Nothing matches ${selector}`);
  await page.click(...(await settledPoint(point, locate)));
}

/** The trimmed texts of the elements matched by `selector`. */
export const textsOf = (page: TestPage, selector: string): Promise<string[]> =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
    selector,
  );

/** Whatever runs code in Renvoi's origin: a cross-browser driver, or the Chromium harness's service worker. */
export type InExtension = Pick<BrowserDriver, 'inExtension'>;

/**
 * The tab id of the page at `url` (the newest tab showing it), read from the browser's tabs in Renvoi's origin (the
 * background keeps no log of pages). By default it also waits until the tab's content script answers the popup's
 * question, as the popup asks it; `listening: false` for a tab where none runs (a PDF in the browser's viewer).
 * The one home of this look-up: the Chromium harness (`hover-cards-helpers.ts`) and its tests call it too.
 */
export async function tabIdOf(ext: InExtension, url: string, { listening = true } = {}): Promise<number> {
  let tabId: number | null = null;
  await eventually(async () => {
    tabId = await ext.inExtension(
      async ({ url, listening }) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const id = (await api.tabs.query({})).filter((tab) => tab.url === url).at(-1)?.id;
        if (id === undefined || !listening) return id ?? null;
        const reply = (await api.tabs.sendMessage(id, { type: 'page/citations' }).catch(() => null)) as {
          ok?: boolean;
        } | null;
        return reply?.ok ? id : null;
      },
      { url, listening },
    );
    return tabId;
  }).not.toBeNull();
  return tabId!;
}

/** Sends a message to a tab's content script, as the popup does, and answers its reply. */
export function sendToTab<T>(driver: BrowserDriver, tabId: number, message: object): Promise<T> {
  return driver.inExtension(
    ({ tabId, message }) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.tabs.sendMessage(tabId, message) as Promise<T>;
    },
    { tabId, message },
  );
}

/** The saved list as the background stored it (IndexedDB `renvoi`, table `saved`), read in Renvoi's origin. */
export function storedSaves(driver: BrowserDriver): Promise<Record<string, unknown>[]> {
  return driver.inExtension(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open('renvoi');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('saved').objectStore('saved').getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result as Record<string, unknown>[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    null,
  );
}

/**
 * Sends a protocol message from an extension page, as the popup does (`browser.runtime.sendMessage`: in Firefox
 * `chrome.*` takes callbacks and answers undefined), and rejects with the background's error.
 */
export async function sendFromPage<T = unknown>(page: TestPage, message: object): Promise<T> {
  const reply = await page.evaluate((message) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.runtime.sendMessage(message) as Promise<{ ok: boolean; value?: unknown; error?: string }>;
  }, message);
  if (!reply?.ok) throw new Error(`${JSON.stringify(message)} → ${JSON.stringify(reply)}`);
  return reply.value as T;
}

/** What a cross-browser test file gets from {@link useCrossBrowser}: its browser, its server, its pages. */
export interface CrossBrowser {
  /** The browser with Renvoi, launched before the file's first test (en-US). */
  readonly driver: BrowserDriver;
  /** The page server: the demo site, `tests/fixtures/pages/`, and the file's own routes. */
  readonly server: FixtureServer;
  /** Opens a page of the server by path; it is closed after the test. */
  openPage(path: string): Promise<TestPage>;
  /** Opens a page of the server and waits until Renvoi has read it; it is closed after the test. */
  open(path: string): Promise<TestPage>;
  /** Closes a page opened otherwise (an extension page) after the test; answers it. */
  track(page: TestPage): TestPage;
}

export interface CrossBrowserOptions {
  /** The file's own routes, served beside the demo site (may be filled in the file's own `beforeAll`). */
  routes?: ReadonlyMap<string, Route>;
  /** Starts another server instead (a file that serves only its own routes). */
  startServer?(): Promise<FixtureServer>;
  /** Whether each test must end with no error from Renvoi (pages, and in Firefox the background); default true. */
  checkErrors?: boolean;
}

/**
 * The setup every cross-browser test file shares, registered in the calling `describe`: the page server and the
 * browser before the first test; after each, its pages closed and (by default) no error from Renvoi; after the
 * last, both closed. Hooks the file adds after this call run before these after each test.
 */
export function useCrossBrowser(name: BrowserName, options: CrossBrowserOptions = {}): CrossBrowser {
  let driver: BrowserDriver | undefined;
  let server: FixtureServer | undefined;
  const pages: TestPage[] = [];
  beforeAll(async () => {
    server = await (options.startServer ? options.startServer() : startPageServer(options.routes));
    driver = await launchDriver(name, { lang: 'en-US' });
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
    if (options.checkErrors !== false) expect(driver?.takeErrors()).toEqual([]);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  const fixture: CrossBrowser = {
    get driver() {
      if (!driver) throw new Error('useCrossBrowser: the browser is launched in beforeAll');
      return driver;
    },
    get server() {
      if (!server) throw new Error('useCrossBrowser: the server starts in beforeAll');
      return server;
    },
    async openPage(path) {
      return fixture.track(await fixture.driver.openPage(fixture.server.url(path)));
    },
    async open(path) {
      const page = await fixture.openPage(path);
      await waitForScan(fixture.driver, page);
      return page;
    },
    track(page) {
      pages.push(page);
      return page;
    },
  };
  return fixture;
}

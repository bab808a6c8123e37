/**
 * Helpers of the PDF reader's browser tests: opening the reader on a served PDF, and waiting for pdf.js and the
 * page session.
 */
import type { Page } from 'playwright-core';
import type { ExtensionSession, Route } from '../../tooling/browsers/fixtures';
import { startFixtureServer } from '../../tooling/browsers/fixture-server';
import { eventually } from './hover-cards-helpers';

/** What a page logged as an error, and the CSP violations it met: both must stay empty. */
export interface PageProblems {
  errors: string[];
  violations: string[];
}

/** Collects console errors, uncaught errors and CSP violation reports of `page` from now on. */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], violations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  await page.exposeFunction('__renvoiCspViolation', (text: string) => problems.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __renvoiCspViolation(text: string): void }).__renvoiCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return problems;
}

/** The reader's address for a PDF, as the popup and the redirect open it. */
export const readerPath = (pdfUrl: string, page?: number) =>
  `pdf.html?file=${encodeURIComponent(pdfUrl)}${page ? `#page=${page}` : ''}`;

/** Opens the reader on `pdfUrl` in a new tab, watching its problems from the first request. */
export async function openReader(
  session: ExtensionSession,
  pdfUrl: string,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await session.context.newPage();
  const problems = await watchProblems(page);
  await page.goto(`chrome-extension://${session.extensionId}/${readerPath(pdfUrl)}`);
  return { page, problems };
}

/** Waits for pdf.js's first text layer. */
export async function waitForTextLayer(page: Page): Promise<void> {
  await page.locator('.textLayer span').first().waitFor({ state: 'attached', timeout: 20_000 });
}

/** How many ranges Renvoi has marked. */
export const markCount = (page: Page) =>
  page.evaluate(() => (CSS.highlights.get('renvoi-citation') as unknown as Set<Range> | undefined)?.size ?? 0);

/** Waits until exactly `count` citations are marked. */
export async function waitForMarks(page: Page, count: number): Promise<void> {
  await waitForTextLayer(page);
  await eventually(() => markCount(page)).toBe(count);
}

/** The reader tab's id, found by the background among its tabs. */
export async function readerTabId(session: ExtensionSession, page: Page): Promise<number> {
  const worker = await session.serviceWorker();
  const url = page.url();
  return worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id ?? -1;
  }, url);
}

/** Every saved reference, read from the background's database. */
export async function savedRows(session: ExtensionSession): Promise<unknown[]> {
  const worker = await session.serviceWorker();
  return worker.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('renvoi');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('saved').objectStore('saved').getAll();
          all.onsuccess = () => resolve(all.result as unknown[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** A fixture server for PDFs whose routes can be set at any time, and which logs every request it gets. */
export interface PdfServer {
  origin: string;
  url(path: string): string;
  /** Every request received (method and path), oldest first: the privacy test reads it. */
  readonly requests: { method: string; path: string }[];
  /** Serves `body` at `path` (as `application/pdf` unless `headers` say otherwise). */
  set(path: string, route: { status?: number; headers?: Record<string, string>; body: Uint8Array | string }): void;
  close(): Promise<void>;
}

export async function startPdfServer(): Promise<PdfServer> {
  const routes = new Map<string, Route>();
  const requests: { method: string; path: string }[] = [];
  // The server asks its routes for every request's path: answer them all, logging each, 404 for paths not set.
  const logging = {
    get:
      (path: string): Route =>
      (request) => {
        requests.push({ method: request.method, path });
        const route = routes.get(path);
        return route ? route(request) : { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' };
      },
  } as unknown as ReadonlyMap<string, Route>;
  const server = await startFixtureServer({ routes: logging });
  return {
    origin: server.origin,
    url: server.url,
    requests,
    set(path, { status, headers, body }) {
      routes.set(path, () => ({ status, headers: { 'content-type': 'application/pdf', ...headers }, body }));
    },
    close: server.close,
  };
}

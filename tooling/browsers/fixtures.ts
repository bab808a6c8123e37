import { join } from 'node:path';
import { renderDemoSite } from '../../demo/site';
import { PROJECT_ROOT, launchExtension, type ExtensionSession, type LaunchOptions } from './launch';
import { startFixtureServer, type FixtureServer, type Route } from './fixture-server';

export { launchExtension, type ExtensionSession } from './launch';
export type { FixtureServer, Route, RouteResponse } from './fixture-server';

/** Static fixture pages for browser tests, served next to the demo site. */
export const FIXTURE_PAGES_DIR = join(PROJECT_ROOT, 'tests/fixtures/pages');

/**
 * Serves the demo site (the sample documents as HTML) and `tests/fixtures/pages/` on 127.0.0.1, after the test's own
 * `routes` (see fixture-server.ts).
 */
export function startPageServer(routes?: ReadonlyMap<string, Route>): Promise<FixtureServer> {
  return startFixtureServer({ pages: renderDemoSite(), folders: [FIXTURE_PAGES_DIR], routes });
}

/** A browser with the extension plus a page server; `close()` stops both. */
export interface BrowserFixture {
  session: ExtensionSession;
  server: FixtureServer;
  close(): Promise<void>;
}

/** `routes`: the test's own responses (PDFs with chosen headers…), served before the demo site. */
export async function startBrowser(
  options: LaunchOptions = {},
  routes?: ReadonlyMap<string, Route>,
): Promise<BrowserFixture> {
  const server = await startPageServer(routes);
  const session = await launchExtension(options);
  return {
    session,
    server,
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/** Runs `fn` in the service worker (retries once if it was stopped and is starting again). */
export async function inServiceWorker<T, A>(
  session: ExtensionSession,
  fn: (arg: A) => T | Promise<T>,
  arg: A,
): Promise<T> {
  const worker = await session.serviceWorker();
  // Playwright's evaluate types unwrap handles from `arg`; our args are plain JSON, so the cast is exact.
  return worker.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown);
}

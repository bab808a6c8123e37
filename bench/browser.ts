/**
 * Browsers for the benchmark: the harness's Chromium with the built extension (`tooling/browsers`), and the same
 * Chromium with no extension for the floor and the peer, so that Renvoi's content script never runs on their pages.
 * Both serve the measured pages from one local server.
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderDemoSite } from '../demo/site';
import { findChromium } from '../tooling/browsers/chromium-path';
import { startFixtureServer, type FixtureServer } from '../tooling/browsers/fixture-server';
import { launchExtension, SCRATCH_DIR, type ExtensionSession } from '../tooling/browsers/launch';
import { outDir } from './paths';

/** The same quiet, sandbox-free flags as the harness (`tooling/browsers/launch.ts`): the runs must be comparable. */
const FLAGS = [
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
 * tsx compiles with esbuild's `keepNames`, which wraps named functions in `__name(fn, "name")`; functions handed to
 * `page.evaluate` are sent as source text and would fail in the page without it. Installed in every page first.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** The harness's viewport, for both browsers. */
export const VIEWPORT = { width: 1280, height: 900 };

/** Serves the demo site and the benchmark's own pages (`extra`: path → HTML) on 127.0.0.1. */
export function startBenchServer(extra: ReadonlyMap<string, string>): Promise<FixtureServer> {
  return startFixtureServer({ pages: new Map([...renderDemoSite(), ...extra]) });
}

/** Chromium with Renvoi, from `$RENVOI_OUT_DIR/chrome-mv3`. */
export async function launchRenvoi(): Promise<ExtensionSession> {
  const session = await launchExtension({ extensionDir: outDir() });
  await session.context.addInitScript(KEEP_NAMES_SHIM);
  return session;
}

export interface PlainBrowser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with no extension. */
export async function launchPlain(): Promise<PlainBrowser> {
  const home = join(SCRATCH_DIR, 'home');
  mkdirSync(home, { recursive: true });
  const browser: Browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: FLAGS,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
  });
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(KEEP_NAMES_SHIM);
  return { newPage: () => context.newPage(), close: () => browser.close() };
}

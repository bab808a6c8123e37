import { browser } from 'wxt/browser';
import { importEngine, type PageEngine } from '../../lib/page/scan/engine-on-demand';

/** The engine module, relative to the extension's root (web-accessible to the content script's pages only). */
export const ENGINE_PATH = '/engine.js';

/**
 * The content script's engine: the engine module (`entrypoints/engine`), imported into the isolated world the first
 * time the page's text may hold a citation; the page session asks once (`lib/page/scan/engine-on-demand.ts`).
 */
export const lazyEngine = (): Promise<PageEngine> =>
  importEngine((browser.runtime.getURL as (path: string) => string)(ENGINE_PATH));

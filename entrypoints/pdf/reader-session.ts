import { browser } from 'wxt/browser';
import type { ResolverData } from '../../lib/citations';
import type { Lang } from '../../lib/references/lang';
import { extensionServices } from '../../lib/page/extension-services';
import { highlightCss } from '../../lib/page/marks/highlight-css';
import { createPageSession, type PageSession, type PageSessionOptions } from '../../lib/page/page-session';
import { pdfTextRuns } from '../../lib/pdf/text-layer-runs';
import type { Settings } from '../../lib/settings/values';
import { createCardView } from '../content/card-view';
import { cardUi } from '../content/render-card';
import { PAGE_ENGINE } from '../engine/page-engine';

/**
 * The page session on the reader page, wired exactly as the content script wires it (same messages to the
 * background, same card view), with the reader's lifetime instead of a content script's.
 */
export function createReaderSession(
  lang: Lang,
  settings: Settings,
  signal: AbortSignal,
  /** The engine's resolver data, asked for (and the engine warmed up) when the reader started: `engine-ready.ts`. */
  resolverData: () => Promise<ResolverData | undefined>,
  pdf: Pick<PageSessionOptions, 'root' | 'source'>,
): PageSession {
  const listeners: (() => void)[] = [];
  signal.addEventListener('abort', () => listeners.forEach((listener) => listener()), { once: true });
  const lifetime = {
    signal,
    setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
    requestAnimationFrame: (callback: FrameRequestCallback) => window.requestAnimationFrame(callback),
  };
  const viewLifetime = {
    get isInvalid() {
      return signal.aborted;
    },
    onInvalidated: (listener: () => void) => {
      listeners.push(listener);
      return () => undefined;
    },
  };
  return createPageSession({
    win: window,
    // pdf.js's pages only (not the reader's toolbar), read as PDF text; sightings name the PDF.
    root: pdf.root,
    readRuns: pdfTextRuns,
    source: pdf.source,
    lifetime,
    view: createCardView(viewLifetime, async () => cardUi(lang)),
    // No manifest styles on Renvoi's own pages: the reader adopts the whole marks sheet.
    baseRules: highlightCss,
    settings,
    services: extensionServices(window, resolverData),
    engine: async () => PAGE_ENGINE,
  });
}

/** The runtime URL of the reader page (for links to it). */
export const readerBase = () => (browser.runtime.getURL as (path: string) => string)('/pdf.html');

import { browser } from 'wxt/browser';
import type { PdfOpenMode } from '../settings/settings';
import { shouldRedirect, isShownPdf, type ResponseFacts } from '../pdf-route/firefox-route';
import { readablePdfUrl, readerUrl } from '../pdf-route/reader-url';
import { readerBase } from '../pdf-route/reader-actions';
import { badgePdfTab, type PdfRouter } from './pdf-routing';

/** An address without its fragment, for comparisons. */
const bare = (url: string) => readablePdfUrl(url)?.file ?? url;

/**
 * Firefox (MV2, persistent background): content scripts never run in Firefox's own PDF viewer, so PDFs are seen and
 * redirected in a blocking `webRequest.onHeadersReceived` listener. The escape hatch is a per-tab list in memory.
 */
export function createFirefoxRouter(): PdfRouter {
  const base = readerBase();
  let mode: PdfOpenMode = 'un-sites';
  /** tab → addresses shown in the browser's viewer at the user's request. */
  const allowed = new Map<number, Set<string>>();
  /** tab → the PDF the browser shows there (top page or a frame) and the page it is in. */
  const seen = new Map<number, { url: string; page: string }>();

  type Details = ResponseFacts & { tabId: number; documentUrl?: string };
  const onHeaders = (details: Details) => {
    const allowedHere = allowed.get(details.tabId)?.has(bare(details.url)) ?? false;
    if (shouldRedirect(details, mode, allowedHere)) {
      return { redirectUrl: readerUrl(base, details.url, { auto: true }) };
    }
    if (details.tabId >= 0 && details.statusCode === 200 && details.method === 'GET' && isShownPdf(details)) {
      const page = details.type === 'main_frame' ? details.url : (details.documentUrl ?? details.url);
      seen.set(details.tabId, { url: details.url, page: bare(page) });
      void badgePdfTab(details.tabId).catch(() => undefined);
    }
    return undefined;
  };
  const webRequest = (browser as unknown as { webRequest: typeof browser.webRequest }).webRequest;
  webRequest.onHeadersReceived.addListener(
    onHeaders as unknown as Parameters<typeof webRequest.onHeadersReceived.addListener>[0],
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame', 'sub_frame'] },
    ['blocking', 'responseHeaders'],
  );
  browser.tabs.onRemoved.addListener((tabId) => {
    allowed.delete(tabId);
    seen.delete(tabId);
  });
  return {
    async setMode(next) {
      mode = next;
    },
    async allowInTab(tabId, url) {
      const list = allowed.get(tabId) ?? new Set<string>();
      list.add(bare(url));
      allowed.set(tabId, list);
    },
    async pdfInTab(tabId) {
      const record = seen.get(tabId);
      if (!record) return null;
      // Still the page the PDF was seen in? (host permissions let the background read tab addresses)
      const tab = await browser.tabs.get(tabId).catch(() => null);
      return tab?.url && bare(tab.url) === record.page ? record.url : null;
    },
  };
}

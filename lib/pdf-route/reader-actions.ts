/**
 * What the popup and the reader do to move a tab between the browser's viewer and Renvoi's reader (extension pages
 * only: the content script never imports this module).
 */

import { browser } from 'wxt/browser';
import { request } from '../messaging/client';
import { updateSettings } from '../settings/settings';
import { readerUrl } from './reader-url';

/** `chrome-extension://<id>/pdf.html` (or `moz-extension://…`): the reader page. */
export function readerBase(): string {
  // The reader is another engineer's entrypoint; WXT's typed paths only list the pages it has already seen.
  return (browser.runtime.getURL as (path: string) => string)('/pdf.html');
}

/** "Open in Renvoi" (popup): the tab leaves the browser's viewer for the reader on the same PDF. */
export async function openInReader(tabId: number, pdfUrl: string): Promise<void> {
  await browser.tabs.update(tabId, { url: readerUrl(readerBase(), pdfUrl) });
}

/**
 * "Open in the browser's viewer" (reader): this tab shows the PDF there, and keeps doing so on reload. The
 * background navigates a reader tab; a reader in a frame (a landing page's document) navigates its own frame, and
 * the page around it stays.
 */
export async function openInBrowserViewer(pdfUrl: string): Promise<void> {
  await request('pdf/open-original', { url: pdfUrl });
  if (window !== window.top) location.href = pdfUrl;
}

/** "Always use the browser's viewer" (the first automatic open's notice): no more automatic opens, then go back. */
export async function alwaysUseBrowserViewer(pdfUrl: string): Promise<void> {
  await updateSettings({ pdfOpen: 'ask' });
  await openInBrowserViewer(pdfUrl);
}

/** The storage.local key that records that the first automatic open's notice was shown. */
export const AUTO_NOTICE_KEY = 'pdfAutoNoticeShown';

/**
 * True once: for the first automatic open ever (`auto` from `parseReaderUrl`), so the reader shows the one-line
 * notice; false for later opens and for opens the user asked for.
 */
export async function takeAutoOpenNotice(auto: boolean): Promise<boolean> {
  if (!auto) return false;
  const stored = await browser.storage.local.get(AUTO_NOTICE_KEY);
  if (stored[AUTO_NOTICE_KEY] === true) return false;
  await browser.storage.local.set({ [AUTO_NOTICE_KEY]: true });
  return true;
}

/**
 * The content script's part in a PDF document (the browser's own viewer, where it cannot read the text): tell the
 * background, which badges the tab, and answer the popup's `page/pdf`, so it can offer "Open in Renvoi". Small on
 * purpose: it is bundled into the content script, which runs on every page.
 */

import { browser } from 'wxt/browser';
import { request } from '../messaging/client';
import { validatePageMessage } from '../messaging/page-validate';
import type { FrameKind } from '../messaging/protocol';

/** True in a document the browser shows with its PDF viewer (top page or frame), whatever the address says. */
export function isPdfDocument(doc: Document): boolean {
  return doc.contentType === 'application/pdf';
}

/**
 * In a PDF document: announces it and answers `page/pdf` with its address; returns the cleanup. Elsewhere does
 * nothing (other frames stay silent, so the PDF frame's answer is the one the popup gets).
 */
export function announcePdf(win: Window, frame: FrameKind): () => void {
  if (!isPdfDocument(win.document)) return () => undefined;
  const url = win.location.href;
  void request('pdf/detected', { url, frame }).catch(() => undefined);
  const listener = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    // Checked like every page message (lib/messaging/page-validate.ts); every other one is another listener's.
    const checked = validatePageMessage(raw);
    if (checked?.ok && checked.message.type === 'page/pdf') sendResponse({ ok: true, value: { url, frame } });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

import { useEffect, useState } from 'preact/hooks';
import type { PdfOfferProps } from '../../components/pdf-route/PdfOffer';
import { request } from '../../lib/messaging/client';
import { requestPage, type RequestPage } from '../../lib/messaging/page-client';
import type { PageProtocol } from '../../lib/messaging/page-protocol';
import { openInReader } from '../../lib/pdf-route/reader-actions';
import { afterFirstResults } from './after-results';
import { focusTab, targetTab } from './popup-browser';

type PdfInTab = PageProtocol['page/pdf']['response'];

/** What the banner needs from outside: the tab, its content script, the background, the reader (tests fake them). */
export interface PdfOfferServices {
  /** Resolves once the popup's first results are painted: the banner is rare and waits for them. */
  afterFirstResults: () => Promise<void>;
  targetTab: () => Promise<number | null>;
  requestPage: RequestPage;
  /** The PDF the background saw the tab's response carry (`pdf/in-tab`), for viewers no content script runs in. */
  pdfSeenInTab: (tabId: number) => Promise<string | null>;
  openInReader: (tabId: number, pdfUrl: string) => Promise<void>;
  focusTab: (tabId: number) => Promise<void>;
}

const POPUP_PDF: PdfOfferServices = {
  afterFirstResults,
  targetTab,
  requestPage,
  pdfSeenInTab: (tabId) => request('pdf/in-tab', { tabId }).then(({ url }) => url),
  openInReader,
  focusTab,
};

/**
 * The PDF the browser's viewer shows in the tab: the content script of a PDF document answers `page/pdf` (Chrome,
 * top page or frame); where none runs there (Firefox's viewer), the background may have seen the response.
 */
async function pdfInTab(tabId: number, services: PdfOfferServices): Promise<PdfInTab | null> {
  try {
    return await services.requestPage(tabId, 'page/pdf', {});
  } catch {
    // No frame answered (or not in time, or not with a PDF's address): not a PDF the content script saw.
  }
  const url = await services.pdfSeenInTab(tabId).catch(() => null);
  return url ? { url, frame: 'top' } : null;
}

/** The popup's "Open in Renvoi" banner: its props when the tab shows a PDF, else null. */
export function usePdfOffer(services: PdfOfferServices = POPUP_PDF): PdfOfferProps | null {
  const [found, setFound] = useState<{ tabId: number; pdf: PdfInTab } | null>(null);
  useEffect(() => {
    void (async () => {
      await services.afterFirstResults();
      const tabId = await services.targetTab();
      const pdf = tabId === null ? null : await pdfInTab(tabId, services);
      if (tabId !== null && pdf) setFound({ tabId, pdf });
    })();
  }, []);
  if (!found) return null;
  return {
    frame: found.pdf.frame,
    onOpen: async () => {
      await services.openInReader(found.tabId, found.pdf.url);
      await services.focusTab(found.tabId);
    },
  };
}

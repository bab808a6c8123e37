import '../../components/pdf-route/pdf-offer.css';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PdfOffer } from '../../components/pdf-route/PdfOffer';
import { request } from '../../lib/messaging/client';
import { requestPage } from '../../lib/messaging/page-client';
import type { PageProtocol } from '../../lib/messaging/page-protocol';
import { openInReader } from '../../lib/pdf-route/reader-actions';
import { afterFirstResults } from './after-results';

type PdfInTab = PageProtocol['page/pdf']['response'];

/** The tab the popup is about: `?tabId=` (tests, popup.html in a tab), else the active tab. */
async function targetTab(): Promise<number | null> {
  const forced = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(forced) && forced > 0) return forced;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The PDF the browser's viewer shows in the tab: the content script of a PDF document answers `page/pdf` (Chrome,
 * top page or frame); where none runs there (Firefox's viewer), the background may have seen the response.
 */
async function pdfInTab(tabId: number): Promise<PdfInTab | null> {
  try {
    return await requestPage(tabId, 'page/pdf', {});
  } catch {
    // No frame answered (or not in time, or not with a PDF's address): not a PDF the content script saw.
  }
  const { url } = await request('pdf/in-tab', { tabId }).catch(() => ({ url: null }));
  return url ? { url, frame: 'top' } : null;
}

/** Container of the popup's "Open in Renvoi" banner; shows nothing unless the tab shows a PDF. */
export function PdfOfferContainer() {
  const [found, setFound] = useState<{ tabId: number; pdf: PdfInTab } | null>(null);
  useEffect(() => {
    void (async () => {
      // The banner is rare (the tab shows a PDF): the first results are painted before asking.
      await afterFirstResults();
      const tabId = await targetTab();
      const pdf = tabId === null ? null : await pdfInTab(tabId);
      if (tabId !== null && pdf) setFound({ tabId, pdf });
    })();
  }, []);
  if (!found) return null;
  return (
    <PdfOffer
      frame={found.pdf.frame}
      onOpen={async () => {
        await openInReader(found.tabId, found.pdf.url);
        // A real popup closes once the tab moves; popup.html in a tab (tests) stays.
        await browser.tabs.update(found.tabId, { active: true });
      }}
    />
  );
}

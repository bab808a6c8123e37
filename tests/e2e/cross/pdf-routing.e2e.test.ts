/**
 * Automatic opening of PDFs in Renvoi's reader, written once and run in every selected browser: Chrome redirects
 * with declarativeNetRequest rules on response headers, Firefox with a blocking webRequest listener (content scripts
 * never run in Firefox's PDF viewer). Same setting, same exceptions, same way back to the browser's viewer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReaderUrl } from '../../../lib/pdf-route/reader-url';
import type { Route } from '../../../tooling/browsers/fixtures';
import { minimalPdf, pdfRoute } from '../../../tooling/browsers/pdf-fixtures';
import { selectedBrowsers, type TestPage } from './driver';
import { clickButton, eventually, textsOf, useCrossBrowser } from './helpers';

type Mode = 'un-sites' | 'all' | 'ask';

describe.each(selectedBrowsers())('%s: PDFs open in Renvoi', (name) => {
  const routes = new Map<string, Route>();
  const cross = useCrossBrowser(name, { routes });
  beforeAll(() => {
    const pdf = minimalPdf('Voir la decision 4/4 et CTOC/COP/WG.4/2011/8.');
    routes.set('/doc.pdf', pdfRoute(pdf));
    routes.set('/other.pdf', pdfRoute(pdf));
    // A page showing a PDF of its own site in a frame (the shape of a UN landing page and its document).
    routes.set('/landing.html', () => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><title>Landing</title><h1>Document</h1><iframe src="/doc.pdf" width="700" height="500"></iframe>',
    }));
    routes.set('/download.pdf', pdfRoute(pdf, { disposition: 'attachment; filename="doc.pdf"' }));
  });

  /** Sets "Open PDFs in Renvoi" as Renvoi's pages do (trusted copy first), then lets the background follow. */
  async function setMode(mode: Mode) {
    await cross.driver.inExtension(async (pdfOpen) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const { settings } = await api.storage.local.get('settings');
      const next = { ...((settings as object | undefined) ?? {}), pdfOpen };
      await api.storage.session.set({ trustedSettings: next });
      await api.storage.local.set({ settings: next });
    }, mode);
    // The background applies the change asynchronously: Chrome's rules can be read back; Firefox's listener reads a
    // value the background keeps in memory, set as soon as the storage event reaches it.
    if (name === 'chromium') {
      // Each top-level rule has a twin for same-site frames.
      const expected = { 'un-sites': 4, all: 2, ask: 0 }[mode];
      await eventually(() =>
        cross.driver.inExtension(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length, null),
      ).toBe(expected);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /**
   * Opens `url` in a new tab. Firefox: from a blank tab, because Puppeteer's `goto` waits for a load event that a
   * redirect to an extension page never gives it there (and its `page.url()` is not updated: read `location`).
   * Chromium: directly (a navigation started by `about:blank` may not land on a web-accessible page).
   */
  const open = async (url: string): Promise<TestPage> => {
    if (name === 'chromium') return cross.track(await cross.driver.openPage(url));
    const page = cross.track(await cross.driver.openPage('about:blank'));
    await page.evaluate((target) => void (location.href = target), url);
    return page;
  };
  const hrefOf = (page: TestPage) => page.evaluate(() => location.href, null).catch(() => page.url());
  const readerOf = async (page: TestPage) => {
    const href = await hrefOf(page);
    return href.startsWith(cross.driver.extensionOrigin) ? parseReaderUrl(href) : null;
  };

  it('"for all PDFs": a PDF opens in the reader', async () => {
    await setMode('all');
    const url = cross.server.url('/doc.pdf');
    const page = await open(url);
    // (The reader rewrites its address to the canonical form at once, so whether it came automatically is not
    // kept there; the unit tests cover the `?DNR:` and `&via=auto` forms.)
    await eventually(async () => (await readerOf(page))?.file ?? null).toBe(url);
  });

  it('a PDF framed by a page of its own site opens in the reader in that frame, marked; the page stays', async () => {
    await setMode('all');
    const landing = cross.server.url('/landing.html');
    const page = await open(landing);
    const reader = `${cross.driver.extensionOrigin}/pdf.html`;
    await eventually(async () => {
      const href = await page.inFrame(reader, () => location.href, null);
      return href ? (parseReaderUrl(href)?.file ?? null) : null;
    }).toBe(cross.server.url('/doc.pdf'));
    await eventually(() =>
      page.inFrame(reader, () => CSS.highlights.get('renvoi-citation')?.size ?? 0, null),
    ).toBeGreaterThan(0);
    expect(await hrefOf(page)).toBe(landing);
  });

  it('"on UN document sites" (the default) leaves other hosts to the browser', async () => {
    await setMode('un-sites');
    const page = await open(cross.server.url('/other.pdf'));
    await eventually(() => hrefOf(page)).toBe(cross.server.url('/other.pdf'));
    // Still there a moment later: no redirect came after the browser's viewer.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await hrefOf(page)).toBe(cross.server.url('/other.pdf'));
  });

  it('the way back: the browser viewer for this tab, also after a reload', async () => {
    await setMode('all');
    const url = cross.server.url('/doc.pdf');
    const page = await open(url);
    await eventually(async () => (await readerOf(page))?.file ?? null).toBe(url);
    // What the reader's "Open in the browser's viewer" sends, from the reader's own page. The background navigates
    // this very page away, so no reply is awaited (it may never come), and the call may itself race the navigation:
    // the outcome is the address checked next.
    await page
      .evaluate(
        (message) => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          void Promise.resolve(api.runtime.sendMessage(message)).catch(() => undefined);
        },
        { type: 'pdf/open-original', url },
      )
      .catch(() => undefined);
    await eventually(() => hrefOf(page)).toBe(url);
    await page.evaluate(() => location.reload(), null).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await hrefOf(page)).toBe(url);
    expect(await readerOf(page)).toBeNull();
  });

  it('"only when I ask": the browser shows the PDF, the popup says why nothing is marked and opens it in Renvoi', async () => {
    await setMode('ask');
    const url = cross.server.url('/doc.pdf');
    const page = await open(url);
    await eventually(() => hrefOf(page)).toBe(url);
    // Chromium: the content script runs in the PDF document; Firefox: the background saw the response.
    let tabId: number | null = null;
    await eventually(async () => {
      tabId = await cross.driver.inExtension(async (wanted) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.tabs.query({})).find((t) => t.url === wanted)?.id ?? null;
      }, url);
      return tabId;
    }).not.toBeNull();
    const popup = await cross.driver.openExtensionPage(`popup.html?tab=page&tabId=${tabId}`);
    cross.track(popup);
    await eventually(() => textsOf(popup, '.pdf-offer__text')).toEqual([
      'This tab shows a PDF in the browser’s viewer. Renvoi cannot read text there, so nothing is marked.',
    ]);
    await clickButton(popup, 'Open in Renvoi');
    await eventually(async () => (await readerOf(page))?.file ?? null).toBe(url);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inServiceWorker, startBrowser, type BrowserFixture, type Route } from '../../tooling/browsers/fixtures';
import { makePdf, pdfRoute, redirectRoute, reportHtml } from '../../tooling/browsers/pdf-fixtures';
import { parseReaderUrl } from '../../lib/pdf-route/reader-url';
import { tabIdOf } from './cross/helpers';
import { inWorker } from './hover-cards-helpers';

/**
 * How a PDF reaches Renvoi in Chrome: detection in the browser's viewer (badge, popup "Open in Renvoi"), automatic
 * redirection on UN document sites (UN host names mapped to the fixture server), the setting's three modes, never
 * for downloads or POSTs, and the way back to the browser's viewer.
 */

/** UN host names the browser resolves to the fixture server (the port stays the server's). */
const UN_HOSTS = ['documents.un.org', 'docs.un.org', 'www.unodc.org'];
const UN_DOC_PATH = '/doc/undoc/gen/v10/505/02/pdf/v1050502.pdf';

type Mode = 'un-sites' | 'all' | 'ask';

describe('getting a PDF into Renvoi (Chrome)', () => {
  const routes = new Map<string, Route>();
  let browser: BrowserFixture;
  let port: string;
  /** `http://<host>:<port><path>` on the fixture server. */
  const at = (host: string, path: string) => `http://${host}:${port}${path}`;

  beforeAll(async () => {
    browser = await startBrowser(
      { args: [`--host-resolver-rules=${UN_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`] },
      routes,
    );
    port = new URL(browser.server.origin).port;
    const pdf = await makePdf(
      browser.session.context,
      reportHtml('Rapport du Groupe de travail', [
        'Le Groupe de travail a rappelé la décision 4/4 et le document CTOC/COP/WG.4/2011/8.',
        'Voir aussi la résolution 64/293 de l’Assemblée générale.',
      ]),
    );
    routes.set('/doc.pdf', pdfRoute(pdf));
    routes.set(UN_DOC_PATH, pdfRoute(pdf));
    routes.set('/documents/treaties/report.pdf', pdfRoute(pdf));
    routes.set('/unodc/en/brochure.pdf', pdfRoute(pdf));
    routes.set('/api/symbol/access', redirectRoute(UN_DOC_PATH));
    routes.set('/download.pdf', pdfRoute(pdf, { disposition: 'attachment; filename="v1050502.pdf"' }));
    // A form that answers its POST with a PDF (generated documents): never redirected, the reader could not refetch it.
    routes.set('/generate.pdf', pdfRoute(pdf));
    routes.set('/form.html', () => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><form method="post" action="/generate.pdf"><button>Generate</button></form>',
    }));
    // A landing page that shows a UN document in a frame, as docs.un.org does (served on every host name).
    routes.set('/landing.html', () => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<!doctype html><title>Landing</title><h1>A/RES/64/293</h1><iframe src="${at('documents.un.org', UN_DOC_PATH)}" width="700" height="500"></iframe>`,
    }));
    routes.set('/framed.html', () => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><title>Framed</title><h1>A landing page</h1><iframe src="/doc.pdf" width="600" height="400"></iframe>',
    }));
  });
  afterAll(async () => browser?.close());

  /** Sets the "Open PDFs in Renvoi" setting and waits until the background's redirect rules follow it. */
  async function setMode(mode: Mode) {
    await inServiceWorker(
      browser.session,
      async (pdfOpen) => {
        // As Renvoi's own pages write settings: the trusted copy first (the background's guard restores it).
        const { settings } = await chrome.storage.local.get('settings');
        const next = { ...(settings ?? {}), pdfOpen };
        await chrome.storage.session.set({ trustedSettings: next });
        await chrome.storage.local.set({ settings: next });
      },
      mode,
    );
    // Each top-level rule has a twin for same-site frames.
    const expected = { 'un-sites': 4, all: 2, ask: 0 }[mode];
    await expect
      .poll(() =>
        inServiceWorker(
          browser.session,
          async () => (await chrome.declarativeNetRequest.getDynamicRules()).length,
          null,
        ),
      )
      .toBe(expected);
  }

  /** Opens `url` in a new tab; navigation errors (a redirect to the reader, a download) are the test's to judge. */
  async function open(url: string): Promise<Page> {
    const page = await browser.session.context.newPage();
    await page.goto(url).catch(() => undefined);
    return page;
  }

  const readerPrefix = () => `chrome-extension://${browser.session.extensionId}/pdf.html?`;
  /**
   * The PDF the tab's reader shows (its address and fragment), or null when the tab is not in the reader. The reader
   * rewrites its own address to the canonical `?file=` form, so the redirect's `?DNR:` form may be gone already.
   */
  const inReader = (page: Page) => {
    if (!page.url().startsWith(readerPrefix())) return null;
    const target = parseReaderUrl(page.url());
    return target ? { file: target.file, hash: target.hash } : null;
  };

  /** True once the tab shows the browser's own PDF viewer for its document. */
  const showsNativePdf = (page: Page) =>
    page.evaluate(() => document.contentType === 'application/pdf').catch(() => false);

  /** A PDF tab has no content script: its id as soon as the tab shows the address. */
  const pdfTabId = (url: string) => tabIdOf(inWorker(browser.session), url, { listening: false });

  const badgeOf = (tabId: number) =>
    inServiceWorker(browser.session, (id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  beforeEach(() => setMode('un-sites'));

  describe('detection', () => {
    it('badges a PDF tab and the popup offers "Open in Renvoi", which opens the reader on that PDF', async () => {
      const url = at('127.0.0.1', '/doc.pdf');
      const page = await open(url);
      expect(page.url()).toBe(url);
      await expect.poll(() => showsNativePdf(page)).toBe(true);
      const tabId = await pdfTabId(url);
      await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('PDF');

      const popup = await browser.session.openExtensionPage(`popup.html?tab=page&tabId=${tabId}`);
      const offer = popup.locator('.pdf-offer');
      await expect.poll(() => offer.isVisible(), { timeout: 10_000 }).toBe(true);
      expect(await offer.innerText()).toMatch(/This tab shows a PDF in the browser’s viewer/);
      await popup.getByRole('button', { name: 'Open in Renvoi' }).click();
      await expect.poll(() => inReader(page)).toEqual({ file: url, hash: '' });
      // The browser resets a tab's badge when it navigates: the reader's tab says nothing.
      await expect.poll(() => badgeOf(tabId)).toBe('');
      await popup.close();
      await page.close();
    });

    it('offers the PDF of a frame, opened in the tab', async () => {
      const url = at('127.0.0.1', '/framed.html');
      const page = await open(url);
      const tabId = await pdfTabId(url);
      await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('PDF');
      const popup = await browser.session.openExtensionPage(`popup.html?tabId=${tabId}`);
      const offer = popup.locator('.pdf-offer');
      await expect.poll(() => offer.isVisible(), { timeout: 10_000 }).toBe(true);
      expect(await offer.innerText()).toMatch(/shows a PDF in a frame/);
      await popup.getByRole('button', { name: 'Open in Renvoi' }).click();
      await expect.poll(() => inReader(page)).toEqual({ file: at('127.0.0.1', '/doc.pdf'), hash: '' });
      await popup.close();
      await page.close();
    });

    it('says nothing on an HTML page: no badge, no offer', async () => {
      const url = `${browser.server.origin}/fixture.html`;
      const page = await open(url);
      const tabId = await pdfTabId(url);
      const popup = await browser.session.openExtensionPage(`popup.html?tab=page&tabId=${tabId}`);
      // The popup has asked the page by the time "On this page" has its answer.
      await expect.poll(() => popup.locator('.page, .tab-message').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await popup.locator('.pdf-offer').count()).toBe(0);
      expect(await badgeOf(tabId)).toBe('');
      await popup.close();
      await page.close();
    });
  });

  describe('automatic redirection', () => {
    it('opens a UN document in the reader, with its address and fragment', async () => {
      const url = at('documents.un.org', UN_DOC_PATH);
      const page = await open(`${url}#page=2`);
      await expect.poll(() => inReader(page)).toEqual({ file: url, hash: '#page=2' });
      await page.close();
    });

    it('follows a redirect chain to the final PDF (the /api/symbol/access shape)', async () => {
      const page = await open(at('documents.un.org', '/api/symbol/access?s=A/RES/64/293&l=fr&t=pdf'));
      await expect.poll(() => inReader(page)).toEqual({ file: at('documents.un.org', UN_DOC_PATH), hash: '' });
      await page.close();
    });

    it('on unodc.org, only under /documents/', async () => {
      const inDocs = await open(at('www.unodc.org', '/documents/treaties/report.pdf'));
      await expect
        .poll(() => inReader(inDocs))
        .toEqual({ file: at('www.unodc.org', '/documents/treaties/report.pdf'), hash: '' });
      const elsewhere = await open(at('www.unodc.org', '/unodc/en/brochure.pdf'));
      await expect.poll(() => showsNativePdf(elsewhere)).toBe(true);
      expect(elsewhere.url()).toBe(at('www.unodc.org', '/unodc/en/brochure.pdf'));
      await inDocs.close();
      await elsewhere.close();
    });

    /** The frame of `page` showing the reader, or the PDF in the browser's viewer (by its address). */
    const readerFrame = (page: Page) => page.frames().find((f) => f.url().startsWith(readerPrefix())) ?? null;
    const nativeFrame = async (page: Page, url: string) => {
      const frame = page.frames().find((f) => f.url() === url);
      return frame ? frame.evaluate(() => document.contentType === 'application/pdf').catch(() => false) : false;
    };

    it('opens a UN document framed by a UN landing page in the reader, in that frame, marked; the way back stays', async () => {
      const pdfUrl = at('documents.un.org', UN_DOC_PATH);
      const landing = at('docs.un.org', '/landing.html');
      const page = await open(landing);
      await expect.poll(() => parseReaderUrl(readerFrame(page)?.url() ?? '')?.file ?? null).toBe(pdfUrl);
      await expect
        .poll(() => readerFrame(page)?.evaluate(() => CSS.highlights.get('renvoi-citation')?.size ?? 0) ?? 0, {
          timeout: 15_000,
        })
        .toBeGreaterThan(0);
      expect(page.url()).toBe(landing);

      // "Open in the browser's viewer" from the framed reader: that frame goes back, the landing page stays, and a
      // reload keeps the browser's viewer there.
      await readerFrame(page)!.getByRole('button', { name: "Open in the browser's viewer" }).click();
      await expect.poll(() => nativeFrame(page, pdfUrl), { timeout: 15_000 }).toBe(true);
      expect(page.url()).toBe(landing);
      await page.reload().catch(() => undefined);
      await expect.poll(() => nativeFrame(page, pdfUrl), { timeout: 15_000 }).toBe(true);
      expect(readerFrame(page)).toBeNull();
      await page.close();
    });

    it('leaves a UN document framed by another site in the browser viewer (badge and popup offer it)', async () => {
      const pdfUrl = at('documents.un.org', UN_DOC_PATH);
      const landing = at('127.0.0.1', '/landing.html');
      const page = await open(landing);
      const tabId = await pdfTabId(landing);
      await expect.poll(() => nativeFrame(page, pdfUrl), { timeout: 15_000 }).toBe(true);
      expect(readerFrame(page)).toBeNull();
      await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe('PDF');
      await page.close();
    });

    it('leaves other hosts to the browser in the default mode', async () => {
      const url = at('127.0.0.1', '/doc.pdf');
      const page = await open(url);
      await expect.poll(() => showsNativePdf(page)).toBe(true);
      expect(page.url()).toBe(url);
      await page.close();
    });

    it('never takes a download (content-disposition: attachment)', async () => {
      const page = await browser.session.context.newPage();
      const download = page.waitForEvent('download', { timeout: 15_000 });
      await page.goto(at('documents.un.org', '/download.pdf')).catch(() => undefined);
      expect((await download).suggestedFilename()).toBe('v1050502.pdf');
      expect(page.url()).not.toContain('pdf.html');
      await page.close();
    });

    it('never takes a PDF answered to a POST', async () => {
      const page = await open(at('documents.un.org', '/form.html'));
      await page.getByRole('button', { name: 'Generate' }).click();
      await expect.poll(() => showsNativePdf(page)).toBe(true);
      expect(page.url()).toBe(at('documents.un.org', '/generate.pdf'));
      await page.close();
    });
  });

  describe('the setting', () => {
    it('"for all PDFs" redirects any host', async () => {
      await setMode('all');
      const url = at('127.0.0.1', '/doc.pdf?x=1&y=2');
      const page = await open(url);
      await expect.poll(() => inReader(page)).toEqual({ file: url, hash: '' });
      await page.close();
    });

    it('"only when I ask" redirects nothing, not even UN documents', async () => {
      await setMode('ask');
      const url = at('documents.un.org', UN_DOC_PATH);
      const page = await open(url);
      await expect.poll(() => showsNativePdf(page)).toBe(true);
      expect(page.url()).toBe(url);
      await page.close();
    });

    it('is on the options page, UN sites first and chosen by default, and saves a choice', async () => {
      await inServiceWorker(
        browser.session,
        async () => {
          await chrome.storage.session.remove('trustedSettings');
          await chrome.storage.local.remove('settings');
        },
        null,
      );
      const options = await browser.session.openExtensionPage('options.html');
      const group = options.getByRole('group', { name: 'Open PDFs in Renvoi' });
      await expect.poll(() => group.getByRole('radio').count()).toBe(3);
      expect(await group.getByRole('radio', { name: /On UN document sites/ }).isChecked()).toBe(true);
      await group.getByRole('radio', { name: 'For all PDFs' }).check();
      await expect
        .poll(() =>
          inServiceWorker(
            browser.session,
            async () =>
              ((await chrome.storage.local.get('settings')).settings as { pdfOpen?: string } | undefined)?.pdfOpen,
            null,
          ),
        )
        .toBe('all');
      await expect
        .poll(() =>
          inServiceWorker(
            browser.session,
            async () => (await chrome.declarativeNetRequest.getDynamicRules()).map((r) => r.id),
            null,
          ),
        )
        .toEqual([1603, 1613]);
      await options.close();
    });
  });

  describe('the way back to the browser viewer', () => {
    it('shows the PDF in the browser viewer for that tab, on reload too; another tab still opens the reader', async () => {
      const url = at('documents.un.org', UN_DOC_PATH);
      const page = await open(url);
      await expect.poll(() => inReader(page)).toEqual({ file: url, hash: '' });
      // The reader's "Open in the browser's viewer" sends this message from its page; any Renvoi page in the tab
      // is the same sender for the background.
      await page.goto(`chrome-extension://${browser.session.extensionId}/options.html`);
      // The background answers once it has sent this tab away, so the navigation may destroy the page before the
      // answer reaches it: either outcome is fine, the address and the viewer below are what counts.
      const reply = await page
        .evaluate((pdfUrl) => chrome.runtime.sendMessage({ type: 'pdf/open-original', url: `${pdfUrl}#page=3` }), url)
        .catch((error: unknown) => {
          if (/context was destroyed|navigat/i.test(String(error))) return 'navigated';
          throw error;
        });
      if (reply !== 'navigated') expect(reply).toMatchObject({ ok: true });
      await expect.poll(() => page.url()).toBe(`${url}#page=3`);
      await expect.poll(() => showsNativePdf(page)).toBe(true);

      await page.reload().catch(() => undefined);
      await expect.poll(() => showsNativePdf(page)).toBe(true);
      expect(page.url()).toBe(`${url}#page=3`);

      const other = await open(url);
      await expect.poll(() => inReader(other)).toEqual({ file: url, hash: '' });
      await other.close();
      await page.close();
    });
  });

  describe('the first automatic open', () => {
    it('shows a one-line notice once; "Always use the browser’s viewer" stops automatic opens and goes back', async () => {
      await inServiceWorker(browser.session, () => chrome.storage.local.remove('pdfAutoNoticeShown'), null);
      const url = at('documents.un.org', UN_DOC_PATH);
      const first = await open(url);
      await expect.poll(() => inReader(first)).toEqual({ file: url, hash: '' });
      const notice = first.locator('.auto-open-notice');
      await expect.poll(() => notice.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await notice.innerText()).toMatch(/Renvoi opened this UN document in its reader/);

      // Later automatic opens say nothing.
      const second = await open(url);
      await expect.poll(() => inReader(second)).toEqual({ file: url, hash: '' });
      await second.locator('.reader-main, main').first().waitFor({ timeout: 15_000 });
      expect(await second.locator('.auto-open-notice').count()).toBe(0);
      await second.close();

      await first.getByRole('button', { name: 'Always use the browser’s viewer' }).click();
      await expect.poll(() => first.url()).toBe(url);
      await expect.poll(() => showsNativePdf(first)).toBe(true);
      await expect
        .poll(() =>
          inServiceWorker(
            browser.session,
            async () =>
              ((await chrome.storage.local.get('settings')).settings as { pdfOpen?: string } | undefined)?.pdfOpen,
            null,
          ),
        )
        .toBe('ask');
      // And no more automatic opens, in any tab.
      const third = await open(url);
      await expect.poll(() => showsNativePdf(third)).toBe(true);
      expect(third.url()).toBe(url);
      await third.close();
      await first.close();
    });
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createPdfRouting, type PdfRouter } from '../../../lib/background/pdf-routing';
import { dispatch, type Handlers } from '../../../lib/messaging/server';
import { EXTENSION_SENDER, type SenderInfo } from '../../../lib/messaging/sender';
import { AUTO_NOTICE_KEY, takeAutoOpenNotice } from '../../../lib/pdf-route/reader-actions';

/** A router that records what the background asked of it. */
function recordingRouter() {
  const calls: string[] = [];
  const router: PdfRouter = {
    setMode: async (mode) => void calls.push(`mode ${mode}`),
    allowInTab: async (tabId, url) => void calls.push(`allow ${tabId} ${url}`),
    pdfInTab: async (tabId) => (tabId === 7 ? 'https://example.org/a.pdf' : null),
  };
  return { router, calls };
}

/** A sender as the message server classifies it. */
const from = (over: Partial<SenderInfo>): SenderInfo => ({ ...EXTENSION_SENDER, ...over });

const PDF = 'https://documents.un.org/doc/undoc/gen/n24/272/22/pdf/n2427222.pdf';

describe('pdf/* messages', () => {
  beforeEach(() => fakeBrowser.reset());

  const handlers = (router: PdfRouter) => createPdfRouting(router).handlers as unknown as Handlers;
  const readerPage = () => `${browser.runtime.getURL('/')}pdf.html?file=x`;

  it('sends the reader’s tab back to the browser viewer, and keeps it there', async () => {
    const { router, calls } = recordingRouter();
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const reply = await dispatch(
      handlers(router),
      { type: 'pdf/open-original', url: `${PDF}#page=3` },
      from({ tabId: 5, url: readerPage() }),
    );
    expect(reply).toEqual({ ok: true, value: { tabId: 5 } });
    expect(calls).toEqual([`allow 5 ${PDF}#page=3`]);
    expect(update).toHaveBeenCalledWith(5, { url: `${PDF}#page=3` });
  });

  it('lets a reader in a frame go back in its frame: the exception is kept, the tab is not navigated', async () => {
    const { router, calls } = recordingRouter();
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const reply = await dispatch(
      handlers(router),
      { type: 'pdf/open-original', url: PDF },
      from({ tabId: 5, frameId: 3, url: readerPage() }),
    );
    expect(reply).toEqual({ ok: true, value: { tabId: 5 } });
    expect(calls).toEqual([`allow 5 ${PDF}`]);
    expect(update).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a content script (a web page’s address)',
      from({ from: 'content', tabId: 5, url: 'https://evil.example/a.html' }),
    ],
    ['a content script claiming the reader’s address', from({ from: 'content', tabId: 5, url: readerPage() })],
    ['a page without a tab', from({ tabId: null, url: readerPage() })],
    ['another extension page', from({ tabId: 5, url: 'chrome-extension://other/pdf.html' })],
  ])('refuses the way back to %s', async (_label, sender) => {
    const { router, calls } = recordingRouter();
    const reply = await dispatch(handlers(router), { type: 'pdf/open-original', url: PDF }, sender);
    expect(reply).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it.each([
    ['a javascript: address', { type: 'pdf/open-original', url: 'javascript:alert(1)' }],
    ['an extension address', { type: 'pdf/detected', url: 'chrome-extension://x/pdf.html', frame: 'top' }],
    ['a bad frame', { type: 'pdf/detected', url: PDF, frame: 'middle' }],
    ['a bad tab id', { type: 'pdf/in-tab', tabId: -1 }],
  ])('rejects %s', async (_label, message) => {
    const { router } = recordingRouter();
    expect(await dispatch(handlers(router), message, from({ tabId: 5, url: readerPage() }))).toMatchObject({
      ok: false,
    });
  });

  it('answers which PDF a tab shows when the router saw one', async () => {
    const { router } = recordingRouter();
    const sender = EXTENSION_SENDER;
    expect(await dispatch(handlers(router), { type: 'pdf/in-tab', tabId: 7 }, sender)).toEqual({
      ok: true,
      value: { url: 'https://example.org/a.pdf' },
    });
    expect(await dispatch(handlers(router), { type: 'pdf/in-tab', tabId: 8 }, sender)).toEqual({
      ok: true,
      value: { url: null },
    });
  });
});

describe('the first automatic open notice', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is shown once, for the first automatic open only', async () => {
    expect(await takeAutoOpenNotice(false)).toBe(false);
    expect(await takeAutoOpenNotice(true)).toBe(true);
    expect(await takeAutoOpenNotice(true)).toBe(false);
    expect((await browser.storage.local.get(AUTO_NOTICE_KEY))[AUTO_NOTICE_KEY]).toBe(true);
  });
});

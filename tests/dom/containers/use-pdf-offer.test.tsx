// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePdfOffer, type PdfOfferServices } from '../../../containers/popup/use-pdf-offer';
import { PageRequestError, type RequestPage } from '../../../lib/messaging/page-client';
import { renderHook, settle, unmountHooks } from '../../factories/hooks';

const PDF = 'https://www.unodc.org/documents/treaties/report.pdf';

/** Tab 7, whose content script answers `page/pdf` with `inPage` (or not at all), and a background that saw `seen`. */
function fakeServices(inPage: { url: string; frame: 'top' | 'sub' } | null, seen: string | null = null) {
  let painted!: () => void;
  const requestPage = vi.fn(async (_tabId: number, _type: string, _payload: unknown) => {
    if (!inPage) throw new PageRequestError('no-answer', 'Receiving end does not exist');
    return inPage;
  });
  const calls: string[] = [];
  const services: PdfOfferServices = {
    afterFirstResults: () => new Promise<void>((resolve) => (painted = resolve)),
    targetTab: async () => 7,
    requestPage: requestPage as unknown as RequestPage,
    pdfSeenInTab: vi.fn(async () => seen),
    openInReader: vi.fn(async (tabId: number, url: string) => void calls.push(`open ${tabId} ${url}`)),
    focusTab: vi.fn(async (tabId: number) => void calls.push(`focus ${tabId}`)),
  };
  return { services, requestPage, calls, paint: () => painted() };
}

describe('usePdfOffer (the popup PDF banner container)', () => {
  afterEach(unmountHooks);

  it('asks nothing before the first results are painted, then offers the PDF the tab shows', async () => {
    const fake = fakeServices({ url: PDF, frame: 'sub' });
    const probe = await renderHook(() => usePdfOffer(fake.services));
    await settle();
    expect(fake.requestPage).not.toHaveBeenCalled();
    expect(probe.current).toBeNull();
    fake.paint();
    await settle();
    expect(fake.requestPage).toHaveBeenCalledWith(7, 'page/pdf', {});
    expect(probe.current?.frame).toBe('sub');
  });

  it('opens the PDF in the reader in that tab, then brings the tab forward', async () => {
    const fake = fakeServices({ url: PDF, frame: 'top' });
    const probe = await renderHook(() => usePdfOffer(fake.services));
    fake.paint();
    await settle();
    await probe.current!.onOpen();
    expect(fake.calls).toEqual([`open 7 ${PDF}`, 'focus 7']);
  });

  it('falls back to the PDF the background saw when no content script answers (Firefox viewer)', async () => {
    const fake = fakeServices(null, PDF);
    const probe = await renderHook(() => usePdfOffer(fake.services));
    fake.paint();
    await settle();
    expect(fake.services.pdfSeenInTab).toHaveBeenCalledWith(7);
    expect(probe.current?.frame).toBe('top');
    await probe.current!.onOpen();
    expect(fake.calls[0]).toBe(`open 7 ${PDF}`);
  });

  it('shows nothing on a tab without a PDF', async () => {
    const fake = fakeServices(null, null);
    const probe = await renderHook(() => usePdfOffer(fake.services));
    fake.paint();
    await settle();
    expect(probe.current).toBeNull();
  });
});

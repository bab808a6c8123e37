import { browser } from 'wxt/browser';
import type { Lang } from '../../lib/references/lang';
import { requestResolverData } from '../../lib/page/extension-services';
import { navigationOf } from '../../lib/page/hover/keyboard';
import { answerPageMessage } from '../../lib/page/page-messages';
import type { PageSession } from '../../lib/page/page-session';
import { createSlicer } from '../../lib/page/scan/slicer';
import { buildDocIndex, isImageOnly } from '../../lib/pdf/doc-index';
import { fetchPdf, looksLikePdf, MAX_PDF_BYTES } from '../../lib/pdf/fetch-pdf';
import { prepareEngine } from '../../lib/pdf/engine-ready';
import { createReaderCitations } from '../../lib/pdf/reader-citations';
import { fileNameOf, pdfPageUrl } from '../../lib/pdf/viewer-url';
import {
  createReaderViewer,
  pdfTitle,
  PdfOpenError,
  type PDFDocumentProxy,
  type ReaderViewer,
} from '../../lib/pdf/viewer';
import { readPageSettings, watchPageSettings } from '../../lib/settings/page-settings';
import { isActiveOn, type Settings } from '../../lib/settings/values';
import { PAGE_ENGINE } from '../engine/page-engine';
import { createReaderSession } from './reader-session';
import type { Reader, ReaderState } from './reader-types';

/** Whether the reader may read `file://` addresses, and if not, what the user can do about it. */
async function fileAccess(): Promise<'allowed' | 'file-access' | 'file-firefox'> {
  const allowed = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
  return allowed ? 'allowed' : import.meta.env.FIREFOX ? 'file-firefox' : 'file-access';
}

/** The number of the pdf.js page an element is in (its `div.page` carries `data-page-number`). */
function pageOf(element: Element | undefined): number | null {
  const page = Number(element?.closest<HTMLElement>('.page')?.dataset.pageNumber);
  return Number.isInteger(page) && page >= 1 ? page : null;
}

/** Zoom steps (as pdf.js's own viewer steps them), from 25 % to 400 %. */
const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];

/**
 * The reader's behaviour, outside the UI: pdf.js's viewer in `container`, the page session on its text layers, the
 * document index, the popup's messages and the keyboard. `update` receives each new state.
 */
export async function createReader(
  container: HTMLDivElement,
  lang: Lang,
  update: (patch: Partial<ReaderState>) => void,
): Promise<Reader> {
  // The engine gets ready (resolver data asked, patterns compiled) while pdf.js loads and the PDF downloads.
  const engine = prepareEngine(requestResolverData, PAGE_ENGINE);
  const pdf: ReaderViewer = await createReaderViewer(container);
  let settings: Settings = await readPageSettings();
  let session: PageSession | null = null;
  let lifetime = new AbortController();
  let url: string | null = null;
  let doc: PDFDocumentProxy | null = null;
  const citations = createReaderCitations(() => session, {
    pageElement: (page) => pdf.viewer.getPageView(page - 1)?.div ?? null,
    scrollTo: (page) => pdf.viewer.scrollPageIntoView({ pageNumber: page }),
  });

  const site = () => (url ? new URL(url).hostname : '');
  const applySettings = () => {
    const active = isActiveOn(settings, site());
    update({ inactive: !active });
    if (!session) return;
    session.applySettings(settings);
    if (active) void session.start();
    else session.stop();
  };
  watchPageSettings((next) => {
    settings = next;
    applySettings();
  });

  // A page's text layer is ready: read it now rather than after the mutation watcher's debounce.
  pdf.eventBus.on(
    'textlayerrendered',
    ({ pageNumber, source }: { pageNumber: number; source: { textLayer?: { div?: HTMLElement } | null } }) => {
      // Benchmark hooks (read by bench/pdf-reader.ts): when pdf.js has rendered a page's text layer, and from then
      // to the end of the pass that marked it (the passes queued before it included).
      const rendered = performance.mark('renvoi:pdf-textlayer', { detail: { page: pageNumber } });
      const layer = source.textLayer?.div;
      if (!layer || !session) return;
      session.rescan(layer);
      void session.idle().then(() => {
        const citations = session?.registry.occurrencesIn(layer).length ?? 0;
        performance.measure('renvoi:pdf-page-marks', {
          start: rendered.startTime,
          detail: { page: pageNumber, citations },
        });
      });
    },
  );
  pdf.eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => update({ page: pageNumber }));
  pdf.eventBus.on('scalechanging', ({ scale }: { scale: number }) => update({ zoomPercent: Math.round(scale * 100) }));
  pdf.eventBus.on('updatefindmatchescount', ({ matchesCount }: { matchesCount: { current: number; total: number } }) =>
    update({ find: matchesCount }),
  );
  pdf.eventBus.on('updatefindcontrolstate', ({ matchesCount }: { matchesCount: { current: number; total: number } }) =>
    update({ find: matchesCount }),
  );

  // The popup's "On this page" asks the tab's top frame — here, this page.
  browser.runtime.onMessage.addListener((raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (!doc) return;
    const reply = answerPageMessage(raw, {
      citations: () => ({ url: url ? pdfPageUrl(url, 1) : '', title: document.title, groups: citations.groups() }),
      reveal: (key, index) => {
        void citations.reveal(key, index);
        return citations.groups().some((g) => g.key === key && index < g.count);
      },
    });
    if (reply) sendResponse(reply);
  });
  // Alt+Shift+N / P over the whole document (before the session's own handler, which knows rendered pages only).
  window.addEventListener(
    'keydown',
    (event) => {
      const direction = navigationOf(event);
      if (!direction || !doc) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void citations.navigate(direction);
    },
    { capture: true },
  );

  async function index(forDoc: PDFDocumentProxy, signal: AbortSignal) {
    const data = await engine();
    const start = performance.now();
    let longestStepMs = 0;
    const built = await buildDocIndex(forDoc, data, createSlicer(signal), (_page, stepMs) => {
      longestStepMs = Math.max(longestStepMs, stepMs);
    });
    // Benchmark hook (read by bench/): the whole-document index, its citation count and its longest step.
    performance.measure('renvoi:pdf-index', { start, detail: { citations: built.citations.length, longestStepMs } });
    if (signal.aborted || doc !== forDoc) return;
    citations.setIndex(built);
    update({ imageOnly: isImageOnly(built) });
  }

  async function show(data: Uint8Array, address: string | null, name: string, page: number | null) {
    lifetime.abort();
    session?.stop();
    citations.setIndex(null);
    lifetime = new AbortController();
    const signal = lifetime.signal;
    url = address;
    let opened: PDFDocumentProxy;
    try {
      opened = doc = await pdf.open(data);
    } catch (error) {
      update({ phase: 'error', error: error instanceof PdfOpenError ? error.reason : 'broken' });
      return;
    }
    // Everything that listens to pdf.js's first events is in place before the next await: pdf.js may answer the
    // first page (`pagesinit`, then its text layer) before anything else we ask it.
    pdf.eventBus.on(
      'pagesinit',
      () => {
        if (page && page <= opened.numPages) pdf.viewer.currentPageNumber = page;
      },
      { once: true },
    );
    session = createReaderSession(lang, settings, signal, engine, {
      root: pdf.viewer.viewer ?? container,
      source: (at) => ({
        url: url ? pdfPageUrl(url, pageOf(at) ?? (pdf.viewer.currentPageNumber || 1)) : '',
        title: document.title,
      }),
    });
    applySettings();
    // The index waits for the first page's marks: pdf.js's first page, then Renvoi's marks on it, come first.
    pdf.eventBus.on(
      'textlayerrendered',
      () => void (session?.idle() ?? Promise.resolve()).then(() => index(opened, signal)).catch(() => undefined),
      { once: true },
    );
    update({
      phase: 'ready',
      error: null,
      url,
      title: name,
      page: page ?? 1,
      pages: opened.numPages,
      imageOnly: false,
    });
    document.title = name;
    const title = await pdfTitle(opened, name);
    if (signal.aborted) return;
    document.title = title;
    update({ title });
  }

  return {
    async openUrl(address, page) {
      update({ phase: 'loading', url: address });
      const local = new URL(address).protocol === 'file:';
      const access = local ? await fileAccess() : 'allowed';
      if (access !== 'allowed') return update({ phase: 'error', error: access });
      // Chrome's fetch reads a file:// address from an extension page that may read files.
      const fetched = await fetchPdf(address);
      if (!fetched.ok) {
        const error = local && fetched.code === 'network' ? 'file-unreadable' : fetched.code;
        update({ phase: 'error', error, status: fetched.code === 'not-found' ? fetched.status : 0 });
        return;
      }
      await show(fetched.data, address, fileNameOf(address), page);
    },
    async openFile(file) {
      if (file.size > MAX_PDF_BYTES) return update({ phase: 'error', error: 'too-big', url: null });
      const data = new Uint8Array(await file.arrayBuffer());
      if (!looksLikePdf(data)) return update({ phase: 'error', error: 'not-a-file', url: null });
      update({ phase: 'loading', url: null });
      await show(data, null, file.name, null);
    },
    goTo(page) {
      pdf.viewer.currentPageNumber = page;
    },
    zoom(direction) {
      const scale = pdf.viewer.currentScale;
      const next =
        direction === 'in'
          ? (ZOOM_STEPS.find((s) => s > scale + 0.001) ?? ZOOM_STEPS.at(-1)!)
          : ([...ZOOM_STEPS].reverse().find((s) => s < scale - 0.001) ?? ZOOM_STEPS[0]!);
      pdf.viewer.currentScale = next;
    },
    fitWidth() {
      pdf.viewer.currentScaleValue = 'page-width';
    },
    find(query, again, previous) {
      pdf.eventBus.dispatch('find', {
        source: null,
        type: again ? 'again' : '',
        query,
        caseSensitive: false,
        entireWord: false,
        highlightAll: true,
        findPrevious: previous,
        matchDiacritics: false,
      });
    },
    closeFind() {
      pdf.eventBus.dispatch('findbarclose', { source: null });
      update({ find: null });
    },
    pageUrl: () => (url ? pdfPageUrl(url, pdf.viewer.currentPageNumber || 1) : null),
  };
}

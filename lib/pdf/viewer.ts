/**
 * pdf.js in the reader page: the display layer, its worker (bundled, from the extension's own origin) and the
 * viewer components (`PDFViewer`, `PDFLinkService`, `PDFFindController` from `pdfjs-dist/web/pdf_viewer.mjs`, not
 * the prebuilt viewer app). Loaded lazily, so nothing of pdf.js runs before the reader asks for it. Safety options:
 * no `eval` (`isEvalSupported: false`), no WebAssembly, no scripting manager (a PDF's JavaScript never runs), no
 * form storage, and the bytes are handed over (`data`): pdf.js fetches nothing itself.
 */

import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus, PDFFindController, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

export type { PDFDocumentProxy };

/** Why pdf.js refused a file. */
export type PdfOpenFailure = 'password' | 'broken';

export interface ReaderViewer {
  viewer: PDFViewer;
  eventBus: EventBus;
  find: PDFFindController;
  /** Opens a PDF from its bytes (pdf.js takes ownership of the buffer). */
  open(data: Uint8Array): Promise<PDFDocumentProxy>;
}

/** The name pdf.js gives its password error (`PasswordException`), in the main thread as from the worker. */
const isPasswordError = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'PasswordException';

/** A pdf.js failure to open, in the reader's words. */
export class PdfOpenError extends Error {
  constructor(readonly reason: PdfOpenFailure) {
    super(`PDF could not be opened: ${reason}`);
  }
}

/** Loads pdf.js and builds the viewer in `container` (absolutely positioned, scrolling, with a `div.pdfViewer`). */
export async function createReaderViewer(container: HTMLDivElement): Promise<ReaderViewer> {
  const pdfjs = await import('pdfjs-dist');
  const { default: workerUrl } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // pdf_viewer.mjs reads `globalThis.pdfjsLib`, which the display layer sets when evaluated: import it after.
  const { EventBus, PDFFindController, PDFLinkService, PDFViewer, LinkTarget } =
    await import('pdfjs-dist/web/pdf_viewer.mjs');
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({
    eventBus,
    // Links inside the PDF open in a new tab, never in place of the reader.
    externalLinkTarget: LinkTarget.BLANK,
    externalLinkRel: 'noopener noreferrer nofollow',
  });
  const find = new PDFFindController({ eventBus, linkService });
  const viewer = new PDFViewer({
    container,
    eventBus,
    linkService,
    findController: find,
    // Links are shown; form fields are drawn but not editable (nothing to save, no storage).
    annotationMode: pdfjs.AnnotationMode.ENABLE,
    removePageBorders: false,
  });
  linkService.setViewer(viewer);
  eventBus.on('pagesinit', () => {
    viewer.currentScaleValue = 'page-width';
  });
  return {
    viewer,
    eventBus,
    find,
    async open(data) {
      let doc: PDFDocumentProxy;
      try {
        doc = await pdfjs.getDocument({ data, isEvalSupported: false, useWasm: false, enableXfa: false }).promise;
      } catch (error) {
        throw new PdfOpenError(isPasswordError(error) ? 'password' : 'broken');
      }
      viewer.setDocument(doc);
      linkService.setDocument(doc, null);
      return doc;
    },
  };
}

/** The PDF's title: its metadata's Title when it has a real one, else `fallback` (the file name). */
export async function pdfTitle(doc: PDFDocumentProxy, fallback: string): Promise<string> {
  try {
    const { info } = await doc.getMetadata();
    const title = (info as { Title?: unknown } | null)?.Title;
    // Word and printers often leave placeholders ("untitled", "Microsoft Word - x.docx" is still better than none).
    if (typeof title === 'string' && title.trim() && !/^untitled$/i.test(title.trim())) return title.trim();
  } catch {
    // No metadata: the file name it is.
  }
  return fallback;
}

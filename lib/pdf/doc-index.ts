/**
 * The whole-document index of a PDF: its citations page by page, from pdf.js's `getTextContent()` of every page
 * (pdf.js renders only the pages near the viewport, so the text layer alone would leave "On this page", keyboard
 * navigation and reveal blind to the rest). Page text goes through `pageText` — the same joins and normalisation as
 * the text-layer reader — so the index finds what the marks find once a page is rendered. Text extraction runs in
 * pdf.js's worker; the engine runs here one page at a time, yielding between pages (`Slicer`). Works on any object
 * shaped like pdf.js's document proxy, so Node tests run it on pdf.js's legacy build.
 */

import { documentContext, findCitations, type Citation, type DocumentContext, type ResolverData } from '../citations';
import type { PageCitationGroup } from '../messaging/page-protocol';
import type { Slicer } from '../page/scan/slicer';
import { pageText, type PdfTextItem } from './pdf-text';

/** What the index needs of pdf.js's `PDFDocumentProxy`. */
export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<{
    getTextContent(params?: { disableNormalization?: boolean }): Promise<{ items: readonly PdfTextItem[] }>;
  }>;
}

/** One citation in the document. */
export interface IndexedCitation {
  citation: Citation;
  /** 1-based page number. */
  page: number;
  /** Its rank among the occurrences of the same key on that page (0-based). */
  ordinal: number;
}

export interface DocIndex {
  /** Citations in reading order (page, then position). */
  citations: IndexedCitation[];
  /** Characters of text per page (index 0 = page 1); all zero for a scanned, image-only PDF. */
  textLengths: number[];
}

/**
 * Pages whose text is asked of pdf.js ahead of the one being read: the worker answers them back to back instead of
 * waiting for each round trip, yet a page the reader scrolls to is never queued behind the whole document.
 */
export const TEXT_REQUESTS_AHEAD = 4;

/** A page's text content, as pdf.js gives it (`disableNormalization`: the same raw text as the text layer). */
const textOf = (doc: PdfDocumentLike, page: number) =>
  doc.getPage(page).then((p) => p.getTextContent({ disableNormalization: true }));

/**
 * Builds the index; rejects with the slicer's abort reason when aborted. `onPage` reports progress, with the time
 * the page's own work took (reading its text, finding its citations: one step on the main thread).
 */
export async function buildDocIndex(
  doc: PdfDocumentLike,
  data: ResolverData | undefined,
  slicer: Slicer,
  onPage?: (page: number, stepMs: number) => void,
): Promise<DocIndex> {
  const citations: IndexedCitation[] = [];
  const textLengths: number[] = [];
  let context: DocumentContext | undefined;
  const asked = new Map<number, ReturnType<typeof textOf>>();
  const ask = (page: number) => {
    if (page <= doc.numPages && !asked.has(page)) {
      // Settled even if never read (an abort): no unhandled rejection.
      const text = textOf(doc, page);
      text.catch(() => undefined);
      asked.set(page, text);
    }
  };
  for (let page = 1; page <= doc.numPages; page++) {
    for (let ahead = page; ahead <= page + TEXT_REQUESTS_AHEAD; ahead++) ask(ahead);
    const content = await asked.get(page)!;
    asked.delete(page);
    const stepStart = performance.now();
    const text = pageText(content.items);
    textLengths.push(text.trim().length);
    // The document's author from its first page's heading, else the COP when it is about UNTOC, as the page scan
    // reads a page (lib/page/read/find-in-run.ts): a bare `résolution 5/2` goes by that author or by its body's
    // numbering alone.
    context ??= documentContext(text);
    const perKey = new Map<string, number>();
    for (const citation of findCitations(text, data, context)) {
      const ordinal = perKey.get(citation.key) ?? 0;
      perKey.set(citation.key, ordinal + 1);
      citations.push({ citation, page, ordinal });
    }
    onPage?.(page, performance.now() - stepStart);
    if (slicer.shouldYield()) await slicer.yield();
  }
  return { citations, textLengths };
}

/** The index as the popup's "On this page" lists it: one group per key, in order of first occurrence. */
export function indexGroups(index: DocIndex): PageCitationGroup[] {
  const groups = new Map<string, PageCitationGroup>();
  for (const { citation } of index.citations) {
    const { key, kind, text, inCorpus, targets } = citation;
    const group = groups.get(key);
    if (group) {
      group.count++;
      for (const t of targets) if (!group.targets.includes(t)) group.targets.push(t);
      group.inCorpus ||= inCorpus;
    } else {
      groups.set(key, { key, kind, text, inCorpus, count: 1, targets: [...targets] });
    }
  }
  return [...groups.values()];
}

/** Where the `index`-th occurrence of `key` in the document is: its page and its rank on that page. */
export function locate(index: DocIndex, key: string, nth: number): IndexedCitation | undefined {
  return index.citations.filter((c) => c.citation.key === key)[nth];
}

/** True when the PDF has no text at all (a scan): the reader says so instead of showing no marks silently. */
export const isImageOnly = (index: DocIndex): boolean => index.textLengths.every((n) => n === 0);

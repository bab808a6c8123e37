/**
 * The PDF's own addresses as the reader hands them out: the page named by a fragment, the address saved and copied
 * (`#page=N`), the file name for a title. The reader's own address (`pdf.html?file=…`, `?DNR:…`) is
 * `lib/pdf-route/reader-url.ts`. Pure.
 */

/** `page=N` (as Chrome's viewer and pdf.js read it), possibly among other `&`-separated fragment parameters. */
const PAGE_PARAM = /(?:^|&)page=(\d{1,6})(?:&|$)/;

/** The page number a fragment names (`#page=12`, `#page=12&zoom=100`), or null. */
export function pageFromHash(hash: string): number | null {
  const m = PAGE_PARAM.exec(hash.replace(/^#/, ''));
  const page = m ? Number(m[1]) : NaN;
  return Number.isInteger(page) && page >= 1 ? page : null;
}

/** The PDF's address for saving and sharing: its own URL with `#page=N` (its own fragment replaced). */
export function pdfPageUrl(pdfUrl: string, page: number): string {
  const url = new URL(pdfUrl);
  url.hash = `page=${page}`;
  return url.href;
}

/** The file name at the end of an address (decoded), for a title when the PDF has none; '' when there is none. */
export function fileNameOf(pdfUrl: string): string {
  try {
    const last = new URL(pdfUrl).pathname.split('/').pop() ?? '';
    return decodeURIComponent(last);
  } catch {
    return '';
  }
}

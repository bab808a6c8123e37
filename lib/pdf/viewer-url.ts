/**
 * The reader's address, shared by everything that opens it (popup button, automatic redirection, tests):
 * `pdf.html?file=<encodeURIComponent(url)>` — the stable entry — and `pdf.html?DNR:<raw url>`, what a
 * declarativeNetRequest redirect can write (it cannot percent-encode, so everything after `?DNR:` is the PDF's own
 * address, its query string included). The fragment (`#page=N`) is the reader's own. Pure.
 */

export type ReaderTarget =
  | { kind: 'url'; url: string; page: number | null; automatic: boolean }
  | { kind: 'none' }
  | { kind: 'invalid'; raw: string };

/** The reader's entry for a PDF's address; `base` is `browser.runtime.getURL('/pdf.html')`. */
export function readerUrl(base: string, pdfUrl: string, page?: number): string {
  const fragment = page && page > 1 ? `#page=${page}` : '';
  return `${base}?file=${encodeURIComponent(pdfUrl)}${fragment}`;
}

/** `#page=N` (as Chrome's viewer and pdf.js read it), possibly among other `&`-separated parameters. */
const PAGE_PARAM = /(?:^|&)page=(\d{1,6})(?:&|$)/;

/** The page number a fragment names (`#page=12`, `#page=12&zoom=100`), or null. */
export function pageFromHash(hash: string): number | null {
  const m = PAGE_PARAM.exec(hash.replace(/^#/, ''));
  const page = m ? Number(m[1]) : NaN;
  return Number.isInteger(page) && page >= 1 ? page : null;
}

/** Only web addresses are opened from the address bar's parameters (no `javascript:`, `data:`, `chrome:`…). */
const OPENABLE = /^(https?|file):\/\//i;

/**
 * What the reader was asked to open, from its `location.search` and `location.hash`. A `?DNR:` address carries the
 * PDF's fragment in `hash` (the browser moved it there), which then also names the page.
 */
export function parseReaderLocation(search: string, hash: string): ReaderTarget {
  const page = pageFromHash(hash);
  if (search.startsWith('?DNR:')) {
    const raw = search.slice('?DNR:'.length);
    if (!OPENABLE.test(raw) || !URL.canParse(raw)) return { kind: 'invalid', raw };
    return { kind: 'url', url: raw, page, automatic: true };
  }
  const file = new URLSearchParams(search).get('file');
  if (file === null || file === '') return { kind: 'none' };
  if (!OPENABLE.test(file) || !URL.canParse(file)) return { kind: 'invalid', raw: file };
  return { kind: 'url', url: file, page, automatic: false };
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

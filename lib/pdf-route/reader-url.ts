/**
 * The reader's address, both ways. Pure (no browser API): the background, the popup, the reader and the tests use it.
 *
 * Canonical form (the stable entry, used by tests): `pdf.html?file=<encodeURIComponent(pdfUrl)>[&via=auto][#frag]`.
 * Chrome's automatic redirect cannot encode (a declarativeNetRequest `regexSubstitution` only pastes the matched URL),
 * so it lands on `pdf.html?DNR:<raw pdf url>`, as pdf.js's own extension does; the PDF's own query string is part of
 * it, and Chrome carries the navigation's fragment over to the reader's address.
 */

/** What the reader needs from its address. */
export interface ReaderTarget {
  /** The PDF's address, without fragment. */
  file: string;
  /** The PDF's fragment with its `#` (`#page=3`), or `''`. */
  hash: string;
  /** True when an automatic redirect brought the reader here (the user did not ask). */
  auto: boolean;
}

/** The prefix of the query Chrome's redirect rule writes (see `dnr-rules.ts`). */
export const DNR_PREFIX = 'DNR:';

/** Schemes the reader may open: the web, and local files where the browser lets an extension read them. */
const READABLE = new Set(['http:', 'https:', 'file:']);

/** The URL if it is an absolute http(s) or file address (the fragment dropped), else null. */
export function readablePdfUrl(raw: string): { file: string; hash: string } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!READABLE.has(url.protocol)) return null;
  const hash = url.hash;
  url.hash = '';
  return { file: url.href, hash };
}

/** `<base>?file=<encoded>[&via=auto][#hash]`; `base` is `browser.runtime.getURL('/pdf.html')`. */
export function readerUrl(base: string, pdfUrl: string, options: { auto?: boolean; hash?: string } = {}): string {
  const parsed = readablePdfUrl(pdfUrl);
  if (!parsed) throw new Error(`Not a PDF address Renvoi can open: ${pdfUrl.slice(0, 200)}`);
  const hash = options.hash ?? parsed.hash;
  const via = options.auto ? '&via=auto' : '';
  return `${base}?file=${encodeURIComponent(parsed.file)}${via}${hash && hash !== '#' ? hash : ''}`;
}

/**
 * Reads the reader's own address (`location.href`) in either form. Null when it names no PDF the reader may open
 * (missing, not absolute, or another scheme such as `javascript:` or `chrome:`).
 */
export function parseReaderUrl(href: string): ReaderTarget | null {
  let reader: URL;
  try {
    reader = new URL(href);
  } catch {
    return null;
  }
  const query = reader.search.slice(1);
  if (query.startsWith(DNR_PREFIX)) {
    // Everything after `DNR:` is the PDF's address, its own `?a=1&b=2` included; the fragment is the reader's.
    const target = readablePdfUrl(query.slice(DNR_PREFIX.length));
    return target ? { file: target.file, hash: reader.hash, auto: true } : null;
  }
  const params = new URLSearchParams(query);
  const file = params.get('file');
  if (!file) return null;
  const target = readablePdfUrl(file);
  if (!target) return null;
  // A fragment inside the encoded address (an older link) counts when the reader's own has none.
  return { file: target.file, hash: reader.hash || target.hash, auto: params.get('via') === 'auto' };
}

/** The canonical reader address for a parsed target (for `history.replaceState`: no `via`, no `DNR:`). */
export function canonicalReaderUrl(base: string, target: ReaderTarget): string {
  return readerUrl(base, target.file, { hash: target.hash });
}

/** The PDF's own address with its fragment, for "Open in the browser's viewer" and "Copy PDF link". */
export function originalUrl(target: ReaderTarget): string {
  return target.file + (target.hash && target.hash !== '#' ? target.hash : '');
}

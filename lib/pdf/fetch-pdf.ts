/**
 * Downloads the one PDF the reader was asked to open — the only request Renvoi makes — and says plainly what went
 * wrong when it cannot: not found, no network, not a PDF, too big. The reader then hands the bytes to pdf.js
 * (`getDocument({ data })`), so pdf.js itself fetches nothing. Needs only `fetch`: unit-tested with a fake.
 */

/** Largest PDF the reader opens (100 MB): beyond, the tab would hold hundreds of MB of pages. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

export type PdfFailure =
  { code: 'not-found'; status: number } | { code: 'network' } | { code: 'not-pdf' } | { code: 'too-big' };

export type FetchedPdf = { ok: true; data: Uint8Array; finalUrl: string } | ({ ok: false } & PdfFailure);

/** `%PDF-` — every PDF file starts with it (readers accept it within the first KiB: some files have junk first). */
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];
const MAGIC_WINDOW = 1024;

/** True when `bytes` hold `%PDF-` within their first KiB. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, MAGIC_WINDOW) - PDF_MAGIC.length;
  for (let i = 0; i <= end; i++) {
    if (PDF_MAGIC.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/** Reads a response body, giving up as soon as it passes `limit` bytes (a missing or lying Content-Length). */
async function readCapped(response: Response, limit: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    return buffer.length > limit ? null : buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const data = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    data.set(chunk, at);
    at += chunk.length;
  }
  return data;
}

export async function fetchPdf(
  url: string,
  fetchImpl: typeof fetch = fetch,
  limit: number = MAX_PDF_BYTES,
): Promise<FetchedPdf> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin' });
  } catch {
    return { ok: false, code: 'network' };
  }
  if (!response.ok && response.status !== 0) return { ok: false, code: 'not-found', status: response.status };
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, code: 'too-big' };
  }
  let data: Uint8Array | null;
  try {
    data = await readCapped(response, limit);
  } catch {
    return { ok: false, code: 'network' };
  }
  if (!data) return { ok: false, code: 'too-big' };
  // A web page served instead of the PDF (error page, login wall) or any other file: say so, rather than "damaged
  // PDF". Decided on the bytes, not on Content-Type, which servers often get wrong both ways.
  if (!looksLikePdf(data)) return { ok: false, code: 'not-pdf' };
  return { ok: true, data, finalUrl: response.url || url };
}

import { describe, expect, it } from 'vitest';
import { fetchPdf, looksLikePdf } from '../../../lib/pdf/fetch-pdf';

const PDF = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n');

/** A fetch that answers `response` (or throws it when it is an Error). */
const fakeFetch = (response: Response | Error) =>
  (async () => {
    if (response instanceof Error) throw response;
    return response;
  }) as unknown as typeof fetch;

describe('fetchPdf', () => {
  it('returns the bytes of a PDF', async () => {
    const result = await fetchPdf('https://un.org/a.pdf', fakeFetch(new Response(PDF)));
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && [...result.data]).toEqual([...PDF]);
  });

  it.each([
    ['a 404', () => new Response('Not found', { status: 404 }), { code: 'not-found', status: 404 }],
    ['a server error', () => new Response('', { status: 503 }), { code: 'not-found', status: 503 }],
    ['no network', () => new TypeError('Failed to fetch'), { code: 'network' }],
    [
      'a web page served as a PDF',
      () => new Response('<!doctype html><p>Sign in', { headers: { 'content-type': 'application/pdf' } }),
      { code: 'not-pdf' },
    ],
    [
      'a declared size over the limit',
      () => new Response(PDF, { headers: { 'content-length': String(101 * 1024 * 1024) } }),
      { code: 'too-big' },
    ],
  ])('says so for %s', async (_name, response, failure) => {
    expect(await fetchPdf('https://un.org/a.pdf', fakeFetch(response()))).toEqual({ ok: false, ...failure });
  });

  it('stops reading a body that grows past the limit when no size was declared', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(pulled === 1 ? PDF : new Uint8Array(64));
      },
    });
    expect(await fetchPdf('https://un.org/a.pdf', fakeFetch(new Response(stream)), 200)).toEqual({
      ok: false,
      code: 'too-big',
    });
    expect(pulled).toBeLessThan(10);
  });
});

describe('looksLikePdf', () => {
  it.each([
    ['%PDF- at the start', PDF, true],
    ['%PDF- after some junk', new TextEncoder().encode('\n\n  %PDF-1.4'), true],
    ['a web page', new TextEncoder().encode('<!doctype html>'), false],
    ['empty', new Uint8Array(0), false],
  ])('%s', (_name, bytes, expected) => {
    expect(looksLikePdf(bytes)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { isShownPdf, shouldRedirect, type ResponseFacts } from '../../../lib/pdf-route/firefox-route';
import { isUnDocumentUrl } from '../../../lib/pdf-route/un-hosts';

/** A top-level GET answered 200 with a PDF, as webRequest.onHeadersReceived describes it. */
const response = (over: Partial<ResponseFacts> & { headers?: Record<string, string> } = {}): ResponseFacts => ({
  url: 'https://documents.un.org/doc/undoc/gen/n24/272/22/pdf/n2427222.pdf',
  method: 'GET',
  type: 'main_frame',
  statusCode: 200,
  ...over,
  responseHeaders: Object.entries(over.headers ?? { 'Content-Type': 'application/pdf' }).map(([name, value]) => ({
    name,
    value,
  })),
});

describe('Firefox redirect decision', () => {
  it.each([
    ['a UN PDF', response(), 'un-sites', true],
    [
      'a UN PDF with parameters',
      response({ headers: { 'content-type': 'Application/PDF; charset=binary' } }),
      'un-sites',
      true,
    ],
    ['another host', response({ url: 'https://example.org/a.pdf' }), 'un-sites', false],
    ['another host, all PDFs', response({ url: 'https://example.org/a.pdf' }), 'all', true],
    ['ask mode', response(), 'ask', false],
    [
      'a download',
      response({ headers: { 'content-type': 'application/pdf', 'Content-Disposition': 'attachment; filename=a.pdf' } }),
      'all',
      false,
    ],
    ['a POST', response({ method: 'POST' }), 'all', false],
    ['a frame, party unknown', response({ type: 'sub_frame' }), 'all', false],
    ['a frame of another site', response({ type: 'sub_frame', thirdParty: true }), 'all', false],
    ['a frame of the same site', response({ type: 'sub_frame', thirdParty: false }), 'all', true],
    ['a UN frame of a UN page', response({ type: 'sub_frame', thirdParty: false }), 'un-sites', true],
    [
      'a same-site frame elsewhere',
      response({ type: 'sub_frame', thirdParty: false, url: 'https://example.org/a.pdf' }),
      'un-sites',
      false,
    ],
    ['a same-site frame, ask mode', response({ type: 'sub_frame', thirdParty: false }), 'ask', false],
    ['a POST in a frame', response({ type: 'sub_frame', thirdParty: false, method: 'POST' }), 'all', false],
    ['a redirect response', response({ statusCode: 302 }), 'all', false],
    ['a 404', response({ statusCode: 404 }), 'all', false],
    ['HTML', response({ headers: { 'content-type': 'text/html' } }), 'all', false],
    ['no content type', response({ headers: {} }), 'all', false],
  ] as const)('%s (%s) → %s', (_label, facts, mode, expected) => {
    expect(shouldRedirect(facts, mode, false)).toBe(expected);
  });

  it('never redirects where the user went back to the browser viewer in this tab', () => {
    expect(shouldRedirect(response(), 'all', true)).toBe(false);
  });

  it('tells a shown PDF from a download', () => {
    expect(
      isShownPdf(response({ headers: { 'content-type': 'application/pdf', 'content-disposition': 'inline' } })),
    ).toBe(true);
    expect(isShownPdf(response({ headers: { 'content-type': 'application/pdfx' } }))).toBe(false);
  });
});

describe('UN document sites', () => {
  it.each([
    ['https://documents.un.org/doc/undoc/gen/n24/272/22/pdf/n2427222.pdf', true],
    ['https://DOCS.UN.ORG/fr/CTOC/COP/WG.4/2011/8', true],
    ['http://undocs.org/A/RES/64/293', true],
    ['https://digitallibrary.un.org/record/1/files/x.pdf', true],
    ['https://www.unodc.org/documents/treaties/x.pdf', true],
    ['https://unodc.org/documents/x.pdf', true],
    ['https://www.unodc.org/unodc/x.pdf', false],
    ['https://www.un.org/en/ga/x.pdf', false],
    ['https://documents.un.org.evil.example/x.pdf', false],
    ['https://evildocuments.un.org.example/x.pdf', false],
    ['ftp://documents.un.org/x.pdf', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isUnDocumentUrl(url)).toBe(expected);
  });
});

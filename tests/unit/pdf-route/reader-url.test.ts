import { describe, expect, it } from 'vitest';
import { canonicalReaderUrl, originalUrl, parseReaderUrl, readerUrl } from '../../../lib/pdf-route/reader-url';

const BASE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/pdf.html';

/** PDF addresses as UN sites and others write them. */
const ADDRESSES = [
  'https://documents.un.org/doc/undoc/gen/n24/272/22/pdf/n2427222.pdf',
  'https://documents.un.org/api/symbol/access?s=CTOC/COP/WG.4/2011/8&l=fr&t=pdf',
  'https://www.unodc.org/documents/treaties/WG_TiP_2011/CTOC_COP_WG4_2011_8/CTOC_COP_WG4_2011_8_F.pdf',
  'http://127.0.0.1:8123/fixture.pdf?a=1&b=two%20words&c=%26amp',
  'https://example.org/r%C3%A9solution%20fran%C3%A7aise.pdf',
  'file:///home/reader/Documents/rapport%20final.pdf',
];

describe('reader URL round trips', () => {
  it.each(ADDRESSES)('canonical form keeps %s', (address) => {
    const built = readerUrl(BASE, address);
    expect(built.startsWith(`${BASE}?file=`)).toBe(true);
    expect(parseReaderUrl(built)).toEqual({ file: address, hash: '', auto: false });
  });

  it.each(ADDRESSES)('Chrome redirect form (?DNR:<raw>) keeps %s and says it was automatic', (address) => {
    // What Chrome's regexSubstitution writes, then what the browser's URL parser makes of it.
    const redirected = new URL(`${BASE}?DNR:${address}`).href;
    expect(parseReaderUrl(redirected)).toEqual({ file: address, hash: '', auto: true });
  });

  it('keeps the fragment in either form, and gives it back with the original', () => {
    const address = 'https://documents.un.org/doc/undoc/gen/n24/272/22/pdf/n2427222.pdf';
    const canonical = readerUrl(BASE, `${address}#page=3`);
    expect(canonical.endsWith('#page=3')).toBe(true);
    const parsed = parseReaderUrl(canonical)!;
    expect(parsed).toEqual({ file: address, hash: '#page=3', auto: false });
    expect(originalUrl(parsed)).toBe(`${address}#page=3`);
    // Chrome carries the navigation's fragment over to the redirect target.
    expect(parseReaderUrl(`${BASE}?DNR:${address}#page=7`)).toEqual({ file: address, hash: '#page=7', auto: true });
  });

  it('marks automatic opens in the canonical form and drops the mark when canonicalised', () => {
    const address = 'https://undocs.org/doc.pdf?x=1';
    const auto = readerUrl(BASE, address, { auto: true, hash: '#page=2' });
    const parsed = parseReaderUrl(auto)!;
    expect(parsed).toEqual({ file: address, hash: '#page=2', auto: true });
    const canonical = canonicalReaderUrl(BASE, parsed);
    expect(canonical).toBe(readerUrl(BASE, address, { hash: '#page=2' }));
    expect(parseReaderUrl(canonical)!.auto).toBe(false);
  });

  it.each([
    ['no query', BASE],
    ['an empty file', `${BASE}?file=`],
    ['a relative file', `${BASE}?file=doc.pdf`],
    ['a javascript: file', `${BASE}?file=${encodeURIComponent('javascript:alert(1)')}`],
    ['a chrome: file', `${BASE}?file=${encodeURIComponent('chrome://settings/')}`],
    ['a data: file', `${BASE}?DNR:data:application/pdf;base64,JVBER`],
    ['an extension file', `${BASE}?file=${encodeURIComponent(`${BASE}?file=x`)}`],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, href) => {
    expect(parseReaderUrl(href)).toBeNull();
  });

  it('refuses to build a reader address for what it could not open', () => {
    expect(() => readerUrl(BASE, 'javascript:alert(1)')).toThrow(/Not a PDF address/);
  });
});

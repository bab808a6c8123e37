import { describe, expect, it } from 'vitest';
import { fileNameOf, pageFromHash, parseReaderLocation, pdfPageUrl, readerUrl } from '../../../lib/pdf/viewer-url';

const BASE = 'chrome-extension://abc/pdf.html';

/** Splits a reader address the way `location.search` / `location.hash` do. */
const split = (address: string) => {
  const url = new URL(address);
  return [url.search, url.hash] as const;
};

describe('reader addresses', () => {
  it.each([
    'https://documents.un.org/doc/undoc/gen/n24/272/22/pdf/n2427222.pdf',
    'https://www.unodc.org/documents/treaties/a?b=1&c=d%20e#x',
    'http://127.0.0.1:8080/fixtures/doc%C3%A9.pdf?l=fr',
    'file:///home/me/Documents/rapport final.pdf',
  ])('round-trips %s through ?file=', (pdf) => {
    const [search, hash] = split(readerUrl(BASE, pdf));
    expect(parseReaderLocation(search, hash)).toEqual({ kind: 'url', url: pdf, page: null, automatic: false });
  });

  it('carries the page in the fragment', () => {
    const address = readerUrl(BASE, 'https://un.org/a.pdf', 7);
    expect(address).toBe(`${BASE}?file=https%3A%2F%2Fun.org%2Fa.pdf#page=7`);
    expect(parseReaderLocation(...split(address))).toMatchObject({ url: 'https://un.org/a.pdf', page: 7 });
  });

  it('reads ?DNR: addresses with their own query string, fragment as page', () => {
    const search = '?DNR:https://documents.un.org/api/symbol/access?s=CTOC/COP/2010/17&l=fr&t=pdf';
    expect(parseReaderLocation(search, '#page=3')).toEqual({
      kind: 'url',
      url: 'https://documents.un.org/api/symbol/access?s=CTOC/COP/2010/17&l=fr&t=pdf',
      page: 3,
      automatic: true,
    });
  });

  it.each([
    ['no parameter', '', { kind: 'none' }],
    ['an empty file', '?file=', { kind: 'none' }],
    ['a script address', `?file=${encodeURIComponent('javascript:alert(1)')}`, { kind: 'invalid' }],
    ['a data address', `?file=${encodeURIComponent('data:application/pdf;base64,AAAA')}`, { kind: 'invalid' }],
    ['an extension page', `?file=${encodeURIComponent('chrome-extension://x/y.pdf')}`, { kind: 'invalid' }],
    ['not an address', '?file=hello', { kind: 'invalid' }],
    ['DNR with a script', '?DNR:javascript:alert(1)', { kind: 'invalid' }],
  ])('refuses %s', (_name, search, expected) => {
    expect(parseReaderLocation(search, '')).toMatchObject(expected);
  });

  it.each([
    ['#page=12', 12],
    ['#page=3&zoom=100', 3],
    ['#zoom=100&page=4', 4],
    ['#page=0', null],
    ['#page=x', null],
    ['', null],
    ['#nameddest=foo', null],
  ])('page of %j is %j', (hash, page) => {
    expect(pageFromHash(hash)).toBe(page);
  });

  it('saves the PDF address with its page, its own fragment replaced', () => {
    expect(pdfPageUrl('https://un.org/a.pdf?x=1#zoom=50', 12)).toBe('https://un.org/a.pdf?x=1#page=12');
    expect(pdfPageUrl('https://un.org/a.pdf', 1)).toBe('https://un.org/a.pdf#page=1');
  });

  it.each([
    ['https://un.org/doc/V1150123.pdf?x=1', 'V1150123.pdf'],
    ['https://un.org/doc/rapport%20final.pdf', 'rapport final.pdf'],
    ['https://un.org/', ''],
    ['nonsense', ''],
  ])('file name of %s', (url, name) => {
    expect(fileNameOf(url)).toBe(name);
  });
});

import { describe, expect, it } from 'vitest';
import { fileNameOf, pageFromHash, pdfPageUrl } from '../../../lib/pdf/viewer-url';

describe('PDF addresses', () => {
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

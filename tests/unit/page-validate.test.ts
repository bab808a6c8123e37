import { describe, expect, it } from 'vitest';
import { MAX_PAGE_KEY, pageMessageTypes, validatePageMessage } from '../../lib/messaging/page-validate';
import { PAGE_REPLIES } from '../../lib/messaging/page-reply';

describe('validatePageMessage (what the popup asks a content script)', () => {
  it('knows every page message the popup can send (one check per row of PAGE_REPLIES)', () => {
    expect([...pageMessageTypes].sort()).toEqual(Object.keys(PAGE_REPLIES).sort());
  });

  it.each([
    { type: 'page/citations' },
    { type: 'page/pdf' },
    { type: 'page/reveal', key: 'COP decision 4/4', index: 0 },
    { type: 'page/reveal', key: 'x'.repeat(MAX_PAGE_KEY), index: 12 },
  ])('accepts %j as it is', (raw) => {
    expect(validatePageMessage(raw)).toEqual({ ok: true, message: raw });
  });

  it.each<[string, unknown, RegExp]>([
    ['no key', { type: 'page/reveal', index: 0 }, /"key" must be a non-empty string/],
    ['an empty key', { type: 'page/reveal', key: '', index: 0 }, /"key"/],
    ['a key too long', { type: 'page/reveal', key: 'x'.repeat(MAX_PAGE_KEY + 1), index: 0 }, /at most 256/],
    ['a key that is not text', { type: 'page/reveal', key: ['4/4'], index: 0 }, /"key"/],
    ['a key that is an object', { type: 'page/reveal', key: { toString: () => '4/4' }, index: 0 }, /"key"/],
    ['no index', { type: 'page/reveal', key: '4/4' }, /"index" must be a whole number/],
    ['a negative index', { type: 'page/reveal', key: '4/4', index: -1 }, /"index"/],
    ['a fractional index', { type: 'page/reveal', key: '4/4', index: 1.5 }, /"index"/],
    ['an index in text', { type: 'page/reveal', key: '4/4', index: '0' }, /"index"/],
    ['an infinite index', { type: 'page/reveal', key: '4/4', index: Infinity }, /"index"/],
    ['NaN as index', { type: 'page/reveal', key: '4/4', index: NaN }, /"index"/],
  ])('refuses a page/reveal with %s, naming the field', (_, raw, error) => {
    expect(validatePageMessage(raw)).toEqual({
      ok: false,
      type: 'page/reveal',
      error: expect.stringMatching(new RegExp(`^Invalid "page/reveal" message: .*${error.source}`)),
    });
  });

  it.each([
    null,
    undefined,
    'page/citations',
    42,
    ['page/citations'],
    {},
    { type: 42 },
    { type: 'page/unknown' },
    { type: 'saved/add', save: {} },
    { type: 'toString' },
    { type: '__proto__' },
  ])('leaves %j to other listeners (not a page message)', (raw) => {
    expect(validatePageMessage(raw)).toBeNull();
  });
});

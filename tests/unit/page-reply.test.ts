import { describe, expect, it } from 'vitest';
import { readPageCitations } from '../../lib/messaging/page-reply';

const group = (overrides: Record<string, unknown> = {}) => ({
  key: 'COP decision 4/4',
  kind: 'cop-instrument',
  text: 'décision 4/4',
  inCorpus: true,
  count: 2,
  targets: ['4/4'],
  ...overrides,
});
const reply = (overrides: Record<string, unknown> = {}) => ({
  url: 'https://example.org/',
  title: 'Page',
  groups: [group()],
  ...overrides,
});

// The popup's check of a content script's answer (audit L7): the page is hostile, its content script may be broken.
describe('readPageCitations', () => {
  it.each([
    ['a well-formed answer', reply()],
    ['one with passes', reply({ passes: 3 })],
    ['one with no citation', reply({ groups: [] })],
  ])('accepts %s', (_name, value) => {
    expect(readPageCitations(value)).toEqual(value);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'groups'],
    ['no groups', reply({ groups: undefined })],
    ['groups not a list', reply({ groups: { 0: group() } })],
    ['a group without targets (made the popup throw)', reply({ groups: [group({ targets: undefined })] })],
    ['a target that is not text', reply({ groups: [group({ targets: [{}] })] })],
    ['a negative count', reply({ groups: [group({ count: -1 })] })],
    ['an empty key', reply({ groups: [group({ key: '' })] })],
    ['an over-long text', reply({ groups: [group({ text: 'x'.repeat(5000) })] })],
    ['a URL that is not text', reply({ url: 7 })],
    ['passes that are not a count', reply({ passes: 'many' })],
  ])('refuses %s', (_name, value) => {
    expect(readPageCitations(value)).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOOKUP_MENU_ID, lookupQuery } from '../../../lib/background/lookup-menu';
import { escapeXml, searchPageUrl, suggestionsFor } from '../../../lib/background/omnibox';
import { SAVE_MENU_ID } from '../../../lib/background/save-menu';
import { realEngine, prepareRealEngine } from './real-corpus';

prepareRealEngine();

describe('"Look up in Renvoi" (context menu)', () => {
  it('has its own menu id, distinct from "Save to Renvoi"', () => {
    expect(LOOKUP_MENU_ID).toBe('renvoi-lookup');
    expect(LOOKUP_MENU_ID).not.toBe(SAVE_MENU_ID);
  });

  it.each([
    ['the selection, trimmed', { menuItemId: LOOKUP_MENU_ID, selectionText: '  décision 4/4 \n' }, 'décision 4/4'],
    ['nothing for another menu item', { menuItemId: SAVE_MENU_ID, selectionText: 'décision 4/4' }, null],
    ['nothing for an empty selection', { menuItemId: LOOKUP_MENU_ID, selectionText: '   ' }, null],
    ['nothing without a selection', { menuItemId: LOOKUP_MENU_ID }, null],
  ])('searches %s', (_, info, expected) => {
    expect(lookupQuery(info)).toBe(expected);
  });

  it('bounds a huge selection', () => {
    expect(lookupQuery({ menuItemId: LOOKUP_MENU_ID, selectionText: 'x'.repeat(50_000) })).toHaveLength(10_000);
  });
});

const kindLabel = (kind: string) => `[${kind}]`;

describe('omnibox (keyword "renvoi")', () => {
  beforeEach(() => fakeBrowser.reset());

  it('suggests the record a query names first, by id, with its kind and text', () => {
    const [first] = suggestionsFor(realEngine(), 'IV.45.k', true, kindLabel);
    expect(first?.content).toBe('IV.45.k');
    expect(first?.description).toBe(
      '<match>IV.45.k</match> <dim>[recommendation]</dim> La traite des personnes à des fins de prélèvement d&apos;organes.',
    );
  });

  it('suggests at most six records, plain text for Firefox', () => {
    const suggestions = suggestionsFor(realEngine(), 'victimes', false, kindLabel);
    expect(suggestions).toHaveLength(6);
    for (const s of suggestions) expect(s.description).not.toMatch(/<match>|<dim>/);
  });

  it('escapes what Chrome would read as markup', () => {
    expect(escapeXml(`a < b & "c" > 'd'`)).toBe('a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;');
  });

  it('suggests nothing, without error, for bad input', () => {
    expect(suggestionsFor(realEngine(), '<<<>>>', true, kindLabel)).toEqual([]);
    expect(suggestionsFor(realEngine(), '', true, kindLabel)).toEqual([]);
  });

  it('opens the search as the popup page, the text escaped in the URL', () => {
    expect(searchPageUrl('décision 4/4 & co')).toBe(
      `chrome-extension://${fakeBrowser.runtime.id}/popup.html?q=d%C3%A9cision%204%2F4%20%26%20co`,
    );
  });
});

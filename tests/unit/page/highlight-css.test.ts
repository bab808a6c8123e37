import { describe, expect, it } from 'vitest';
import { BASE_STYLE, highlightCss, overrideCss } from '../../../lib/page/marks/highlight-css';

describe('highlightCss', () => {
  it.each([
    ['underline', /::highlight\(renvoi-citation\) \{ text-decoration: underline dotted/],
    ['background', /::highlight\(renvoi-citation\) \{ background-color:/],
  ] as const)('marks citations with %s', (style, rule) => {
    expect(highlightCss(style)).toMatch(rule);
    expect(highlightCss(style)).toMatch(/::highlight\(renvoi-citation-active\) \{ background-color:/);
  });

  it('leaves citations unmarked with "none", but still shows the open card’s citation', () => {
    expect(highlightCss('none')).not.toContain('::highlight(renvoi-citation)');
    expect(highlightCss('none')).toContain('::highlight(renvoi-citation-active)');
  });
});

describe('overrideCss (on top of the manifest’s base rules)', () => {
  it('adds nothing for the base style, the settings’ default', () => {
    expect(BASE_STYLE).toBe('underline');
    expect(overrideCss(BASE_STYLE)).toBe('');
  });

  it.each([
    [
      'background',
      /^::highlight\(renvoi-citation\) \{ text-decoration: none !important; background-color: [^;]+ !important; \}$/,
    ],
    ['none', /^::highlight\(renvoi-citation\) \{ text-decoration: none !important; \}$/],
  ] as const)('replaces the base underline for %s, whatever the sheets’ order', (style, rule) => {
    expect(overrideCss(style)).toMatch(rule);
    // The open card's citation keeps the base rule.
    expect(overrideCss(style)).not.toContain('renvoi-citation-active');
  });
});

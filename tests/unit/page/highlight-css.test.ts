import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../lib/page/marks/highlight-css';

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

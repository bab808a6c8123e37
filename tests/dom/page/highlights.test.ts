// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { highlightCss, overrideCss } from '../../../lib/page/marks/highlight-css';
import { createHighlights } from '../../../lib/page/marks/highlights';
import type { HighlightStyle } from '../../../lib/settings/values';
import { installHighlights } from '../../factories/page-session';

/** happy-dom drops `::highlight()` rules when parsing: its sheets here keep the text they were given. */
class TextSheet extends CSSStyleSheet {
  text = '';
  override replaceSync(text: string): void {
    this.text = text;
    super.replaceSync(text);
  }
}

/** The text of every sheet the document has adopted (what the page itself can read). */
const adoptedRules = () => document.adoptedStyleSheets.map((sheet) => (sheet as TextSheet).text).join('\n');

const PlainSheet = window.CSSStyleSheet;
beforeEach(() => {
  Object.assign(window, { CSSStyleSheet: TextSheet });
});

function markedRange(): Range {
  document.body.innerHTML = '<p>See décision 4/4.</p>';
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  return range;
}

afterEach(() => {
  document.adoptedStyleSheets = [];
  Object.assign(window, { CSSStyleSheet: PlainSheet });
});

/** What each kind of page passes: a content script (its manifest injects the base rules) or Renvoi's own pages. */
const BASE_RULES = { manifest: overrideCss, adopt: highlightCss };

describe('createHighlights', () => {
  it.each<['manifest' | 'adopt', HighlightStyle, RegExp | null]>([
    // In a content script the manifest styles the default: the page gets no sheet, so no restyle of the whole page.
    ['manifest', 'underline', null],
    ['manifest', 'background', /renvoi-citation\) \{[^}]*background-color/],
    ['manifest', 'none', /renvoi-citation\) \{[^}]*text-decoration: none/],
    // Renvoi's own pages have no manifest styles: they adopt every rule.
    ['adopt', 'underline', /renvoi-citation\) \{[^}]*underline/],
    ['adopt', 'none', /renvoi-citation-active/],
  ])('base rules from %s, style %s: adopts %s', (base, style, adopted) => {
    const marks = installHighlights(window);
    const highlights = createHighlights(document, style, BASE_RULES[base]);
    highlights.add(markedRange());
    highlights.ensureStyles();
    expect(marks.get('renvoi-citation')?.size).toBe(1);
    if (adopted) expect(adoptedRules()).toMatch(adopted);
    else expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('adopts the override when the style changes, and drops it back on the base style', () => {
    installHighlights(window);
    const highlights = createHighlights(document, 'underline', overrideCss);
    highlights.add(markedRange());
    highlights.ensureStyles();
    highlights.setStyle('background');
    expect(adoptedRules()).toMatch(/background-color/);
    highlights.setStyle('underline');
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('leaves a page without marks with no sheet and no registered highlight', () => {
    const marks = installHighlights(window);
    const highlights = createHighlights(document, 'background', overrideCss);
    highlights.ensureStyles();
    expect(document.adoptedStyleSheets).toEqual([]);
    expect([...marks.keys()]).toEqual([]);
  });

  it('removes its sheet and its highlights when cleared', () => {
    const marks = installHighlights(window);
    const highlights = createHighlights(document, 'background', overrideCss);
    highlights.add(markedRange());
    highlights.ensureStyles();
    highlights.clear();
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(marks.has('renvoi-citation')).toBe(false);
  });
});

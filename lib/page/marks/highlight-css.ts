/**
 * The `::highlight()` rules that make citations visible. They must be in the page's own styles to apply to page text.
 *
 * Adding a stylesheet with a `::highlight()` rule to a loaded page restyles every element of it (34–152 ms on the
 * compendium page, the largest step of a scan), while registering a highlight that a rule already styles costs
 * about 0.1 ms. So in web pages the base rules (the default style and the open card's citation) come from the
 * manifest (`MARKS_CSS_FILE`, injected by the browser before the page is first styled, and not listed in the page's
 * `document.styleSheets`), and only a non-default style adds a small overriding sheet. Renvoi's own pages (the PDF
 * reader, the welcome page) have no content-script CSS: they adopt the whole sheet. Pure.
 */

import type { HighlightStyle } from '../../settings/values';

/** Highlight names registered in `CSS.highlights`. */
export const CITATION_HIGHLIGHT = 'renvoi-citation';
export const ACTIVE_HIGHLIGHT = 'renvoi-citation-active';

/** The manifest's marks stylesheet, relative to the extension's root (written at build time, `wxt.config.ts`). */
export const MARKS_CSS_FILE = 'content-scripts/marks.css';

/** The style of the base rules (the settings' default). */
export const BASE_STYLE: HighlightStyle = 'underline';

/** A mid blue and a warm yellow that stay visible on light and dark pages alike. */
const UNDERLINE = '#2f6fd0';
const MARKER = 'rgba(255, 200, 50, 0.42)';
const ACTIVE = 'rgba(47, 111, 208, 0.22)';

const declarations = (style: HighlightStyle): string =>
  style === 'underline'
    ? `text-decoration: underline dotted ${UNDERLINE} 2px; text-underline-offset: 3px;`
    : style === 'background'
      ? `background-color: ${MARKER};`
      : '';

/** The whole stylesheet text for a highlight style. The citation whose card is open is always marked. */
export function highlightCss(style: HighlightStyle): string {
  const base = declarations(style);
  const rules = [`::highlight(${ACTIVE_HIGHLIGHT}) { background-color: ${ACTIVE}; }`];
  if (base) rules.unshift(`::highlight(${CITATION_HIGHLIGHT}) { ${base} }`);
  return rules.join('\n');
}

/**
 * What a style adds on top of the base rules (`highlightCss(BASE_STYLE)`): nothing for the base style; otherwise
 * one rule that replaces the base underline. `!important`, because the order of the manifest's sheet and the
 * page's adopted sheets is the browser's choice.
 */
export function overrideCss(style: HighlightStyle): string {
  if (style === BASE_STYLE) return '';
  const important = (css: string) => css.replaceAll(';', ' !important;');
  const reset = important('text-decoration: none;');
  return `::highlight(${CITATION_HIGHLIGHT}) { ${reset} ${important(declarations(style))} }`.replace('  }', ' }');
}

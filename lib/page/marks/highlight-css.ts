/**
 * The `::highlight()` rules that make citations visible. They must live in the page's own styles to apply to page
 * text, so Renvoi adopts one constructed stylesheet into the document (no node added, no page node changed). Pure.
 */

import type { HighlightStyle } from '../../settings/values';

/** Highlight names registered in `CSS.highlights`. */
export const CITATION_HIGHLIGHT = 'renvoi-citation';
export const ACTIVE_HIGHLIGHT = 'renvoi-citation-active';

/** A mid blue and a warm yellow that stay visible on light and dark pages alike. */
const UNDERLINE = '#2f6fd0';
const MARKER = 'rgba(255, 200, 50, 0.42)';
const ACTIVE = 'rgba(47, 111, 208, 0.22)';

/** The stylesheet text for a highlight style. The citation whose card is open is always marked. */
export function highlightCss(style: HighlightStyle): string {
  const base =
    style === 'underline'
      ? `text-decoration: underline dotted ${UNDERLINE} 2px; text-underline-offset: 3px;`
      : style === 'background'
        ? `background-color: ${MARKER};`
        : '';
  const rules = [`::highlight(${ACTIVE_HIGHLIGHT}) { background-color: ${ACTIVE}; }`];
  if (base) rules.unshift(`::highlight(${CITATION_HIGHLIGHT}) { ${base} }`);
  return rules.join('\n');
}

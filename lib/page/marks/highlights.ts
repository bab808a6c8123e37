/**
 * Marks citations with the CSS Custom Highlight API: ranges go into a `Highlight` registered in `CSS.highlights`, and
 * the `::highlight()` rules are in the page's styles (see `highlight-css.ts`: from the manifest in web pages, plus a
 * constructed stylesheet adopted by the document for a non-default style, or for the whole rules in Renvoi's own
 * pages). The page's DOM is never touched. Where the API is missing (older browsers), marking is silently skipped;
 * hover cards still work.
 */

import type { HighlightStyle } from '../../settings/values';
import { ACTIVE_HIGHLIGHT, CITATION_HIGHLIGHT } from './highlight-css';

export interface PageHighlights {
  add(range: Range): void;
  delete(range: Range): void;
  /** The citation whose card is open, or null. */
  setActive(range: Range | null): void;
  setStyle(style: HighlightStyle): void;
  /**
   * Once there are marks: adopts the stylesheet (if one is needed), again if the page replaced
   * `document.adoptedStyleSheets`, and registers the highlights again if the page removed them.
   */
  ensureStyles(): void;
  /** Removes every mark and the stylesheet. */
  clear(): void;
}

/**
 * The sheet a highlight style adds to the page, by where the base rules come from (`highlight-css.ts`):
 * `overrideCss` in a content script, whose manifest stylesheet is already in the page (only a non-default style
 * adopts a sheet); `highlightCss` in Renvoi's own pages, which have none (the whole rules are adopted). Passed in,
 * not chosen here, so the content script does not carry the whole rules it never adopts.
 */
export type BaseRules = (style: HighlightStyle) => string;

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

export function createHighlights(doc: Document, style: HighlightStyle, cssOf: BaseRules): PageHighlights {
  const win = doc.defaultView;
  const registry = (win?.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  const citations = registry && Ctor ? new Ctor() : null;
  const active = registry && Ctor ? new Ctor() : null;
  if (active) active.priority = 1;
  /** The sheet's text; empty when the page's styles need nothing more (then no sheet is adopted). */
  let css = cssOf(style);
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new (win?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
  } catch {
    sheet = null;
  }
  const adopted = () => sheet !== null && doc.adoptedStyleSheets.includes(sheet);
  const unadopt = () => {
    if (adopted()) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  const ensureStyles = () => {
    if (!sheet || !css || adopted()) return;
    try {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      // Some browsers refuse sheets built in a content script's world; the marks then use the default style.
    }
  };
  const register = () => {
    if (!registry || !citations || !active) return;
    if (registry.get(CITATION_HIGHLIGHT) !== citations) registry.set(CITATION_HIGHLIGHT, citations);
    if (registry.get(ACTIVE_HIGHLIGHT) !== active) registry.set(ACTIVE_HIGHLIGHT, active);
  };
  return {
    add(range) {
      register();
      citations?.add(range);
    },
    delete(range) {
      citations?.delete(range);
    },
    setActive(range) {
      register();
      active?.clear();
      if (range) active?.add(range);
    },
    setStyle(next) {
      css = cssOf(next);
      sheet?.replaceSync(css);
      // Back to the base style: the sheet goes (an empty adopted sheet would still be seen by the page).
      if (!css) unadopt();
      else if (citations && citations.size > 0) ensureStyles();
    },
    ensureStyles() {
      // A page without marks gets neither a sheet nor a registered highlight (nothing there to tell Renvoi is in).
      if (!citations || citations.size === 0) return;
      ensureStyles();
      register();
    },
    clear() {
      citations?.clear();
      active?.clear();
      if (registry?.get(CITATION_HIGHLIGHT) === citations) registry?.delete(CITATION_HIGHLIGHT);
      if (registry?.get(ACTIVE_HIGHLIGHT) === active) registry?.delete(ACTIVE_HIGHLIGHT);
      unadopt();
    },
  };
}

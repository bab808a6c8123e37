/**
 * Marks citations with the CSS Custom Highlight API: ranges go into a `Highlight` registered in `CSS.highlights`, and
 * the `::highlight()` rules into a constructed stylesheet adopted by the document. The page's DOM is never touched.
 * Where the API is missing (older browsers), marking is silently skipped; hover cards still work.
 */

import type { HighlightStyle } from '../../settings/values';
import { ACTIVE_HIGHLIGHT, CITATION_HIGHLIGHT, highlightCss } from './highlight-css';

export interface PageHighlights {
  add(range: Range): void;
  delete(range: Range): void;
  /** The citation whose card is open, or null. */
  setActive(range: Range | null): void;
  setStyle(style: HighlightStyle): void;
  /** Adopts the stylesheet again if the page replaced `document.adoptedStyleSheets`. */
  ensureStyles(): void;
  /** Removes every mark and the stylesheet. */
  clear(): void;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

export function createHighlights(doc: Document, style: HighlightStyle): PageHighlights {
  const win = doc.defaultView;
  const registry = (win?.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  const citations = registry && Ctor ? new Ctor() : null;
  const active = registry && Ctor ? new Ctor() : null;
  if (active) active.priority = 1;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new (win?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(highlightCss(style));
  } catch {
    sheet = null;
  }
  const ensureStyles = () => {
    if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return;
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
      sheet?.replaceSync(highlightCss(next));
    },
    ensureStyles() {
      ensureStyles();
      register();
    },
    clear() {
      citations?.clear();
      active?.clear();
      if (registry?.get(CITATION_HIGHLIGHT) === citations) registry?.delete(CITATION_HIGHLIGHT);
      if (registry?.get(ACTIVE_HIGHLIGHT) === active) registry?.delete(ACTIVE_HIGHLIGHT);
      if (sheet && doc.adoptedStyleSheets.includes(sheet)) {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    },
  };
}

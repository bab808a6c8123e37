/**
 * Which citation is under the pointer, without wrapping page text: the browser's caret position at the point gives the
 * text node, and the citation's range rectangles confirm the pointer is really on it (the caret snaps to the nearest
 * character even in margins and between lines).
 */

import type { Occurrence } from '../read/find-in-run';
import type { CitationRegistry } from '../marks/registry';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The node under the caret position at a viewport point, or null. */
export function caretNodeAt(doc: Document, x: number, y: number): Node | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') return d.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  if (typeof d.caretRangeFromPoint === 'function') return d.caretRangeFromPoint(x, y)?.startContainer ?? null;
  return null;
}

/** The client rectangle of `range` that holds the point, or null. */
export function rectAt(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
  }
  return null;
}

/** The citation under a viewport point and the rectangle of it the pointer is on (the card's anchor). */
export function hitTest(
  doc: Document,
  registry: CitationRegistry,
  x: number,
  y: number,
): { occurrence: Occurrence; rect: DOMRect } | null {
  const node = caretNodeAt(doc, x, y);
  if (node?.nodeType === Node.TEXT_NODE) return hitIn(registry, node, x, y);
  return hitUnder(doc, registry, x, y);
}

/** The citation of text node `node` whose rectangles hold the point. */
function hitIn(registry: CitationRegistry, node: Node, x: number, y: number) {
  for (const occurrence of registry.at(node)) {
    const rect = rectAt(occurrence.range, x, y);
    if (rect) return { occurrence, rect };
  }
  return null;
}

/** How many elements under the point the fallback looks through (an overlay or two, then the text). */
const UNDER_DEPTH = 6;

/**
 * When the caret lands on no text — an element drawn over the text took it, such as a PDF link annotation (an empty
 * `<a>` above pdf.js's text layer) or a transparent overlay — the text under the point: the elements stacked there,
 * topmost first, and their own text nodes, confirmed by the citation's rectangles as above.
 */
function hitUnder(doc: Document, registry: CitationRegistry, x: number, y: number) {
  if (typeof doc.elementsFromPoint !== 'function') return null;
  for (const element of doc.elementsFromPoint(x, y).slice(0, UNDER_DEPTH)) {
    for (const child of element.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE) continue;
      const hit = hitIn(registry, child, x, y);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * The id of the citation under a viewport point and which of its line boxes (client rectangles) the pointer is on,
 * so a card opened by hover hangs from that line of a citation that wraps.
 */
export function pointedCitation(
  doc: Document,
  registry: CitationRegistry,
  x: number,
  y: number,
): { id: number; line: number } | null {
  const hit = hitTest(doc, registry, x, y);
  if (!hit) return null;
  const line = [...hit.occurrence.range.getClientRects()].findIndex(
    (r) => r.top === hit.rect.top && r.left === hit.rect.left,
  );
  return { id: hit.occurrence.id, line: Math.max(0, line) };
}

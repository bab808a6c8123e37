/**
 * Where a card goes: below the citation when it fits, above when only that fits, else on the roomier side with a
 * capped height; always inside the viewport, shifted left near the right edge. Pure (rectangles in, box out).
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  placement: 'below' | 'above';
  /** Height the card may use (it scrolls inside beyond that). */
  maxHeight: number;
}

/** Space kept between the card and the viewport's edges, and between the card and the citation (px). */
export const EDGE_MARGIN = 8;
export const ANCHOR_GAP = 6;

export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - anchor.bottom - ANCHOR_GAP - EDGE_MARGIN;
  const above = anchor.top - ANCHOR_GAP - EDGE_MARGIN;
  const side = card.height <= below ? 'below' : card.height <= above ? 'above' : below >= above ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchor.bottom + ANCHOR_GAP : anchor.top - ANCHOR_GAP - height;
  const maxLeft = viewport.width - card.width - EDGE_MARGIN;
  const left = Math.max(EDGE_MARGIN, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(Math.max(EDGE_MARGIN, top)), placement: side, maxHeight };
}

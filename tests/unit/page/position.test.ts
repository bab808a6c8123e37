import { describe, expect, it } from 'vitest';
import { ANCHOR_GAP, EDGE_MARGIN, placeCard } from '../../../lib/page/card/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 440, height: 300 };
const at = (left: number, top: number, width = 120, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeCard', () => {
  it.each([
    ['below a citation near the top', at(100, 100), { left: 100, top: 120 + ANCHOR_GAP, placement: 'below' }],
    ['above a citation near the bottom', at(100, 700), { left: 100, top: 700 - ANCHOR_GAP - 300, placement: 'above' }],
    ['shifted left near the right edge', at(900, 100), { left: 1000 - 440 - EDGE_MARGIN, placement: 'below' }],
    ['kept inside the left edge', at(-50, 100), { left: EDGE_MARGIN, placement: 'below' }],
  ])('places the card %s', (_name, anchor, expected) => {
    expect(placeCard(anchor, card, viewport)).toMatchObject(expected);
  });

  it('takes the roomier side and caps the height when the card fits on neither', () => {
    const tall = { width: 440, height: 700 };
    const placed = placeCard(at(100, 300), tall, viewport);
    expect(placed.placement).toBe('below');
    expect(placed.maxHeight).toBe(800 - 320 - ANCHOR_GAP - EDGE_MARGIN);
    expect(placed.top + placed.maxHeight).toBeLessThanOrEqual(800 - EDGE_MARGIN);
  });

  it('never leaves the viewport at 200 % zoom (a viewport half as large)', () => {
    const small = { width: 500, height: 400 };
    const placed = placeCard(at(300, 200), card, small);
    expect(placed.left).toBeGreaterThanOrEqual(EDGE_MARGIN);
    expect(placed.left + card.width).toBeLessThanOrEqual(small.width);
    expect(placed.top).toBeGreaterThanOrEqual(EDGE_MARGIN);
    expect(placed.top + Math.min(card.height, placed.maxHeight)).toBeLessThanOrEqual(small.height);
  });
});

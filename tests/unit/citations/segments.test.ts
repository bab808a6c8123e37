import { describe, expect, it } from 'vitest';
import { findCitationsInSegments } from '../../../lib/citations/index';
import { fakeData } from './factories';

/** The text of a segment citation, rebuilt from its segment coordinates. */
function rebuild(segments: string[], c: ReturnType<typeof findCitationsInSegments>[number]): string {
  if (c.startSegment === c.endSegment) return segments[c.startSegment]?.slice(c.startOffset, c.endOffset) ?? '';
  let out = segments[c.startSegment]?.slice(c.startOffset) ?? '';
  for (let i = c.startSegment + 1; i < c.endSegment; i++) out += segments[i] ?? '';
  return out + (segments[c.endSegment]?.slice(0, c.endOffset) ?? '');
}

describe('citations across text segments', () => {
  it('finds a symbol split across inline elements', () => {
    const segments = ['Voir ', 'CTOC/COP/', 'WG.4', '/2011/8', ', par. 13 h).'];
    const [c, ...rest] = findCitationsInSegments(segments, fakeData());
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      text: 'CTOC/COP/WG.4/2011/8, par. 13 h)',
      key: 'CTOC/COP/WG.4/2011/8',
      startSegment: 1,
      startOffset: 0,
      endSegment: 4,
      endOffset: 12,
      targets: ['IV.8'],
    });
    expect(c && rebuild(segments, c)).toBe(c?.text);
  });

  it('maps several citations and skips empty segments', () => {
    const segments = ['', 'la décision 4/4', '', ' et ', 'la résolution ', '5/2', ''];
    const found = findCitationsInSegments(segments, undefined, { author: 'COP' });
    expect(found.map((c) => [c.text, c.startSegment, c.startOffset, c.endSegment, c.endOffset])).toEqual([
      ['décision 4/4', 1, 3, 1, 15],
      ['résolution 5/2', 4, 3, 5, 3],
    ]);
    for (const c of found) expect(rebuild(segments, c)).toBe(c.text);
  });

  it('handles no segments and segments without citations', () => {
    expect(findCitationsInSegments([])).toEqual([]);
    expect(findCitationsInSegments(['24/7', ' ', 'page 4/4'])).toEqual([]);
  });
});

/**
 * Citations in DOM text without the DOM: the caller passes a block's text nodes as strings, in order; the citations
 * are found in their concatenation (so `CTOC/COP/<em>WG.4</em>/2011/8` is one citation) and mapped back to
 * (segment, offset) positions.
 */

import { findCitations } from './find';
import type { DocumentContext } from './infer-body';
import type { ResolverData } from './resolver-data';
import type { SegmentCitation } from './types';

/** Index of the segment holding offset `offset` of the joined text (`starts` ascending, `starts[0] === 0`). */
function segmentAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Citations of the joined `segments` (joined with nothing between them), each with its position in segment
 * coordinates. Offsets `start`/`end` refer to the joined text. A citation's first character is in `startSegment` at
 * `startOffset`; its last character is in `endSegment`, and `endOffset` is just past it. Empty segments never hold
 * a citation's first or last character.
 */
export function findCitationsInSegments(
  segments: readonly string[],
  data?: ResolverData,
  context?: DocumentContext,
): SegmentCitation[] {
  const starts: number[] = [];
  let length = 0;
  for (const s of segments) {
    starts.push(length);
    length += s.length;
  }
  if (segments.length === 0) return [];
  return findCitations(segments.join(''), data, context).map((c) => {
    const startSegment = segmentAt(starts, c.start);
    const endSegment = segmentAt(starts, c.end - 1);
    return {
      ...c,
      startSegment,
      startOffset: c.start - (starts[startSegment] ?? 0),
      endSegment,
      endOffset: c.end - (starts[endSegment] ?? 0),
    };
  });
}

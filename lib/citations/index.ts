/**
 * The citation engine: finds citations of UN documents on trafficking in persons in plain text and resolves them
 * against the corpus. Pure: no DOM, no browser API, no database.
 *
 * Pipeline (one stage per module): `scanner` (triggers) → `classifier` (candidates with kind, key, pinpoint) →
 * `overlap` (deterministic choice among overlapping candidates) → `resolver` (in corpus? which ids?).
 */

import { classify } from './classifier';
import { selectNonOverlapping } from './overlap';
import { resolveCandidate } from './resolver';
import type { ResolverData } from './resolver-data';
import type { Citation } from './types';

export type { Citation, CitationKind, Pinpoint, SegmentCitation } from './types';
export { CITATION_KINDS } from './types';
export type { MeetingRef, ResolverCorpus, ResolverData } from './resolver-data';
export { createResolverData } from './resolver-data';
export { computeCitedBy } from './cited-by';
export { findCitationsInSegments } from './segments';

/**
 * The citations of `text`, in text order, without overlaps. Offsets are UTF-16 indices into `text`
 * (`text.slice(c.start, c.end) === c.text`). Without `data`, `inCorpus` is false and `targets` empty everywhere, and
 * Working Group reports named only by their year are not reported.
 */
export function findCitations(text: string, data?: ResolverData): Citation[] {
  const out: Citation[] = [];
  for (const c of selectNonOverlapping(classify(text))) {
    const citation = resolveCandidate(c, text, data);
    if (citation) out.push(citation);
  }
  return out;
}

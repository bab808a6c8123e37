/**
 * The citation engine: finds citations of UN documents on trafficking in persons in plain text and resolves them
 * against the corpus. Pure: no DOM, no browser API, no database.
 *
 * Pipeline (one stage per module): `scanner` (triggers) → `classifier` (candidates with kind, key, pinpoint) →
 * `overlap` (deterministic choice among overlapping candidates) → `resolver` (in corpus? which ids?).
 */

export type { Citation, CitationKind, Pinpoint, SegmentCitation } from './types';
export { CITATION_KINDS } from './types';
export type { MeetingRef, ResolverCorpus, ResolverData } from './resolver-data';
export { createResolverData } from './resolver-data';
export { shiftCitation } from './resolver';
export { findCitations } from './find';
export { HAS_NUMBER } from './might-cite';
export { computeCitedBy } from './cited-by';
export { findCitationsInSegments } from './segments';
export { inferAuthor, type Author, type DocumentContext } from './infer-body';
export { documentContext } from './document-context';
export {
  formatKey,
  parseKey,
  bodyOfSymbol,
  treatyArticleText,
  TREATIES,
  type BodyId,
  type InstrumentWord,
  type ParsedKey,
  type TreatyId,
  type TreatyPrefix,
} from './keys';

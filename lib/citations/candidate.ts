/**
 * The classifier's output, before resolution against the corpus: a span, what it cites, and what the resolver must
 * look up. Internal to the engine.
 */

import type { UnresolvedBody } from './infer-body';
import type { CitationKind, Pinpoint } from './types';

/** What the resolver looks up in the corpus for a candidate. */
export type Ref =
  /** A document symbol (upper-case): meeting report, session report, or anything else. */
  | { type: 'symbol'; symbol: string }
  /** A Working Group report named by its year ("rapport de la réunion de 2009"); dropped when it does not resolve. */
  | { type: 'report-year'; year: number }
  /** A COP instrument (`4/4`). */
  | { type: 'cop'; instrument: 'decision' | 'resolution'; number: string }
  /** Nothing in the corpus to look up (other bodies' resolutions, treaties). */
  | { type: 'none' };

export interface Candidate {
  start: number;
  end: number;
  kind: CitationKind;
  /** Empty for `report-year` refs until resolved. */
  key: string;
  pinpoint?: Pinpoint;
  ref: Ref;
  /**
   * For prose instruments whose body was not named: `decision n/m` / `resolution n/m`, so a body
   * named for the same number elsewhere in the text can be adopted (see `classifier.ts`).
   */
  bare?: string;
  /** For prose instruments whose body was named: `resolution n/m`, the same form as `bare`. */
  named?: string;
  /** For prose instruments whose body the text did not name in full: what `infer-body.ts` needs (key is empty). */
  unresolved?: UnresolvedBody;
}

/** A pinpoint with the span of the words that state it (one per number of a list like `paragraphes 2 et 3`). */
export interface PinSpan {
  pin: Pinpoint;
  start: number;
  end: number;
}

/** Removes undefined fields so pinpoints compare and serialise cleanly; undefined when empty. */
export function cleanPinpoint(pin: Pinpoint): Pinpoint | undefined {
  const out: Pinpoint = {};
  if (pin.article !== undefined) out.article = pin.article;
  if (pin.paragraph !== undefined) out.paragraph = pin.paragraph;
  if (pin.preambular) out.preambular = true;
  if (pin.subparagraph !== undefined) out.subparagraph = pin.subparagraph;
  if (pin.clause !== undefined) out.clause = pin.clause;
  if (pin.annex !== undefined) out.annex = pin.annex;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Spans of the members of a list citation: the first member starts where the whole citation starts, the last ends
 * where it ends (a trailing body or connector belongs to it), the middle ones are just their numbers.
 */
export function listSpans(
  items: readonly { start: number; end: number }[],
  start: number,
  end: number,
): { start: number; end: number }[] {
  const last = items.length - 1;
  return items.map((it, i) => ({ start: i === 0 ? start : it.start, end: i === last ? end : it.end }));
}

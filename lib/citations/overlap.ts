/**
 * The overlap rule: sort by start, longest first (then by key, for a total order), keep a candidate only when it
 * starts at or after the end of the last kept one. Deterministic whatever order the candidates came in.
 */

import type { Candidate } from './candidate';

export function selectNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd || c.end <= c.start) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}

/**
 * Whether a candidate of `parsed` overlaps a span, asked of one text's candidates as often as the text holds numbers:
 * their spans sorted by start once (at the first question), with the furthest end reached so far at each, so each
 * question is a binary search. A `some` over the candidates per question made a page of many numbers quadratic
 * (session 27: `GA Res 217 (III) A, UN Doc A/810` repeated, 256 kB in 2 s, for the roman sessions' reading).
 */
export class Coverage {
  // Arrays from the start, filled at the first question (`sorted`): a field that held `undefined` and then an array
  // changed its type, which threw away the optimised code of every reader (`beforeBodies`, V8's deopts, session 28).
  private readonly starts: number[] = [];
  private readonly reach: number[] = [];
  private sorted = false;

  constructor(private readonly parsed: readonly Candidate[]) {}

  /** Whether a candidate starts before `end` and ends after `start`. */
  covers(start: number, end: number): boolean {
    if (!this.sorted) {
      this.sorted = true;
      // The parses mostly come in text order: sorted only when they do not (a copy of 60 000 pairs on a dense page
      // was the collector's to move, session 29).
      let spans = this.parsed;
      for (let i = 1; i < spans.length; i++)
        if ((spans[i - 1]?.start ?? 0) > (spans[i]?.start ?? 0)) {
          spans = [...spans].sort((a, b) => a.start - b.start);
          break;
        }
      let furthest = -1;
      for (const c of spans) {
        this.starts.push(c.start);
        this.reach.push((furthest = Math.max(furthest, c.end)));
      }
    }
    // How many spans start before `end`; the furthest of their ends decides.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.reach[lo - 1] ?? -1) > start;
  }
}

/**
 * The candidates of `found` that no candidate of `parsed` overlaps (`Coverage`: a long table or a page of glued Council
 * symbols stays linear, where a `some` over `parsed` per row did not).
 */
export function uncovered(found: Candidate[], parsed: readonly Candidate[]): Candidate[] {
  if (found.length === 0) return found;
  const coverage = new Coverage(parsed);
  return found.filter((c) => !coverage.covers(c.start, c.end));
}

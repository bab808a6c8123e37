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

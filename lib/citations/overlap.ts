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
 * Whether a candidate of `parsed` overlaps `start`–`end`. A module function, not a closure made per call: under tsx
 * (the bench) a named closure costs a `__name` call each time it is made.
 */
export const covered = (parsed: readonly Candidate[], start: number, end: number): boolean =>
  parsed.some((c) => c.start < end && c.end > start);

/**
 * The candidates of `found` (in text order, apart) that no candidate of `parsed` overlaps: one sweep over `parsed`
 * sorted by start, so a long table stays linear (a `some` over `parsed` per row did not).
 */
export function uncovered(found: Candidate[], parsed: readonly Candidate[]): Candidate[] {
  if (found.length === 0) return found;
  const spans = parsed.map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0]);
  let j = 0;
  let maxEnd = -1;
  return found.filter((c) => {
    for (; j < spans.length && (spans[j]?.[0] ?? 0) < c.end; j++) maxEnd = Math.max(maxEnd, spans[j]?.[1] ?? 0);
    return maxEnd <= c.start;
  });
}

/**
 * Cuts a very long run (a `<pre>` holding a whole report, a page that is one paragraph) into overlapping windows, so
 * one engine call never holds the main thread for long. Window k owns the citations that start in
 * `[k·size, (k+1)·size)`; its text runs `overlap` characters further, which is longer than any citation, so a citation
 * across a cut is found whole by the window where it starts. Pure.
 */

import { originalOffset } from './collapse';
import type { Segment, TextRun } from './text-runs';

export interface RunWindow {
  segments: Segment[];
  /** Offset of the window's first character in the run. */
  offset: number;
  /** Citations starting at or after this run offset belong to the next window. */
  ownEnd: number;
}

/** Longest text handed to the engine at once (characters). */
export const WINDOW_SIZE = 20_000;
/** How far a window reads past what it owns; far longer than the longest citation. */
export const WINDOW_OVERLAP = 600;

/** The windows of a run: one when it is short enough. Walks the segments once (windows advance monotonically). */
export function runWindows(run: TextRun, size = WINDOW_SIZE, overlap = WINDOW_OVERLAP): RunWindow[] {
  if (run.length <= size + overlap) return [{ segments: run.segments, offset: 0, ownEnd: run.length }];
  const { segments } = run;
  // Run offset where each segment starts.
  const starts: number[] = [];
  let total = 0;
  for (const s of segments) {
    starts.push(total);
    total += s.text.length;
  }
  const windows: RunWindow[] = [];
  let first = 0;
  for (let offset = 0; offset < run.length; offset += size) {
    const ownEnd = Math.min(run.length, offset + size);
    const to = ownEnd + overlap;
    // Skip segments that end before this window (they never come back: windows only move forward).
    while (first < segments.length && starts[first]! + segments[first]!.text.length <= offset) first++;
    const cut: Segment[] = [];
    for (let i = first; i < segments.length && starts[i]! < to; i++) {
      const s = segments[i]!;
      const a = Math.max(offset, starts[i]!) - starts[i]!;
      const b = Math.min(to, starts[i]! + s.text.length) - starts[i]!;
      const piece: Segment = { node: s.node, start: s.start + originalOffset(s, a), text: s.text.slice(a, b) };
      // Offsets of the piece are relative to its own start.
      if (s.offsets) piece.offsets = s.offsets.slice(a, b + 1).map((o) => o - originalOffset(s, a));
      cut.push(piece);
    }
    windows.push({ segments: cut, offset, ownEnd });
  }
  return windows;
}

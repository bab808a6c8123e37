import { describe, expect, it } from 'vitest';
import { collapseWhitespace, originalOffset } from '../../../lib/page/read/collapse';
import type { Segment, TextRun } from '../../../lib/page/read/text-runs';
import { runWindows } from '../../../lib/page/read/windows';

/** A run over fake text nodes (the windows never touch the DOM). */
function runOf(...texts: string[]): TextRun {
  const segments: Segment[] = texts.map((raw, i) => ({
    node: { id: i } as unknown as Text,
    start: 0,
    ...collapseWhitespace(raw),
  }));
  return { block: {} as Element, segments, length: segments.reduce((n, s) => n + s.text.length, 0) };
}

const joined = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');

describe('runWindows', () => {
  it('keeps a short run whole', () => {
    const run = runOf('Voir la ', 'décision 4/4.');
    expect(runWindows(run, 100, 10)).toEqual([{ segments: run.segments, offset: 0, ownEnd: run.length }]);
  });

  it('cuts a long run into overlapping windows that own consecutive stretches', () => {
    const run = runOf('a'.repeat(250), 'b'.repeat(100));
    const windows = runWindows(run, 100, 20);
    expect(windows.map((w) => [w.offset, w.ownEnd])).toEqual([
      [0, 100],
      [100, 200],
      [200, 300],
      [300, 350],
    ]);
    const text = joined(run.segments);
    for (const w of windows) {
      // Each window reads what it owns plus the overlap.
      expect(joined(w.segments)).toBe(text.slice(w.offset, Math.min(text.length, w.ownEnd + 20)));
    }
  });

  it('maps a window position back to the right place in the text node, white space collapsed', () => {
    const raw = `${'x'.repeat(90)}   \n   résolution 5/2`;
    const run = runOf(raw);
    const [, second] = runWindows(run, 80, 10);
    const piece = second!.segments[0]!;
    const at = piece.text.indexOf('résolution');
    expect(raw.slice(piece.start + originalOffset(piece, at), piece.start + originalOffset(piece, at + 14))).toBe(
      'résolution 5/2',
    );
  });
});

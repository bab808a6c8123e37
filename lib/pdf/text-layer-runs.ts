/**
 * The page reader for Renvoi's PDF reader: the page layer's runs (`lib/page/read/text-runs.ts`), with pdf.js's text
 * layers read as PDF text. A `div.textLayer` is one block whose spans are the page's text items and whose `<br>`s are
 * line ends; there a `<br>` is a soft wrap, not a line break, and the spans hold the font's raw characters. So each
 * span's text is normalised (`normalizePdfText`) and each line end joined (`lineJoin`), with offset maps composed on
 * the page layer's own, so marks still land on the right characters. Nothing in the DOM is changed.
 */

import type { Segment, TextRun } from '../page/read/text-runs';
import { textRuns } from '../page/read/text-runs';
import { lineJoin, normalizePdfText } from './pdf-text';

/** True for pdf.js's text layer of a page (see pdf.js `TextLayerBuilder`: `div.textLayer`). */
export const isTextLayer = (el: Element): boolean => el.classList.contains('textLayer');

/** A text segment's text normalised, its offset map composed with the collapse map it already had. */
function normalizeSegment(segment: Segment): Segment {
  const normalized = normalizePdfText(segment.text);
  if (!normalized.offsets) return segment;
  const inner = segment.offsets;
  const offsets = inner ? normalized.offsets.map((o) => inner[o] ?? o) : normalized.offsets;
  return { ...segment, text: normalized.text, offsets };
}

/** The segment without its last character (a line-end hyphen): the end of its map now points at the hyphen. */
function withoutLastChar(segment: Segment): Segment {
  const length = segment.text.length - 1;
  const offsets = segment.offsets
    ? segment.offsets.slice(0, length + 1)
    : Array.from({ length: length + 1 }, (_, i) => i);
  return { ...segment, text: segment.text.slice(0, length), offsets };
}

/**
 * A text layer's segments read as PDF text. Each gap between lines — one or more `<br>` — reads as one join
 * (the first `<br>` gets it, the others nothing); a hyphen dropped by a join is cut from the segment before it.
 */
export function pdfSegments(segments: readonly Segment[]): Segment[] {
  const out = segments.map((s) => (s.node ? normalizeSegment(s) : s));
  /** Index of the last text segment with text, before the current position. */
  let lastText = -1;
  let inGap = false;
  for (let i = 0; i < out.length; i++) {
    const segment = out[i]!;
    if (segment.node) {
      if (segment.text.length > 0) {
        lastText = i;
        inGap = false;
      }
      continue;
    }
    if (inGap || lastText < 0) {
      out[i] = { ...segment, text: '' };
      continue;
    }
    inGap = true;
    const next = out.slice(i + 1).find((s) => s.node && s.text.length > 0);
    const previous = out[lastText]!;
    // Two characters before the line end are all the rule looks at (hyphen after a letter).
    const before = (out[lastText - 1]?.text.slice(-1) ?? '') + previous.text;
    const { join, dropHyphen } = lineJoin(before.slice(-2), next?.text ?? '');
    out[i] = { ...segment, text: join };
    if (dropHyphen) out[lastText] = withoutLastChar(previous);
  }
  return out;
}

/** A run with its text layer read as PDF text (other runs, such as the reader's own toolbar, are left as they are). */
export function pdfRun(run: TextRun): TextRun {
  if (!isTextLayer(run.block)) return run;
  const segments = pdfSegments(run.segments);
  return { ...run, segments, length: segments.reduce((sum, s) => sum + s.text.length, 0) };
}

/** `textRuns` with text layers read as PDF text: the reader's runs reader for the page session. */
export function* pdfTextRuns(root: Node, ownHost: Element | null): Generator<TextRun, boolean> {
  const walk = textRuns(root, ownHost);
  for (let step = walk.next(); ; step = walk.next()) {
    if (step.done) return step.value;
    yield pdfRun(step.value);
  }
}

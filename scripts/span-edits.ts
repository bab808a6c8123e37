/**
 * Edits inside labelled spans, the common step of the written-form perturbations (`citation-forms.ts` for treaty
 * articles, `resolution-forms.ts` for resolutions and symbols): each form gives the edits of one span, and the span's
 * edits are applied together through `rewrite`, so every label is carried through the map. Pure.
 */

import type { LabelSpan, Perturbed } from './rewrite-map';
import { rewrite } from './rewrite-map';

/** An edit of the text: `[from, to)` becomes `by`. */
export type Edit = { from: number; to: number; by: string };

/**
 * Applies `edits` (not overlapping) through `rewrite`: an edit's first code unit becomes its new text, the others
 * '', so every character outside the edits maps to itself and a span over an edit holds its new text.
 */
export function applyEdits(text: string, edits: readonly Edit[]): Perturbed {
  const cover = new Map<number, Edit>();
  for (const e of edits) for (let i = e.from; i < e.to; i++) cover.set(i, e);
  return rewrite(text, (ch, i) => {
    const e = cover.get(i);
    return e === undefined ? ch : i === e.from ? e.by : '';
  });
}

/**
 * `text` with the edits `spanEdits` gives for each label (offsets relative to the label's start; none for a label it
 * leaves alone). A span's edits are given up together when one is empty or would touch another label or another
 * span's edit.
 */
export function editLabelledSpans(
  text: string,
  labels: readonly LabelSpan[],
  spanEdits: (label: LabelSpan) => readonly Edit[],
): Perturbed {
  const edits: Edit[] = [];
  for (const label of labels) {
    const own = spanEdits(label).map((e) => ({ from: e.from + label.start, to: e.to + label.start, by: e.by }));
    const clash = own.some(
      (e) =>
        e.from >= e.to ||
        edits.some((d) => d.from < e.to && e.from < d.to) ||
        labels.some((l) => l !== label && l.start < e.to && e.from < l.end),
    );
    if (!clash) edits.push(...own);
  }
  return applyEdits(text, edits);
}

/**
 * Factories for the written-form tests (`citation-forms.test.ts`, `resolution-forms.test.ts`): a label on a
 * passage's text, and one form's rewrite of a passage with the text its label maps to.
 */

import { describe, expect, it } from 'vitest';
import { loadCases, placeLabels, SPLITS } from '../../../scripts/eval-citations';
import { perturbCase } from '../../../scripts/eval-robustness';
import { mapSpan, type LabelSpan, type Perturbation } from '../../../scripts/perturbations';

/** The perturbation named `name` of `list`. */
export function formNamed(list: readonly Perturbation[], name: string): Perturbation {
  const p = list.find((x) => x.name === name);
  if (!p) throw new Error(`no form ${name}`);
  return p;
}

/** A label of `kind` (a treaty article unless said) on the first `label` of `text`. */
export function labelIn(text: string, label: string, key: string, kind = 'treaty'): LabelSpan {
  const start = text.indexOf(label);
  if (start < 0) throw new Error(`${label} not in ${text}`);
  return { start, end: start + label.length, kind, key };
}

/** The form's text of `text` and the text its label maps to. */
export function perturbOne(form: Perturbation, text: string, label: LabelSpan, lang: string) {
  const p = form.perturb(text, [label], lang);
  const span = mapSpan(p, label.start, label.end);
  return { text: p.text, label: p.text.slice(span.start, span.end) };
}

/**
 * Runs `form` over every in-sample passage and checks its map (one start per character and one past the end, each
 * character's output in order), that every key is kept and that only spans of `kind` are rewritten; with `outside`,
 * that the text outside the labelled spans is untouched too. Returns how many spans it rewrote.
 */
export function checkInSample(form: Perturbation, kind: string, outside = false): number {
  let rewrittenSpans = 0;
  for (const c of loadCases(SPLITS[0]!.dir)) {
    const placed = placeLabels(c.id, c.text, c.expected);
    const p = form.perturb(c.text, placed, c.lang);
    expect(p.starts).toHaveLength(c.text.length + 1);
    for (let i = 0; i < c.text.length; i++) expect(p.starts[i]!).toBeLessThanOrEqual(p.ends[i]!);
    const moved = perturbCase(c, form);
    expect(moved.expected.map((e) => e.key)).toEqual(c.expected.map((e) => e.key));
    moved.expected.forEach((e, i) => {
      if (e.text === placed[i]!.text) return;
      expect(e.kind, `${c.id} ${e.text}`).toBe(kind);
      rewrittenSpans++;
    });
    if (outside) expect(withoutSpans(moved.text, moved.expected)).toBe(withoutSpans(c.text, placed));
  }
  return rewrittenSpans;
}

/** `text` without the labelled spans (`start`, `text`), in order. */
const withoutSpans = (text: string, spans: readonly { start?: number; text: string }[]) =>
  spans.reduceRight((t, s) => t.slice(0, s.start ?? 0) + t.slice((s.start ?? 0) + s.text.length), text);

/** A table row: a passage's text (copied from `from`), a label on it, and what a form makes of them. */
export interface FormRow {
  form: string;
  /** The passage it was copied from. */
  from: string;
  lang: string;
  text: string;
  label: string;
  key: string;
  /** The perturbed text (by default `text` with the label replaced by `mapped`). */
  perturbed: string;
  /** The label's text after the form. */
  mapped: string;
}

/** A row whose label is rewritten inside `text`: the perturbed text is `text` with the label replaced by `mapped`. */
export const rewritten = (
  formName: string,
  from: string,
  lang: string,
  text: string,
  label: string,
  key: string,
  mapped: string,
  perturbed = text.replace(label, mapped),
): FormRow => ({ form: formName, from, lang, text, label, key, perturbed, mapped });

/** What `describeFormTables` reads: a module's forms, its rows, the kind of a row's label and the kinds it ignores. */
export interface FormTables {
  /** How the describe blocks name a form (`resolution form`). */
  name: string;
  forms: readonly Perturbation[];
  rows: readonly FormRow[];
  leftAlone: readonly FormRow[];
  kindOf: (row: FormRow) => string;
  /** Label kinds the form must leave alone, for a row. */
  otherKinds: (row: FormRow) => readonly string[];
  /** Forms whose rows are tested apart (a list's several labels). */
  testedApart?: readonly string[];
}

/**
 * The table tests every written-form module shares: each row's rewrite (the perturbed text, changed, and the label
 * carried through), a row for every form, each left-alone row as it is, and each row as it is when its label is of a
 * kind the form does not rewrite.
 */
export function describeFormTables(t: FormTables): void {
  const one = (r: FormRow, kind: string) =>
    perturbOne(formNamed(t.forms, r.form), r.text, labelIn(r.text, r.label, r.key, kind), r.lang);
  describe(`each ${t.name} on real passages: the perturbed text and the label carried through`, () => {
    it.each(t.rows.map((r) => [r.form, r.from, r] as const))('%s (%s)', (_form, _from, r) => {
      const out = one(r, t.kindOf(r));
      expect(out.text).toBe(r.perturbed);
      expect(out.text).not.toBe(r.text);
      expect(out.label).toBe(r.mapped);
    });

    it('has a row for every form', () => {
      const covered = [...t.rows.map((r) => r.form), ...(t.testedApart ?? [])];
      expect(new Set(covered)).toEqual(new Set(t.forms.map((p) => p.name)));
    });
  });

  describe(`what each ${t.name} leaves alone`, () => {
    it.each(t.leftAlone.map((r) => [r.form, r.from, r] as const))('%s (%s)', (_form, _from, r) => {
      expect(one(r, t.kindOf(r))).toEqual({ text: r.text, label: r.label });
    });

    it.each(t.rows.map((r) => [r.form, r.from, r] as const))('%s (%s) with a label of another kind', (_f, _from, r) => {
      for (const kind of t.otherKinds(r)) expect(one(r, kind).text).toBe(r.text);
    });
  });
}

/**
 * How the citation engine holds up on real text as extraction, typing and typography leave it: the labelled passages
 * are scored as `eval-citations.ts` scores them, once as they are and once after each meaning-preserving perturbation
 * of `perturbations.ts` (double spaces, no-break spaces, soft hyphens, line breaks, lost accents…), their labels
 * mapped through the edit; then after each written form of `citation-forms.ts` (a labelled treaty citation rewritten
 * into another form UN documents use: `art. 6`, `article 6(2)`, `article 6, paragraph 2,`, another name of the same
 * treaty), and of `resolution-forms.ts` (a labelled resolution or symbol rewritten likewise: `resolution 64/293 of the
 * General Assembly`, `G.A. Res. 64/293`, `resolution 2467(2019)`, `A / RES / 70/179`). A reader reads every perturbed
 * passage as the original, so every row should read as the first; `tests/unit/citations/robustness.test.ts` holds the
 * rows the engine's reading layer (`lib/citations/reading-text.ts`) covers to exactly the original's figures.
 *
 * Usage: `npm run eval:robustness` (`-- --split=real-dev` one split only; `-- --p=wrap-45,en-dash` some
 * perturbations only, `--p=art-abbrev,pin-brackets,pin-words,treaty-name` the written forms of a treaty citation,
 * `--p=body-after,body-before,res-symbol-spaced,res-abbrev,council-year` those of a resolution or symbol;
 * `-- --verbose` lists each perturbed run's errors, `+` before those the original run does not have). Like
 * `eval:citations`, the test split's errors are listed only when that split is asked for by name.
 */

import { fileURLToPath } from 'node:url';
import { CITATION_KINDS } from '../lib/citations/index';
import type { ResolverData } from '../lib/citations/resolver-data';
import {
  corpusData,
  evaluate,
  loadCases,
  placeLabels,
  SPLITS,
  type EvalCase,
  type EvalReport,
  type KindScore,
} from './eval-citations';
import { FORM_PERTURBATIONS } from './citation-forms';
import { RESOLUTION_FORM_PERTURBATIONS } from './resolution-forms';
import { SYMBOL_FORM_PERTURBATIONS } from './symbol-forms';
import { NUMBER_FORM_PERTURBATIONS } from './number-forms';
import { RESOLUTION_FORM_PERTURBATIONS_2 } from './resolution-forms-2';
import { TREATY_FORM_PERTURBATIONS_2 } from './treaty-forms-2';
import { mapSpan, PERTURBATIONS, type Perturbation } from './perturbations';

/**
 * What the script runs: the typographic perturbations, then the written forms of a treaty citation
 * (`citation-forms.ts`: the same article cited in another form real UN documents use), then those of a resolution or
 * symbol citation (`resolution-forms.ts`: the body before or after the number, `G.A. Res.`, a Council year's space, a
 * symbol's slashes spaced).
 */
export const ALL_PERTURBATIONS: readonly Perturbation[] = [
  ...PERTURBATIONS,
  ...FORM_PERTURBATIONS,
  ...RESOLUTION_FORM_PERTURBATIONS,
  ...SYMBOL_FORM_PERTURBATIONS,
  ...NUMBER_FORM_PERTURBATIONS,
  ...RESOLUTION_FORM_PERTURBATIONS_2,
  ...TREATY_FORM_PERTURBATIONS_2,
];

/**
 * A case after a perturbation: its text perturbed, each label at the span its original span maps to (given as
 * `start`, since the label's text may now occur earlier in the passage).
 */
export function perturbCase(c: EvalCase, perturbation: Perturbation): EvalCase {
  const placed = placeLabels(c.id, c.text, c.expected);
  const p = perturbation.perturb(c.text, placed, c.lang);
  const expected = placed.map(({ end, ...label }) => {
    const span = mapSpan(p, label.start, end);
    return { ...label, start: span.start, text: p.text.slice(span.start, span.end) };
  });
  return { ...c, text: p.text, expected };
}

/** One row of the table: a perturbation (or none) and the report on the cases it perturbed. */
export interface RobustnessRow {
  name: string;
  report: EvalReport;
}

/** The unperturbed report, then one per perturbation. */
export function robustness(
  cases: readonly EvalCase[],
  data: ResolverData | undefined,
  details: boolean,
  perturbations: readonly Perturbation[] = PERTURBATIONS,
): RobustnessRow[] {
  return [
    { name: 'original', report: evaluate(cases, data, details) },
    ...perturbations.map((p) => ({
      name: p.name,
      report: evaluate(
        cases.map((c) => perturbCase(c, p)),
        data,
        details,
      ),
    })),
  ];
}

/** A printable table: per row, tp / fp / fn, precision and recall overall, then tp/fp/fn per kind. */
export function formatRobustness(rows: readonly RobustnessRow[]): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const counts = (s: KindScore) => `${s.tp}/${s.fp}/${s.fn}`;
  const head = [
    'perturbation'.padEnd(16),
    '  tp   fp   fn   prec%  recall%',
    ...CITATION_KINDS.map((k) => k.padStart(15)),
  ].join(' ');
  const line = ({ name, report: r }: RobustnessRow) =>
    [
      name.padEnd(16),
      `${String(r.overall.tp).padStart(4)} ${String(r.overall.fp).padStart(4)} ${String(r.overall.fn).padStart(4)}`,
      `${pct(r.overall.precision)} ${pct(r.overall.recall)}  `,
      ...CITATION_KINDS.map((k) => counts(r.byKind[k]).padStart(15)),
    ].join(' ');
  return [head, ...rows.map(line)].join('\n');
}

/** An error line of `evaluate` without its quoted text (which a perturbation changes): case, FP/FN, kind and key. */
export const errorKey = (error: string) => error.replace(/ ".*" → /, ' → ');

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const only = process.argv.find((a) => a.startsWith('--split='))?.slice('--split='.length);
  const names = process.argv
    .find((a) => a.startsWith('--p='))
    ?.slice('--p='.length)
    .split(',');
  const unknown = (names ?? []).filter((n) => !ALL_PERTURBATIONS.some((p) => p.name === n));
  if (unknown.length > 0) throw new Error(`no such perturbation: ${unknown.join(', ')}`);
  const chosen = ALL_PERTURBATIONS.filter((p) => names === undefined || names.includes(p.name));
  const data = corpusData();
  for (const split of SPLITS) {
    if (only !== undefined && split.name.replace(' ', '-') !== only) continue;
    const cases = loadCases(split.dir);
    const rows = robustness(cases, data, split.details, chosen);
    console.log(`== ${split.name} (${cases.length} cases) ==`);
    console.log(formatRobustness(rows));
    // The test split's errors only when asked for by name, as in eval-citations: a tuning run must not show them.
    if (verbose && (split.name !== 'real test' || only === 'real-test')) {
      const original = new Set(rows[0]!.report.errors.map(errorKey));
      for (const { name, report } of rows.slice(1)) {
        if (report.errors.length > 0) console.log(`-- ${name}: ${report.errors.length} errors`);
        for (const e of report.errors) console.log(`  ${original.has(errorKey(e)) ? ' ' : '+'} ${JSON.stringify(e)}`);
      }
    }
    console.log('');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

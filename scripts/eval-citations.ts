/**
 * Evaluates the citation engine on the labelled cases in `tests/fixtures/citations/*.json` and prints precision and
 * recall per kind. A predicted citation is correct when its span (start, end) and key equal an expected one's.
 * Matched pairs are also checked for kind, pinpoint and targets ("details").
 *
 * Usage: `npm run eval:citations` (`-- --verbose` lists every error). Resolves against the real corpus
 * (`corpus/load.ts`); the vitest test `tests/unit/citations/eval.test.ts` runs the same evaluation and asserts the
 * targets (precision ≥ 0.99, recall ≥ 0.98).
 *
 * Fixture format: `{ description, cases: [{ id, lang, text, expected: [{ text, kind, key, pinpoint?, targets? }],
 * note? }] }`. An expected citation's position is the first occurrence of its `text` at or after the end of the
 * previous expected citation (or `start` when given).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../corpus/load';
import { CITATION_KINDS, createResolverData, findCitations } from '../lib/citations/index';
import type { ResolverData } from '../lib/citations/resolver-data';
import type { Citation, CitationKind, Pinpoint } from '../lib/citations/types';

export interface ExpectedCitation {
  text: string;
  kind: CitationKind;
  key: string;
  start?: number;
  pinpoint?: Pinpoint;
  targets?: string[];
}

export interface EvalCase {
  id: string;
  lang: string;
  text: string;
  expected: ExpectedCitation[];
  note?: string;
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface EvalReport {
  cases: number;
  byKind: Record<CitationKind, KindScore>;
  overall: KindScore;
  /** Matched pairs whose kind, pinpoint and targets also agree, over all matched pairs. */
  details: { agree: number; total: number };
  errors: string[];
}

export const FIXTURE_DIR = fileURLToPath(new URL('../tests/fixtures/citations/', import.meta.url));

/** Every case of every fixture file, in file-name order. */
export function loadCases(dir: string = FIXTURE_DIR): EvalCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(dir + f, 'utf8')) as { cases: EvalCase[] }).cases);
}

/** Resolver data from the real corpus. */
export function corpusData(): ResolverData {
  return createResolverData(loadCorpus());
}

const canonical = (value: unknown): string => JSON.stringify(value, Object.keys((value ?? {}) as object).sort());

function score(tp: number, fp: number, fn: number): KindScore {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Runs the engine on every case and scores it. */
export function evaluate(cases: readonly EvalCase[], data?: ResolverData): EvalReport {
  const counts = Object.fromEntries(CITATION_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    CitationKind,
    { tp: number; fp: number; fn: number }
  >;
  const errors: string[] = [];
  const details = { agree: 0, total: 0 };
  for (const c of cases) {
    let from = 0;
    const expected = c.expected.map((e) => {
      const start = e.start ?? c.text.indexOf(e.text, from);
      if (start < 0) throw new Error(`${c.id}: expected text not found: ${e.text}`);
      from = start + e.text.length;
      return { ...e, start, end: start + e.text.length };
    });
    const predicted = findCitations(c.text, data);
    const used = new Set<number>();
    for (const p of predicted) {
      const i = expected.findIndex((e, j) => !used.has(j) && e.start === p.start && e.end === p.end && e.key === p.key);
      if (i < 0) {
        counts[p.kind].fp++;
        errors.push(`${c.id} FP ${p.kind} ${JSON.stringify(p.text)} → ${p.key}`);
        continue;
      }
      used.add(i);
      const e = expected[i] as (typeof expected)[number];
      counts[e.kind].tp++;
      details.total++;
      if (agrees(e, p)) details.agree++;
      else errors.push(`${c.id} DETAIL ${JSON.stringify(p.text)}: got ${describe(p)}, expected ${describe(e)}`);
    }
    expected.forEach((e, j) => {
      if (used.has(j)) return;
      counts[e.kind].fn++;
      errors.push(`${c.id} FN ${e.kind} ${JSON.stringify(e.text)} → ${e.key}`);
    });
  }
  const byKind = Object.fromEntries(
    CITATION_KINDS.map((k) => [k, score(counts[k].tp, counts[k].fp, counts[k].fn)]),
  ) as Record<CitationKind, KindScore>;
  const sum = (f: 'tp' | 'fp' | 'fn') => CITATION_KINDS.reduce((n, k) => n + counts[k][f], 0);
  return { cases: cases.length, byKind, overall: score(sum('tp'), sum('fp'), sum('fn')), details, errors };
}

function agrees(e: ExpectedCitation, p: Citation): boolean {
  if (e.kind !== p.kind) return false;
  if (canonical(e.pinpoint ?? null) !== canonical(p.pinpoint ?? null)) return false;
  return e.targets === undefined || JSON.stringify(e.targets) === JSON.stringify(p.targets);
}

function describe(c: { kind: string; pinpoint?: Pinpoint; targets?: string[] }): string {
  return `${c.kind} ${JSON.stringify(c.pinpoint ?? null)} ${JSON.stringify(c.targets ?? null)}`;
}

/** A printable table of the report. */
export function formatReport(report: EvalReport): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const row = (name: string, s: KindScore) =>
    `${name.padEnd(15)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision)} ${pct(s.recall)}`;
  return [
    `${report.cases} cases`,
    `${'kind'.padEnd(15)}   tp   fp   fn   prec%  recall%`,
    ...CITATION_KINDS.map((k) => row(k, report.byKind[k])),
    row('all', report.overall),
    `details (kind, pinpoint, targets) agree on ${report.details.agree}/${report.details.total} matched citations`,
  ].join('\n');
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const report = evaluate(loadCases(), corpusData());
  console.log(formatReport(report));
  if (report.errors.length > 0) {
    console.log(`\n${report.errors.length} errors${verbose ? ':' : ' (--verbose to list)'}`);
    if (verbose) for (const e of report.errors) console.log(`  ${e}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

/**
 * Evaluates the citation engine on the labelled cases in `tests/fixtures/citations/*.json` and prints precision and
 * recall per kind. A predicted citation is correct when its span (start, end) and key equal an expected one's.
 * Matched pairs are also checked for kind, pinpoint and targets ("details"). A secondary "cards" line (never a
 * target) counts an FP and an FN with the same key and overlapping spans as one hit, to tell wrong cards from
 * highlights that end elsewhere than the label.
 *
 * Usage: `npm run eval:citations` (`-- --verbose` lists every error; `-- --split=real-test` one split only;
 * `-- --fresh="seventh round"` only the passages added fresh in that round, by their `note`, so a round's first score
 * on unseen text can be reported apart from the passages tuned on before). Resolves against the real corpus
 * (`corpus/load.ts`); the vitest test `tests/unit/citations/eval.test.ts` runs the same evaluation and asserts the
 * targets (precision ≥ 0.99, recall ≥ 0.98).
 *
 * Three splits are scored and printed separately: `in-sample` (`tests/fixtures/citations/*.json`, written by the
 * team), `real dev` and `real test` (`tests/fixtures/citations/real/{dev,test}/*.json`, passages copied from public
 * UN documents, labelled by hand before the engine ran on them; tune on dev only).
 *
 * Fixture format: `{ description, cases: [{ id, lang, text, expected: [{ text, kind, key, optional?, pinpoint?,
 * targets? }], source?, note? }] }`. An `optional` label marks a document's own heading or a page's title line naming
 * the one instrument the page reproduces or is about: a card there with the label's key is right but redundant, so it
 * is neither credited nor counted wrong (a prediction with the same key and an overlapping span is set aside), a card
 * with another key is an FP, and no card is not a miss. An expected citation's position is the first occurrence of its `text` at or after the end
 * of the previous expected citation (or `start` when given). The real splits label spans and keys only, so their
 * details (pinpoint, targets) are not scored.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../corpus/load';
import { CITATION_KINDS, createResolverData, findCitations } from '../lib/citations/index';
import type { ResolverData } from '../lib/citations/resolver-data';
import type { DocumentContext } from '../lib/citations/infer-body';
import type { Citation, CitationKind, Pinpoint } from '../lib/citations/types';

export interface ExpectedCitation {
  text: string;
  kind: CitationKind;
  key: string;
  start?: number;
  /** A document's own heading or title line: a card there with this key is neither credited nor counted wrong. */
  optional?: boolean;
  pinpoint?: Pinpoint;
  targets?: string[];
}

export interface EvalCase {
  id: string;
  lang: string;
  text: string;
  expected: ExpectedCitation[];
  /** URL of the public document the passage was copied from (real splits). */
  source?: string;
  /** What the page would tell the engine about the document (its author); a file-level `context` applies to all. */
  context?: DocumentContext;
  note?: string;
}

/** A named set of cases scored on its own. */
export interface EvalSplit {
  name: 'in-sample' | 'real dev' | 'real test';
  dir: string;
  /** Whether matched pairs are also checked for pinpoint and targets (the real splits label spans and keys only). */
  details: boolean;
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
  /**
   * A reader's view, secondary to the strict score: an FP and an FN with the same key and overlapping spans are one
   * right card with a different highlight, so `cards` counts them as a hit (`spanOnly` such pairs).
   */
  cards: KindScore & { spanOnly: number };
  /** Optional labels (own headings), and how many of them carried a card with their key (set aside, not scored). */
  optional: { total: number; carded: number };
  errors: string[];
}

export const FIXTURE_DIR = fileURLToPath(new URL('../tests/fixtures/citations/', import.meta.url));

export const SPLITS: readonly EvalSplit[] = [
  { name: 'in-sample', dir: FIXTURE_DIR, details: true },
  { name: 'real dev', dir: `${FIXTURE_DIR}real/dev/`, details: false },
  { name: 'real test', dir: `${FIXTURE_DIR}real/test/`, details: false },
];

/** Every case of every fixture file, in file-name order. */
export function loadCases(dir: string = FIXTURE_DIR): EvalCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const file = JSON.parse(readFileSync(dir + f, 'utf8')) as { cases: EvalCase[]; context?: DocumentContext };
      return file.cases.map((c) => (file.context && !c.context ? { ...c, context: file.context } : c));
    });
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
/**
 * Where each label of a passage lies: the first occurrence of its `text` at or after the end of the previous label
 * (or its `start` when given). Throws on a label whose text is not there, so a broken fixture fails loudly.
 */
export function placeLabels<E extends ExpectedCitation>(
  id: string,
  text: string,
  labels: readonly E[],
): (E & { start: number; end: number })[] {
  let from = 0;
  return labels.map((e) => {
    const start = e.start ?? text.indexOf(e.text, from);
    if (start < 0) throw new Error(`${id}: expected text not found: ${e.text}`);
    from = start + e.text.length;
    return { ...e, start, end: start + e.text.length };
  });
}

export function evaluate(cases: readonly EvalCase[], data?: ResolverData, details = true): EvalReport {
  const counts = Object.fromEntries(CITATION_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    CitationKind,
    { tp: number; fp: number; fn: number }
  >;
  const errors: string[] = [];
  const detailCount = { agree: 0, total: 0 };
  let spanOnly = 0;
  const optional = { total: 0, carded: 0 };
  for (const c of cases) {
    const expected = placeLabels(c.id, c.text, c.expected);
    const predicted = findCitations(c.text, data, c.context);
    const used = new Set<number>();
    const unmatched: Citation[] = [];
    optional.total += expected.filter((e) => e.optional).length;
    for (const p of predicted) {
      const i = expected.findIndex(
        (e, j) => !used.has(j) && !e.optional && e.start === p.start && e.end === p.end && e.key === p.key,
      );
      const own = i < 0 ? expected.findIndex((e, j) => !used.has(j) && e.optional && sameCard(e, p)) : -1;
      if (own >= 0) {
        used.add(own);
        optional.carded++;
        continue;
      }
      if (i < 0) {
        counts[p.kind].fp++;
        unmatched.push(p);
        errors.push(`${c.id} FP ${p.kind} ${JSON.stringify(p.text)} → ${p.key}`);
        continue;
      }
      used.add(i);
      const e = expected[i] as (typeof expected)[number];
      counts[e.kind].tp++;
      if (!details) continue;
      detailCount.total++;
      if (agrees(e, p)) detailCount.agree++;
      else errors.push(`${c.id} DETAIL ${JSON.stringify(p.text)}: got ${describe(p)}, expected ${describe(e)}`);
    }
    expected.forEach((e, j) => {
      if (used.has(j) || e.optional) return;
      counts[e.kind].fn++;
      errors.push(`${c.id} FN ${e.kind} ${JSON.stringify(e.text)} → ${e.key}`);
      const k = unmatched.findIndex((p) => sameCard(e, p));
      if (k < 0) return;
      unmatched.splice(k, 1);
      spanOnly++;
    });
  }
  const byKind = Object.fromEntries(
    CITATION_KINDS.map((k) => [k, score(counts[k].tp, counts[k].fp, counts[k].fn)]),
  ) as Record<CitationKind, KindScore>;
  const sum = (f: 'tp' | 'fp' | 'fn') => CITATION_KINDS.reduce((n, k) => n + counts[k][f], 0);
  const cards = { ...score(sum('tp') + spanOnly, sum('fp') - spanOnly, sum('fn') - spanOnly), spanOnly };
  const overall = score(sum('tp'), sum('fp'), sum('fn'));
  return { cases: cases.length, byKind, overall, details: detailCount, cards, optional, errors };
}

/** Same key and overlapping spans: the reader gets the same card on (nearly) the same words. */
export function sameCard(
  e: { key: string; start: number; end: number },
  p: { key: string; start: number; end: number },
): boolean {
  return p.key === e.key && p.start < e.end && e.start < p.end;
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
    `cards (secondary: same key, overlapping span counts as a hit; ${report.cards.spanOnly} span-only differences): ` +
      `precision ${pct(report.cards.precision).trim()}%, recall ${pct(report.cards.recall).trim()}%`,
    `optional labels (own headings, not scored): ${report.optional.carded} of ${report.optional.total} carried a card with their key`,
  ].join('\n');
}

/** A passage added fresh in the given round (its note says so) and not moved between splits since. */
export function isFresh(c: EvalCase, round: string): boolean {
  return (c.note ?? '').includes(`(${round})`) && !(c.note ?? '').includes('Moved from');
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const only = process.argv.find((a) => a.startsWith('--split='))?.slice('--split='.length);
  const fresh = process.argv.find((a) => a.startsWith('--fresh='))?.slice('--fresh='.length);
  const data = corpusData();
  for (const split of SPLITS) {
    if (only !== undefined && split.name.replace(' ', '-') !== only) continue;
    const cases = loadCases(split.dir).filter((c) => fresh === undefined || isFresh(c, fresh));
    if (cases.length === 0) continue;
    const report = evaluate(cases, data, split.details);
    console.log(`== ${split.name}${fresh === undefined ? '' : ` (fresh, ${fresh})`} ==`);
    console.log(formatReport(report));
    if (report.errors.length > 0) {
      // The test split's errors are listed only when that split is asked for by name: a tuning run with --verbose
      // must not show what the tuner is never to tune on.
      const list = verbose && (split.name !== 'real test' || only === 'real-test');
      const how = verbose ? ' (listed only with --split=real-test)' : ' (--verbose to list)';
      console.log(`${report.errors.length} errors${list ? ':' : how}`);
      if (list) for (const e of report.errors) console.log(`  ${e}`);
    }
    console.log('');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

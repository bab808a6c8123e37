/**
 * How far two human labellers agree on the treaty-article labels of the same real passages: the first labels (the
 * real splits, `tests/fixtures/citations/real/{dev,test}`) against second labels written blind, from the passage and
 * the written rules only (`tests/fixtures/citations/real/agreement/second-labels.json`, session 20). The first labels
 * stand as the reference, so "precision" is the share of second labels the first labeller also wrote and "recall" the
 * share of first labels the second labeller found. Scored like the engine (`eval-citations.ts`): strict (same span
 * and key) and cards (same key on overlapping spans); a second label on a first labeller's optional title line is set
 * aside, and the second labeller's own optional labels are not scored.
 *
 * Usage: `npx tsx scripts/label-agreement.ts` (`--verbose` lists the disagreements).
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCases, placeLabels, sameCard, SPLITS, type EvalCase, type ExpectedCitation } from './eval-citations';

/** A passage's second labels: the case id of the real split it repeats, its treaty labels. */
export interface SecondLabels {
  id: string;
  expected: ExpectedCitation[];
  note?: string;
}

export interface AgreementReport {
  passages: number;
  strict: { tp: number; fp: number; fn: number };
  cards: { tp: number; fp: number; fn: number };
  disagreements: string[];
}

export const SECOND_LABELS = fileURLToPath(
  new URL('../tests/fixtures/citations/real/agreement/second-labels.json', import.meta.url),
);

type Placed = ExpectedCitation & { start: number; end: number };

const sameSpan = (a: Placed, b: Placed) => a.start === b.start && a.end === b.end && a.key === b.key;

/** Agreement of `second` with the treaty labels of the same passages in `first` (every id must be there). */
export function agreement(first: readonly EvalCase[], second: readonly SecondLabels[]): AgreementReport {
  const byId = new Map(first.map((c) => [c.id, c]));
  const strict = { tp: 0, fp: 0, fn: 0 };
  let spanOnly = 0;
  const disagreements: string[] = [];
  for (const s of second) {
    const c = byId.get(s.id);
    if (!c) throw new Error(`${s.id}: no such passage in the real splits`);
    const reference = placeLabels(c.id, c.text, c.expected).filter((e) => e.kind === 'treaty');
    const scored = reference.filter((e) => !e.optional);
    const titles = reference.filter((e) => e.optional);
    const used = new Set<number>();
    const extra: Placed[] = [];
    for (const m of placeLabels(s.id, c.text, s.expected).filter((e) => !e.optional)) {
      const i = scored.findIndex((e, j) => !used.has(j) && sameSpan(e, m));
      if (i >= 0) {
        used.add(i);
        strict.tp++;
      } else if (!titles.some((t) => sameCard(t, m))) {
        strict.fp++;
        extra.push(m);
        disagreements.push(`${s.id} second only ${JSON.stringify(m.text)} → ${m.key}`);
      }
    }
    scored.forEach((e, j) => {
      if (used.has(j)) return;
      strict.fn++;
      disagreements.push(`${s.id} first only ${JSON.stringify(e.text)} → ${e.key}`);
      const k = extra.findIndex((m) => sameCard(e, m));
      if (k < 0) return;
      extra.splice(k, 1);
      spanOnly++;
    });
  }
  const cards = { tp: strict.tp + spanOnly, fp: strict.fp - spanOnly, fn: strict.fn - spanOnly };
  return { passages: second.length, strict, cards, disagreements };
}

function main(): void {
  const first = SPLITS.filter((s) => s.name !== 'in-sample').flatMap((s) => loadCases(s.dir));
  const second = (JSON.parse(readFileSync(SECOND_LABELS, 'utf8')) as { cases: SecondLabels[] }).cases;
  const report = agreement(first, second);
  const line = (name: string, x: { tp: number; fp: number; fn: number }) =>
    `${name}: ${x.tp} / ${x.fp} / ${x.fn} — precision ${((x.tp / (x.tp + x.fp)) * 100).toFixed(1)}%, ` +
    `recall ${((x.tp / (x.tp + x.fn)) * 100).toFixed(1)}%`;
  console.log(`${report.passages} passages, ${report.strict.tp + report.strict.fn} first-labeller treaty items`);
  console.log(line('strict (span and key)', report.strict));
  console.log(line('cards (key, overlapping span)', report.cards));
  if (process.argv.includes('--verbose')) for (const d of report.disagreements) console.log(`  ${d}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

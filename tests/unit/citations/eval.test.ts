import { describe, expect, it } from 'vitest';
import { CITATION_KINDS } from '../../../lib/citations/index';
import { corpusData, evaluate, formatReport, loadCases } from '../../../scripts/eval-citations';

describe('labelled evaluation (tests/fixtures/citations)', () => {
  const cases = loadCases();
  const report = evaluate(cases, corpusData());

  it('has at least 200 cases in French, English and Spanish, negatives included', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['fr', 'en', 'es']));
    expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(CITATION_KINDS)('%s: precision ≥ 0.99 and recall ≥ 0.98', (kind) => {
    const s = report.byKind[kind];
    expect(s.tp, formatReport(report)).toBeGreaterThan(0);
    expect(s.precision, report.errors.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(s.recall, report.errors.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('agrees on kind, pinpoint and targets for matched citations', () => {
    expect(report.details.agree / report.details.total, report.errors.join('\n')).toBeGreaterThanOrEqual(0.99);
  });
});

import { describe, expect, it } from 'vitest';
import { CITATION_KINDS } from '../../../lib/citations/index';
import { corpusData, evaluate, formatReport, loadCases, SPLITS } from '../../../scripts/eval-citations';

/**
 * Issue #11's targets on real UN text, as a regression floor. The real test split is never tuned on (a passage whose
 * failure teaches something moves to dev, and fresh passages replace it, scored first on a frozen engine: the README
 * reports those first runs apart); this test only keeps a later change from losing what the split shows. Its message
 * gives the figures, not the failing passages, so that reading a failure is not tuning on the split.
 */
const split = (name: string) => SPLITS.find((s) => s.name === name)!;

describe('real UN passages (tests/fixtures/citations/real)', () => {
  const data = corpusData();
  const test = loadCases(split('real test').dir);
  const dev = loadCases(split('real dev').dir);

  it('has the issue’s passage counts: test ≥ 60, French and Spanish ≥ 30 each, a source URL on every case', () => {
    const all = [...test, ...dev];
    expect(test.length).toBeGreaterThanOrEqual(60);
    expect(all.filter((c) => c.lang === 'fr').length).toBeGreaterThanOrEqual(30);
    expect(all.filter((c) => c.lang === 'es').length).toBeGreaterThanOrEqual(30);
    expect(all.filter((c) => !/^https?:\/\/\S+$/.test(c.source ?? '')).map((c) => c.id)).toEqual([]);
  });

  const testReport = evaluate(test, data, false);
  it.each(CITATION_KINDS)('real test, %s: precision ≥ 0.97 and recall ≥ 0.93', (kind) => {
    const s = testReport.byKind[kind];
    const figures = formatReport(testReport).split('\n').slice(0, 8).join('\n');
    expect(s.tp, figures).toBeGreaterThan(0);
    expect(s.precision, figures).toBeGreaterThanOrEqual(0.97);
    expect(s.recall, figures).toBeGreaterThanOrEqual(0.93);
  });

  const devReport = evaluate(dev, data, false);
  it.each(CITATION_KINDS)(
    'real dev, %s: precision ≥ 0.90 and recall ≥ 0.90 (a floor: dev holds every failure moved from test)',
    (kind) => {
      const s = devReport.byKind[kind];
      expect(s.precision, devReport.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, devReport.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
    },
  );
});

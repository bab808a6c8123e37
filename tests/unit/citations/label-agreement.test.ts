import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCases, placeLabels, SPLITS, type EvalCase, type ExpectedCitation } from '../../../scripts/eval-citations';
import { agreement, SECOND_LABELS, type SecondLabels } from '../../../scripts/label-agreement';

const TEXT = 'Under article 6 of the Protocol and Article 3 (a), see also A/55/383.';

/** A treaty label (text, key), optional when asked. */
const label = (text: string, key: string, optional = false): ExpectedCitation => ({
  text,
  kind: 'treaty',
  key,
  ...(optional ? { optional } : {}),
});

/** The first labeller's passage: TEXT with its labels (a symbol label too, which the comparison ignores). */
const first = (...labels: ExpectedCitation[]): EvalCase => ({
  id: 'agreement',
  lang: 'en',
  text: TEXT,
  expected: [...labels, { text: 'A/55/383', kind: 'symbol', key: 'A/55/383' }],
});

const second = (...labels: ExpectedCitation[]): SecondLabels => ({ id: 'agreement', expected: labels });

const ART6 = label('article 6 of the Protocol', 'TIP Protocol art. 6');
const ART3A = label('Article 3 (a)', 'TIP Protocol art. 3(a)');

describe('agreement: a second labeller against the first, treaty labels only', () => {
  it.each([
    {
      name: 'the same labels: all agree, the symbol label is not compared',
      a: first(ART6, ART3A),
      b: second(ART6, ART3A),
      strict: { tp: 2, fp: 0, fn: 0 },
      cards: { tp: 2, fp: 0, fn: 0 },
    },
    {
      name: 'a shorter span with the same key: strict FP + FN, one card',
      a: first(ART6, ART3A),
      b: second(label('article 6', 'TIP Protocol art. 6'), ART3A),
      strict: { tp: 1, fp: 1, fn: 1 },
      cards: { tp: 2, fp: 0, fn: 0 },
    },
    {
      name: 'the same span with another treaty: wrong in both',
      a: first(ART6),
      b: second(label('article 6 of the Protocol', 'Migrants Protocol art. 6')),
      strict: { tp: 0, fp: 1, fn: 1 },
      cards: { tp: 0, fp: 1, fn: 1 },
    },
    {
      name: 'an article only the first labeller took: a miss',
      a: first(ART6, ART3A),
      b: second(ART6),
      strict: { tp: 1, fp: 0, fn: 1 },
      cards: { tp: 1, fp: 0, fn: 1 },
    },
    {
      name: 'a second label on the first labeller’s optional title line: set aside',
      a: first(label('article 6 of the Protocol', 'TIP Protocol art. 6', true), ART3A),
      b: second(ART6, ART3A),
      strict: { tp: 1, fp: 0, fn: 0 },
      cards: { tp: 1, fp: 0, fn: 0 },
    },
    {
      name: 'the second labeller’s optional label is not scored',
      a: first(ART3A),
      b: second(label('article 6 of the Protocol', 'TIP Protocol art. 6', true), ART3A),
      strict: { tp: 1, fp: 0, fn: 0 },
      cards: { tp: 1, fp: 0, fn: 0 },
    },
  ])('$name', ({ a, b, strict, cards }) => {
    const report = agreement([a], [b]);
    expect(report.strict, report.disagreements.join('\n')).toEqual(strict);
    expect(report.cards).toEqual(cards);
  });

  it('refuses second labels for a passage the real splits do not hold', () => {
    expect(() => agreement([first(ART6)], [{ id: 'elsewhere', expected: [ART6] }])).toThrow(/elsewhere/);
  });
});

describe('the committed second labels (tests/fixtures/citations/real/agreement)', () => {
  const cases = (JSON.parse(readFileSync(SECOND_LABELS, 'utf8')) as { cases: SecondLabels[] }).cases;
  const real = new Map(
    SPLITS.filter((s) => s.name !== 'in-sample')
      .flatMap((s) => loadCases(s.dir))
      .map((c) => [c.id, c]),
  );

  it('label passages of the real splits, once each, with treaty labels found in their text', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      const passage = real.get(c.id);
      expect(passage, c.id).toBeDefined();
      expect(c.expected.every((e) => e.kind === 'treaty')).toBe(true);
      expect(() => placeLabels(c.id, passage?.text ?? '', c.expected)).not.toThrow();
    }
  });
});

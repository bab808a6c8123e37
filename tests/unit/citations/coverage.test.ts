import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/citations/candidate';
import { Coverage } from '../../../lib/citations/overlap';

/** A candidate with only the span the coverage reads. */
const span = (start: number, end: number): Candidate => ({
  start,
  end,
  kind: 'symbol',
  key: 'A/1',
  ref: { type: 'none' },
});

/** The rule as written: a candidate starts before `end` and ends after `start`. */
const naive = (parsed: readonly Candidate[], start: number, end: number): boolean =>
  parsed.some((c) => c.start < end && c.end > start);

describe('Coverage: whether a candidate overlaps a span (overlap.ts)', () => {
  it.each([
    [[], 0, 5, false],
    [[span(10, 20)], 0, 10, false], // touching at the start is no overlap
    [[span(10, 20)], 20, 25, false], // nor at the end
    [[span(10, 20)], 19, 25, true],
    [[span(10, 20)], 0, 11, true],
    [[span(30, 40), span(0, 100)], 50, 60, true], // a long span starting first covers a later one
    [[span(0, 5), span(30, 40)], 10, 20, false],
  ] as [Candidate[], number, number, boolean][])('%j covers %i–%i: %s', (parsed, start, end, expected) => {
    expect(new Coverage(parsed).covers(start, end)).toBe(expected);
  });

  it('answers as the rule on random candidates and spans, in any order', () => {
    const spanArb = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 60 })).map(([s, l]) => span(s, s + l));
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 30 }), fc.array(spanArb, { maxLength: 20 }), (parsed, asked) => {
        const coverage = new Coverage(parsed);
        for (const q of asked) expect(coverage.covers(q.start, q.end)).toBe(naive(parsed, q.start, q.end));
      }),
      { numRuns: 500 },
    );
  });
});

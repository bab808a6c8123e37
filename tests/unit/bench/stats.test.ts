import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '../../../bench/stats';

describe('percentile (nearest rank)', () => {
  it.each([
    { samples: [5], p: 95, expected: 5 },
    { samples: [3, 1, 2], p: 50, expected: 2 },
    { samples: [4, 1, 3, 2], p: 50, expected: 2 },
    { samples: Array.from({ length: 20 }, (_, i) => i + 1), p: 95, expected: 19 },
    { samples: Array.from({ length: 100 }, (_, i) => 100 - i), p: 95, expected: 95 },
    { samples: [10, 1000], p: 95, expected: 1000 },
  ])('p$p of $samples is $expected', ({ samples, p, expected }) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it('is NaN without samples, and never reorders its input', () => {
    expect(percentile([], 50)).toBeNaN();
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('summarises median, p95 and count', () => {
    expect(summarize([1, 2, 3, 4, 100])).toEqual({ median: 3, p95: 100, n: 5 });
  });
});

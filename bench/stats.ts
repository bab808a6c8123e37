/**
 * Summary statistics for repeated measurements. Percentiles use the nearest-rank method on the sorted samples, so a
 * p95 is always a value that was actually measured (no interpolation between two runs).
 */

/** Median and 95th percentile of a set of samples, with how many there were. */
export interface Summary {
  median: number;
  p95: number;
  n: number;
}

/** The `p`-th percentile (0 < p ≤ 100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export function summarize(samples: readonly number[]): Summary {
  return { median: median(samples), p95: percentile(samples, 95), n: samples.length };
}

/** Rounds a measurement for the results file: three significant decimals are more than timers resolve. */
export const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

/** Runs `fn` `times` times and returns each run's duration in ms (`performance.now()`, Node's monotonic clock). */
export async function timeRuns(times: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

import { cpuUsage } from 'node:process';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { fakeData } from './factories';

// In a file of its own: a fresh worker, so the heap left by the property tests does not weigh on the timings.

/**
 * Adversarial inputs: each completes at 1 MB, and its time grows linearly with its size: the time at 1 MB stays
 * within 12× the time at 125 kB (8× the size; a quadratic step would take 64×). After a warm-up, best of seven interleaved runs each, with a 2 ms
 * floor under the small time so timer noise cannot fail a linear engine. A ratio, not a speed target (those live in
 * `npm run bench`). Times are the process's CPU time, so other processes on a loaded machine do not skew the ratio.
 */
describe('adversarial inputs scale linearly (1 MB within 12× the time of 125 kB)', () => {
  /**
   * Bound for the three inputs dense in citations (one every 15 to 70 characters: up to 66 000 citations per MB, all
   * kept): their parse is linear, but the garbage collector's work on the larger heap and cache misses on a loaded
   * machine are not; they measured 5–11× alone and 12–16× with other test files running. Every other input keeps the
   * 12× bound.
   */
  const DENSE = 18;
  const SMALL = 125_000;
  const LARGE = 1_000_000;
  const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const data = fakeData();
  /** CPU time of one run (user + system, ms): unlike the wall clock, it does not count other processes' turns. */
  const timed = (input: string): number => {
    const start = cpuUsage();
    expect(Array.isArray(findCitations(input, data))).toBe(true);
    const used = cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  /** Best times of both sizes, runs interleaved so that load from other processes weighs on both alike. */
  const bestTimes = (small: string, large: string): [number, number] => {
    let bestSmall = Number.POSITIVE_INFINITY;
    let bestLarge = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 7; i++) {
      bestSmall = Math.min(bestSmall, timed(small));
      bestLarge = Math.min(bestLarge, timed(large));
    }
    return [bestSmall, bestLarge];
  };

  it.each([
    ['CTOC/COP/WG.4/ repeated', repeat('CTOC/COP/WG.4/')],
    ['résolution repeated', repeat('résolution ')],
    ['long digit run', repeat('7')],
    ['digits and slashes', repeat('1/')],
    ['article repeated', repeat('article ')],
    ['pinpoint chains', repeat("paragraphe 1 de l'alinéa a) du "), DENSE],
    ['lists', repeat('décisions 1/5, '), DENSE],
    ['report brackets', repeat('rapport (')],
    ['spaces', repeat(' ')],
    ['no-break spaces', repeat('\u00a0')],
    [
      'lists past relative clauses',
      repeat('resolutions 8/12 of 18 June 2008, in which it extended the mandate, and '),
      DENSE,
    ],
    ['spaced slashes', repeat('A / RES / ')],
    ['author headings', repeat('The General Assembly,\nRecalling its resolution ')],
    ['treaty nouns', repeat('Convention against Corruption Protocol ')],
    ['short body names', repeat('Council Commission Assembly GA ')],
  ] as [string, (size: number) => string, number?][])(
    '%s',
    (_name, make, bound = 12) => {
      timed(make(SMALL / 5)); // warm-up: V8 tiers the regexes up before either size is timed
      const smallInput = make(SMALL);
      const largeInput = make(LARGE);
      // A second round only when the first exceeds the bound: a loaded machine can spoil one round, while a superlinear
      // step (a quadratic one takes 64×) fails both.
      let [small, large] = bestTimes(smallInput, largeInput);
      if (large > bound * Math.max(small, 2)) [small, large] = bestTimes(smallInput, largeInput);
      expect(large, `${small.toFixed(1)} ms at 125 kB, ${large.toFixed(1)} ms at 1 MB`).toBeLessThanOrEqual(
        bound * Math.max(small, 2),
      );
    },
    120_000,
  ); // up to 16 runs of 1 MB each on a loaded machine
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildBench } from '../../bench/build';
import { RESULT_KEYS, incompleteKeys, valueAt, type BenchResults } from '../../bench/results';
import { runBench } from '../../bench/run-bench';
import { renderTable } from '../../bench/table';

// A tiny run of the benchmark harness (one repetition, a 64 KB page, two hovers per condition, a dozen queries) so
// it cannot rot: every measurement must still run and give a number. Its figures are not looked at. It measures the
// benchmark build (the only one whose pages get Renvoi's performance measures), built here as `npm run bench` does.
describe('benchmark harness (smoke run)', () => {
  let results: BenchResults;
  beforeAll(async () => {
    buildBench();
    results = await runBench({ repetitions: 1, smoke: true, log: () => undefined });
  }, 300_000);

  it('measured every key', () => {
    expect(results.run.notMeasured).toEqual({});
    expect(incompleteKeys(results)).toEqual([]);
  });

  it.each(RESULT_KEYS)('%s is a finite number', (key) => {
    const value = valueAt(results, key);
    expect(typeof value).toBe('number');
    expect(Number.isFinite(value)).toBe(true);
  });

  it('names the machine', () => {
    expect(results.machine).toMatchObject({
      cores: expect.any(Number),
      node: process.version,
      chromium: expect.stringMatching(/\d+\.\d+/),
    });
  });

  it('prints a table row for every measurement', () => {
    const table = renderTable(results);
    expect(table).toContain('Hover to card, service worker stopped');
    expect(table).not.toContain('not measured');
  });
});

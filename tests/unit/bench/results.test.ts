import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { incompleteKeys, RESULT_KEYS, valueAt } from '../../../bench/results';
import { TABLE_END, TABLE_START, tableBlock, withTable } from '../../../bench/readme';
import { renderTable } from '../../../bench/table';
import { meets, TARGETS } from '../../../bench/targets';
import { benchResults } from './bench-factory';

describe('results keys', () => {
  it('lists the stable keys of the issue, each once', () => {
    expect(RESULT_KEYS).toHaveLength(19);
    expect(new Set(RESULT_KEYS).size).toBe(RESULT_KEYS.length);
  });

  it('finds no gap in a complete run', () => {
    expect(incompleteKeys(benchResults())).toEqual([]);
  });

  it.each([
    { change: { seed_ms: null }, missing: ['seed_ms'] },
    { change: { engine_mb_per_s: Number.NaN }, missing: ['engine_mb_per_s'] },
    { change: { hover: { warm_p95_ms: 3, cold_p95_ms: null } }, missing: ['hover.cold_p95_ms'] },
    { change: { machine: null }, missing: ['machine'] },
  ])('reports $missing when missing or not a number', ({ change, missing }) => {
    expect(incompleteKeys({ ...benchResults(), ...change })).toEqual(missing);
  });

  it('reads dotted paths', () => {
    expect(valueAt(benchResults(), 'scan.synthetic.markjs_ms')).toBe(200);
    expect(valueAt(benchResults(), 'scan.nowhere.x')).toBeUndefined();
  });
});

describe('targets', () => {
  const target = (key: string) => TARGETS.find((t) => t.key === key)!;
  it.each([
    { key: 'hover.warm_p95_ms', value: 16, ok: true },
    { key: 'hover.warm_p95_ms', value: 16.1, ok: false },
    { key: 'engine_mb_per_s', value: 20, ok: true },
    { key: 'engine_mb_per_s', value: 19.9, ok: false },
    { key: 'size.content_gzip_bytes', value: 30 * 1024, ok: true },
    { key: 'seed_ms', value: null, ok: null },
  ])('$key = $value meets its target: $ok', ({ key, value, ok }) => {
    expect(meets(target(key), value)).toBe(ok);
  });
});

describe('table and README', () => {
  it('prints each figure with its verdict', () => {
    const table = renderTable(benchResults());
    expect(table).toMatch(/\| Scan, 2 MB page: Renvoi \/ mark\.js \| 0\.50× \|.*\| ≤ 0\.50× \| met \|/);
    expect(table).toMatch(/\| Hover to card, warm \| 4\.00 ms \| 20\.0 ms \| 50 \| ≤ 16\.0 ms \| \*\*missed\*\* \|/);
  });

  it('replaces only what lies between the markers, with a table Prettier leaves as it is', async () => {
    const readme = `# Title\n\nBefore.\n\n${TABLE_START}\nold table\n${TABLE_END}\n\nAfter.\n`;
    const block = await tableBlock(benchResults());
    const updated = withTable(readme, block);
    expect(updated).toBe(`# Title\n\nBefore.\n\n${TABLE_START}\n\n${block}\n\n${TABLE_END}\n\nAfter.\n`);
    expect(block).toMatch(/^\| Measurement +\| +Median \|/);
    expect(block).toContain('Test CPU, 2 cores');
    expect(await format(updated, { parser: 'markdown' })).toBe(updated);
  });

  it('refuses a README without markers', () => {
    expect(() => withTable('# Title\n', 'table')).toThrow(/markers/);
  });
});

import type { BenchResults } from '../../../bench/results';

/** A complete results object with round figures; override what a test is about. */
export function benchResults(overrides: Partial<BenchResults> = {}): BenchResults {
  const ms = (median: number, p95 = median * 2, n = 7) => ({ median, p95, n, unit: 'ms' as const });
  return {
    scan: {
      compendium: { renvoi_ms: 30, floor_ms: 10, markjs_ms: 60 },
      synthetic: { renvoi_ms: 100, floor_ms: 40, markjs_ms: 200 },
    },
    longtask_max_ms: 40,
    hover: { warm_p95_ms: 20, cold_p95_ms: 12 },
    popup: { ready_ms: 120, keystroke_p95_ms: 3 },
    search_peer: { fuse_p95_ms: 2, minisearch_p95_ms: 3, fuse_hit_rate: 0.98, minisearch_hit_rate: 0.9 },
    seed_ms: 250,
    size: { content_gzip_bytes: 28_000, total_bytes: 650_000 },
    engine_mb_per_s: 25,
    machine: { cpu: 'Test CPU', cores: 2, memory_gb: 8, os: 'linux', node: 'v20', chromium: 'Chromium 1.2.3' },
    ratios: {
      compendium: { renvoi_floor: 3, renvoi_markjs: 0.5 },
      synthetic: { renvoi_floor: 2.5, renvoi_markjs: 0.5 },
    },
    details: {
      'scan.synthetic.renvoi': ms(100),
      'hover.warm': { median: 4, p95: 20, n: 50, unit: 'ms' },
      engine: { median: 25, p95: 26, n: 10, unit: 'MB/s' },
    },
    run: {
      date: '2026-01-01T00:00:00.000Z',
      repetitions: 7,
      smoke: false,
      commit: 'abc1234',
      notMeasured: {},
      notes: {},
    },
    ...overrides,
  };
}

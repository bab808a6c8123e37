/**
 * The shape of `bench/results.json`. The keys the issue lists are stable (other tools read them); `ratios`,
 * `details` and `run` carry the rest of what a run measured. A figure that could not be measured is `null`, with
 * the reason in `run.notMeasured`, so a missing feature never passes for a fast one.
 */

import type { Machine } from './machine';
import type { Summary } from './stats';

type Ms = number | null;

export interface ScanFigures {
  renvoi_ms: Ms;
  floor_ms: Ms;
  markjs_ms: Ms;
}

/** One measurement's samples, summarised, with its unit. */
export interface Detail extends Summary {
  unit: 'ms' | 'MB/s' | 'bytes' | 'share';
}

export interface BenchResults {
  scan: { compendium: ScanFigures; synthetic: ScanFigures };
  longtask_max_ms: Ms;
  hover: { warm_p95_ms: Ms; cold_p95_ms: Ms };
  popup: { ready_ms: Ms; keystroke_p95_ms: Ms };
  search_peer: {
    fuse_p95_ms: Ms;
    minisearch_p95_ms: Ms;
    fuse_hit_rate: number | null;
    minisearch_hit_rate: number | null;
  };
  seed_ms: Ms;
  size: { content_gzip_bytes: number | null; total_bytes: number | null };
  engine_mb_per_s: number | null;
  /** The PDF reader's figures judged by a target (absent when the reader was not measured). */
  pdf?: { first_marks_max_ms: Ms; page_marks_p95_ms: Ms; index_ms: Ms; index_step_max_ms: Ms };
  machine: Machine;
  /** Renvoi's scan time over the floor's and over mark.js's, per page (medians). */
  ratios: Record<'compendium' | 'synthetic', { renvoi_floor: number | null; renvoi_markjs: number | null }>;
  /** Every measurement's median, p95 and sample count, by name. */
  details: Record<string, Detail>;
  run: {
    date: string;
    /** Repetitions of the page scans, seeding and popup openings. */
    repetitions: number;
    /** A smoke run (one repetition, small page): its figures say nothing about speed. */
    smoke: boolean;
    /** The commit the run measured (`git describe`), with `-dirty` when the tree had changes. */
    commit: string;
    /** Key → why it has no figure. */
    notMeasured: Record<string, string>;
    /** Anything else worth knowing about the run (page sizes, counts, misses). */
    notes: Record<string, unknown>;
  };
}

/** The stable keys, as dotted paths, in the order (every one is a number; `machine` is an object). */
export const RESULT_KEYS = [
  'scan.compendium.renvoi_ms',
  'scan.compendium.floor_ms',
  'scan.compendium.markjs_ms',
  'scan.synthetic.renvoi_ms',
  'scan.synthetic.floor_ms',
  'scan.synthetic.markjs_ms',
  'longtask_max_ms',
  'hover.warm_p95_ms',
  'hover.cold_p95_ms',
  'popup.ready_ms',
  'popup.keystroke_p95_ms',
  'search_peer.fuse_p95_ms',
  'search_peer.minisearch_p95_ms',
  'search_peer.fuse_hit_rate',
  'search_peer.minisearch_hit_rate',
  'seed_ms',
  'size.content_gzip_bytes',
  'size.total_bytes',
  'engine_mb_per_s',
] as const;

export type ResultKey = (typeof RESULT_KEYS)[number];

/** The value at a dotted path (`scan.compendium.renvoi_ms`), or undefined. */
export function valueAt(results: unknown, path: string): unknown {
  let value: unknown = results;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Keys with no finite number, plus `machine` when it is missing: what a complete run must not have. */
export function incompleteKeys(results: unknown): string[] {
  const missing: string[] = RESULT_KEYS.filter((key) => {
    const value = valueAt(results, key);
    return typeof value !== 'number' || !Number.isFinite(value);
  });
  const machine = valueAt(results, 'machine');
  if (typeof machine !== 'object' || machine === null) missing.push('machine');
  return missing;
}

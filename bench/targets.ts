/**
 * The targets. They are reported next to each figure, never asserted: a benchmark informs, it does not fail
 * the build.
 */

export interface Target {
  /** Dotted key in the results (`ratios.synthetic.renvoi_markjs`). */
  key: string;
  label: string;
  /** `max`: the figure must not exceed `limit`; `min`: must reach it. */
  kind: 'max' | 'min';
  limit: number;
  unit: string;
}

/** 30 KB, counted in KiB (1 KB = 1024 bytes), the stricter reading. */
export const CONTENT_GZIP_LIMIT = 30 * 1024;

export const TARGETS: readonly Target[] = [
  {
    key: 'ratios.compendium.renvoi_markjs',
    label: 'scan renvoi/mark.js, compendium',
    kind: 'max',
    limit: 0.5,
    unit: '×',
  },
  {
    key: 'ratios.synthetic.renvoi_markjs',
    label: 'scan renvoi/mark.js, 2 MB page',
    kind: 'max',
    limit: 0.5,
    unit: '×',
  },
  { key: 'ratios.compendium.renvoi_floor', label: 'scan renvoi/floor, compendium', kind: 'max', limit: 3, unit: '×' },
  { key: 'ratios.synthetic.renvoi_floor', label: 'scan renvoi/floor, 2 MB page', kind: 'max', limit: 3, unit: '×' },
  { key: 'longtask_max_ms', label: 'longest task while annotating', kind: 'max', limit: 50, unit: 'ms' },
  { key: 'hover.warm_p95_ms', label: 'hover to card, warm (p95)', kind: 'max', limit: 16, unit: 'ms' },
  { key: 'hover.cold_p95_ms', label: 'hover to card, worker stopped (p95)', kind: 'max', limit: 16, unit: 'ms' },
  { key: 'popup.ready_ms', label: 'popup ready', kind: 'max', limit: 150, unit: 'ms' },
  { key: 'popup.keystroke_p95_ms', label: 'popup keystroke (p95)', kind: 'max', limit: 5, unit: 'ms' },
  { key: 'search_peer.fuse_p95_ms', label: 'search keystroke in Node (p95)', kind: 'max', limit: 5, unit: 'ms' },
  { key: 'seed_ms', label: 'seeding', kind: 'max', limit: 300, unit: 'ms' },
  { key: 'size.content_gzip_bytes', label: 'content script gzip', kind: 'max', limit: CONTENT_GZIP_LIMIT, unit: 'B' },
  { key: 'engine_mb_per_s', label: 'engine throughput', kind: 'min', limit: 20, unit: 'MB/s' },
  { key: 'pdf.first_marks_max_ms', label: 'PDF: first page marks', kind: 'max', limit: 150, unit: 'ms' },
  { key: 'pdf.page_marks_p95_ms', label: 'PDF: page marks (p95)', kind: 'max', limit: 50, unit: 'ms' },
  { key: 'pdf.index_ms', label: 'PDF: whole-document index', kind: 'max', limit: 1000, unit: 'ms' },
  { key: 'pdf.index_step_max_ms', label: 'PDF: longest index step', kind: 'max', limit: 50, unit: 'ms' },
];

/** Whether a figure meets its target; null when there is no figure. */
export function meets(target: Target, value: number | null | undefined): boolean | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return target.kind === 'max' ? value <= target.limit : value >= target.limit;
}

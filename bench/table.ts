/**
 * The results as a Markdown table (printed by `npm run bench` and pasted into the README by `--readme`): each
 * measurement's median and p95, its target and whether it was met, then the machine it ran on.
 */

import type { BenchResults, Detail } from './results';
import { valueAt } from './results';
import { meets, TARGETS, type Target } from './targets';

interface Row {
  label: string;
  /** Key in `details` for the median / p95 / n columns. */
  detail?: string;
  /** Dotted key of a single figure (ratios, hit rates) when there is no detail. */
  value?: string;
  /** Dotted key of the target this row is judged by. */
  target?: string;
}

const ROWS: readonly Row[] = [
  { label: 'Scan, compendium: Renvoi (full annotation)', detail: 'scan.compendium.renvoi' },
  { label: 'Scan, compendium: floor (TreeWalker read)', detail: 'scan.compendium.floor' },
  { label: 'Scan, compendium: mark.js `markRegExp`', detail: 'scan.compendium.markjs' },
  {
    label: 'Scan, compendium: Renvoi / floor',
    value: 'ratios.compendium.renvoi_floor',
    target: 'ratios.compendium.renvoi_floor',
  },
  {
    label: 'Scan, compendium: Renvoi / mark.js',
    value: 'ratios.compendium.renvoi_markjs',
    target: 'ratios.compendium.renvoi_markjs',
  },
  { label: 'Compendium: DOMContentLoaded to first visible marks', detail: 'scan.compendium.first_visible' },
  { label: 'Compendium: engine first use (compiling), engine time', detail: 'scan.compendium.engine_first_use' },
  { label: '… the same, wall time with its yields', detail: 'scan.compendium.engine_first_use_wall' },
  { label: 'Scan, 2 MB page: Renvoi (full annotation)', detail: 'scan.synthetic.renvoi' },
  { label: 'Scan, 2 MB page: floor (TreeWalker read)', detail: 'scan.synthetic.floor' },
  { label: 'Scan, 2 MB page: mark.js `markRegExp`', detail: 'scan.synthetic.markjs' },
  {
    label: 'Scan, 2 MB page: Renvoi / floor',
    value: 'ratios.synthetic.renvoi_floor',
    target: 'ratios.synthetic.renvoi_floor',
  },
  {
    label: 'Scan, 2 MB page: Renvoi / mark.js',
    value: 'ratios.synthetic.renvoi_markjs',
    target: 'ratios.synthetic.renvoi_markjs',
  },
  { label: 'Longest task while annotating the 2 MB page', detail: 'longtask', target: 'longtask_max_ms' },
  { label: 'Longest animation frame while annotating the 2 MB page', detail: 'long_frame' },
  { label: '… of which rendering (style, layout, paint)', detail: 'long_frame_render' },
  { label: 'Hover to card, warm', detail: 'hover.warm', target: 'hover.warm_p95_ms' },
  { label: 'Hover to card, service worker stopped', detail: 'hover.cold', target: 'hover.cold_p95_ms' },
  { label: 'Hover: dwell end to card in the DOM (warm)', detail: 'hover.warm_render' },
  { label: 'Hover: a frame painting one pixel, same page (the floor)', detail: 'hover.idle_frame' },
  { label: 'Popup: open to results', detail: 'popup.ready', target: 'popup.ready_ms' },
  { label: 'Popup: search index ready (from open)', detail: 'popup.engine_ready' },
  { label: 'Popup: search per keystroke', detail: 'popup.keystroke', target: 'popup.keystroke_p95_ms' },
  { label: 'Popup: search and render per keystroke', detail: 'popup.keystroke_with_render' },
  {
    label: 'Search per keystroke, Node: Renvoi (`lib/search`, Fuse.js)',
    detail: 'search.fuse',
    target: 'search_peer.fuse_p95_ms',
  },
  { label: 'Search per keystroke, Node: MiniSearch', detail: 'search.minisearch' },
  { label: 'Search hit rate: Renvoi (`lib/search`, Fuse.js)', value: 'search_peer.fuse_hit_rate' },
  { label: 'Search hit rate: MiniSearch', value: 'search_peer.minisearch_hit_rate' },
  { label: 'Seeding the corpus (message round trip)', detail: 'seed.roundtrip', target: 'seed_ms' },
  { label: 'Seeding: write transaction alone', detail: 'seed.transaction' },
  { label: 'Content script, gzip', value: 'size.content_gzip_bytes', target: 'size.content_gzip_bytes' },
  {
    label: "… its citation engine (`engine.js`), imported once the page's text may hold a citation, gzip",
    detail: 'size.lazy.engine',
  },
  {
    label: '… its card UI (`card-ui.js`, with the card stylesheet), imported on a page with citations, gzip',
    detail: 'size.lazy.card-ui',
  },
  { label: '… both modules, gzip', detail: 'size.content_lazy_gzip' },
  { label: 'Whole extension', value: 'size.total_bytes' },
  { label: 'Citation engine in Node, per CPU second (p95: slow end)', detail: 'engine', target: 'engine_mb_per_s' },
  { label: 'Citation engine in Node, per wall-clock second', detail: 'engine.wall' },
  { label: '… per CPU second of its own thread (V8 helper threads left out)', detail: 'engine.main_thread' },
  { label: "… V8 helper threads' CPU time per pass (TurboFan compiling, marking)", detail: 'engine.helper_threads' },
  {
    label: "PDF reader: first page's marks after pdf.js's first text layer (target: every run)",
    detail: 'pdf.first_marks',
    target: 'pdf.first_marks_max_ms',
  },
  { label: '… the first page with citations, after its text layer', detail: 'pdf.first_cited_marks' },
  {
    label: "PDF reader: a page's marks after its text layer",
    detail: 'pdf.page_marks',
    target: 'pdf.page_marks_p95_ms',
  },
  { label: 'PDF reader: whole-document index, compendium PDF', detail: 'pdf.index', target: 'pdf.index_ms' },
  { label: '… its longest step on the main thread', detail: 'pdf.index_step', target: 'pdf.index_step_max_ms' },
  { label: '… longest task of the page meanwhile (pdf.js rendering included)', detail: 'pdf.index_longtask' },
  { label: 'PDF reader: its files (pdf.js and worker included), gzip', detail: 'pdf.assets_gzip' },
];

/** A figure in its unit, short. */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
    case 'MB/s':
      return `${value.toFixed(1)} MB/s`;
    case 'B':
    case 'bytes':
      return value >= 1024 ? `${(value / 1024).toFixed(1)} KiB` : `${value} B`;
    case 'share':
      return `${(value * 100).toFixed(1)} %`;
    case '×':
      return `${value.toFixed(2)}×`;
    default:
      return String(value);
  }
}

const targetByKey = new Map(TARGETS.map((t) => [t.key, t]));

function targetText(target: Target): string {
  return `${target.kind === 'max' ? '≤' : '≥'} ${formatValue(target.limit, target.unit)}`;
}

/** The figure a target judges: the key's value. */
function verdict(results: BenchResults, target: Target | undefined): string {
  if (!target) return '';
  const ok = meets(target, valueAt(results, target.key) as number | null);
  return ok === null ? 'not measured' : ok ? 'met' : '**missed**';
}

/** The Markdown table of a run. */
export function renderTable(results: BenchResults): string {
  const lines = ['| Measurement | Median | p95 | Runs | Target | Result |', '| --- | --: | --: | --: | --- | --- |'];
  for (const row of ROWS) {
    const target = row.target ? targetByKey.get(row.target) : undefined;
    const detail: Detail | undefined = row.detail ? results.details[row.detail] : undefined;
    let median: string;
    let p95 = '';
    let n = '';
    if (detail) {
      median = formatValue(detail.median, detail.unit);
      p95 = formatValue(detail.p95, detail.unit);
      n = String(detail.n);
    } else {
      const unit = row.value?.startsWith('ratios.') ? '×' : row.value?.includes('hit_rate') ? 'share' : 'bytes';
      median = formatValue(valueAt(results, row.value ?? '') as number | null, unit);
    }
    lines.push(
      `| ${row.label} | ${median} | ${p95} | ${n} | ${target ? targetText(target) : ''} | ${verdict(results, target)} |`,
    );
  }
  return lines.join('\n');
}

/** One line naming the machine and the run. */
export function machineLine(results: BenchResults): string {
  const m = results.machine;
  const load = results.run.notes.load_average_start;
  return (
    `${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, ${m.os}; Node ${m.node}; ${m.chromium}. ` +
    (Array.isArray(load) ? `Load average at the start ${load.join(' / ')} (1 / 5 / 15 min). ` : '') +
    `Run ${results.run.date} at ${results.run.commit}, ${results.run.repetitions} repetitions` +
    `${results.run.smoke ? ' (smoke run: not a measurement)' : ''}.`
  );
}

/**
 * Renvoi's page scan in the browser with the extension: each repetition loads the page afresh and waits for the
 * content script's `renvoi:scan` measure (a whole pass: read the text, find, classify and resolve citations, register
 * the highlights; see `lib/page/scan/scan-queue.ts` and `lib/page/bench-hooks.ts`).
 *
 * Observers installed before the page's own scripts record every main-thread task over 50 ms (`longtask`) and every
 * animation frame over 50 ms (`long-animation-frame`, which also counts the rendering a task causes and the frames a
 * busy main thread delays). The longest of each overlapping the annotation — the scan, and the rendering of its marks
 * just after — is that run's figure.
 */

import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../tooling/browsers/launch';

export interface RenvoiScan {
  scanMs: number[];
  /** Per repetition: the longest task (ms) during the annotation; 0 when no task reached 50 ms. */
  longestTaskMs: number[];
  /** Per repetition: the longest animation frame during the annotation; 0 when none reached 50 ms. */
  longestFrameMs: number[];
  /** Per repetition: the longest time one of those frames spent rendering (style, layout, paint). */
  longestFrameRenderMs: number[];
  /** Per repetition: time from navigation start to the end of the scan. */
  annotatedAtMs: number[];
  /**
   * Per repetition: from `DOMContentLoaded` (the event's start) to the frame that paints the marks of the text in
   * view (`renvoi:visible-marks`): what a reader waits for.
   */
  firstVisibleMs: number[];
  /** Per repetition: the engine's first use on the page (`renvoi:warm-up`), engine time alone (compiling). */
  warmUpCpuMs: number[];
  /** Per repetition: the same warm-up, wall time with its yields to the page. */
  warmUpWallMs: number[];
  /** Citations found by the scan (last repetition), from the measure's detail. */
  citations: number;
  /**
   * Ranges in Renvoi's citation highlight after the scan (last repetition): every citation on a page with few of
   * them; on a page with thousands, only those near the viewport (`lib/page/marks/highlight-window.ts`).
   */
  highlighted: number;
}

/** Runs in the page before its scripts: keeps every long task and long animation frame. */
const OBSERVERS = `
  window.__renvoiBenchLongTasks = [];
  window.__renvoiBenchFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__renvoiBenchLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const render = e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0;
        window.__renvoiBenchFrames.push([e.startTime, e.duration, render]);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

/**
 * How long a scan may take before the run gives up on it: the 2 MB page takes about a second, several on a busy
 * two-core machine. Short enough that a content script which never reports fails the smoke test with its reason.
 */
const SCAN_TIMEOUT_MS = 30_000;
/** After the scan, the marks are styled and painted: the annotation's tasks and frames are looked for this long. */
export const AFTER_SCAN_MS = 600;

interface PageFigures {
  scan: { start: number; duration: number };
  /** [start, duration] */
  longtasks: [number, number][];
  /** [start, duration, rendering] */
  frames: [number, number, number][];
  citations: number;
  highlighted: number;
  /** End of `renvoi:visible-marks` minus the start of `DOMContentLoaded` (NaN when either is missing). */
  firstVisible: number;
  warmUp: { wall: number; cpu: number };
}

function readFigures(): PageFigures {
  const [scan] = performance.getEntriesByName('renvoi:scan', 'measure') as PerformanceMeasure[];
  const [visible] = performance.getEntriesByName('renvoi:visible-marks', 'measure') as PerformanceMeasure[];
  const [warmUp] = performance.getEntriesByName('renvoi:warm-up', 'measure') as PerformanceMeasure[];
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const highlight = CSS.highlights.get('renvoi-citation') as unknown as { size: number } | undefined;
  const win = window as unknown as {
    __renvoiBenchLongTasks?: [number, number][];
    __renvoiBenchFrames?: [number, number, number][];
  };
  return {
    scan: { start: scan?.startTime ?? Number.NaN, duration: scan?.duration ?? Number.NaN },
    longtasks: win.__renvoiBenchLongTasks ?? [],
    frames: win.__renvoiBenchFrames ?? [],
    citations: (scan?.detail as { citations?: number } | null)?.citations ?? Number.NaN,
    highlighted: highlight?.size ?? 0,
    firstVisible: visible && nav ? visible.startTime + visible.duration - nav.domContentLoadedEventStart : Number.NaN,
    warmUp: {
      wall: warmUp?.duration ?? Number.NaN,
      cpu: (warmUp?.detail as { cpuMs?: number } | null)?.cpuMs ?? Number.NaN,
    },
  };
}

/** Loads `url` in `page`, waits until Renvoi has annotated it and `settleMs` more, and reads the figures. */
export async function loadAnnotated(page: Page, url: string, settleMs = 0): Promise<PageFigures> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('renvoi:scan', 'measure').length > 0, null, {
    timeout: SCAN_TIMEOUT_MS,
    polling: 50,
  });
  // The visible marks' measure is taken once their frame is painted, which may follow the scan's end.
  await page
    .waitForFunction(() => performance.getEntriesByName('renvoi:visible-marks', 'measure').length > 0, null, {
      timeout: 2000,
      polling: 50,
    })
    .catch(() => undefined);
  if (settleMs > 0) await page.waitForTimeout(settleMs);
  return page.evaluate(readFigures);
}

/** The longest `[start, duration, …]` entry overlapping `[from, to]`, by the value at `index`; 0 when none. */
function longestIn(entries: readonly number[][], from: number, to: number, index: number): number {
  const during = entries.filter(([start, duration]) => start! < to && start! + duration! > from);
  return Math.max(0, ...during.map((entry) => entry[index]!));
}

export async function measureRenvoiScan(
  session: ExtensionSession,
  url: string,
  repetitions: number,
): Promise<RenvoiScan> {
  const out: RenvoiScan = {
    scanMs: [],
    longestTaskMs: [],
    longestFrameMs: [],
    longestFrameRenderMs: [],
    annotatedAtMs: [],
    firstVisibleMs: [],
    warmUpCpuMs: [],
    warmUpWallMs: [],
    citations: 0,
    highlighted: 0,
  };
  const page = await session.context.newPage();
  await page.addInitScript(OBSERVERS);
  try {
    for (let i = 0; i < repetitions; i++) {
      const figures = await loadAnnotated(page, url, AFTER_SCAN_MS);
      const { scan, longtasks, frames, citations, highlighted } = figures;
      if (Number.isFinite(figures.firstVisible)) out.firstVisibleMs.push(figures.firstVisible);
      if (Number.isFinite(figures.warmUp.cpu)) out.warmUpCpuMs.push(figures.warmUp.cpu);
      if (Number.isFinite(figures.warmUp.wall)) out.warmUpWallMs.push(figures.warmUp.wall);
      const end = scan.start + scan.duration;
      out.scanMs.push(scan.duration);
      out.longestTaskMs.push(longestIn(longtasks, scan.start, end + AFTER_SCAN_MS, 1));
      out.longestFrameMs.push(longestIn(frames, scan.start, end + AFTER_SCAN_MS, 1));
      out.longestFrameRenderMs.push(longestIn(frames, scan.start, end + AFTER_SCAN_MS, 2));
      out.annotatedAtMs.push(end);
      out.citations = citations;
      out.highlighted = highlighted;
    }
  } finally {
    await page.close();
  }
  return out;
}

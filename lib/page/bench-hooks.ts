/**
 * Benchmark hooks: the measures `bench/` reads from the page's performance timeline. They are kept together in this
 * one module so that a build can leave them out in one place; the page layer calls nothing else of the Performance
 * API for the benchmark.
 *
 * Only a benchmark build writes them (`WXT_RENVOI_BENCH=true`, set by `npm run bench`): the timeline is the page's
 * own, where page scripts and analytics would read that Renvoi is installed, how many citations it found and when the
 * reader hovers one. In a normal build Vite replaces the flag by `undefined` at build time, so no measure is written.
 */

/*
 * Each hook tests the flag itself, first thing (read at each call, so tests can switch it with `vi.stubEnv`): in a
 * normal build the test folds to `return`, the minifier empties the hook and drops its calls, so the content script
 * carries none of this. A shared `benchHooksOn()` would stay in as a function the minifier does not inline (167 B gzip).
 */

/** The clock the hooks measure with. */
export const hookNow = (): number => performance.now();

/**
 * One scanning pass — read, find, classify, resolve, register the highlights — as a `renvoi:scan` (whole root) or
 * `renvoi:rescan` measure. Its detail counts the citations found: on pages with many, `CSS.highlights` holds only
 * those near the viewport.
 */
export function measurePass(whole: boolean, start: number, citations: number): void {
  if (import.meta.env.WXT_RENVOI_BENCH !== 'true') return;
  performance.measure(whole ? 'renvoi:scan' : 'renvoi:rescan', { start, detail: { citations } });
}

/**
 * From the end of the dwell delay to the card painted with its data, as a `renvoi:hover` measure: a task queued
 * from the next animation frame runs once that frame is painted.
 */
export function measureHoverPainted(
  start: number,
  state: string,
  requestAnimationFrame: (callback: FrameRequestCallback) => number,
): void {
  if (import.meta.env.WXT_RENVOI_BENCH !== 'true') return;
  requestAnimationFrame(() => setTimeout(() => performance.measure('renvoi:hover', { start, detail: { state } }), 0));
}

/**
 * The first full pass has registered the marks of the runs in view: `renvoi:visible-marks` from the pass's start to
 * the frame that paints them (what a reader waits for; the benchmark counts it from `DOMContentLoaded`).
 */
export function measureVisibleMarks(start: number, requestAnimationFrame: (callback: FrameRequestCallback) => number) {
  if (import.meta.env.WXT_RENVOI_BENCH !== 'true') return;
  requestAnimationFrame(() => setTimeout(() => performance.measure('renvoi:visible-marks', { start }), 0));
}

/**
 * The engine's first use on the page (`warm-up.ts`): `renvoi:warm-up` spans the warm-up with its yields; its detail
 * `cpuMs` is the time spent in the engine alone, mostly compiling its regular expressions.
 */
export function measureWarmUp(start: number, cpuMs: number): void {
  if (import.meta.env.WXT_RENVOI_BENCH !== 'true') return;
  performance.measure('renvoi:warm-up', { start, detail: { cpuMs } });
}

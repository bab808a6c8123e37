/**
 * Cooperative time slicing: long work (scanning a page of several MB) checks `shouldYield()` between small steps and
 * awaits `yield()` when its slice is used up, so no main-thread task runs past the budget and the page stays
 * responsive. A yield is a message-channel hop: a plain task, queued behind the page's own (unlike
 * `scheduler.yield()`, whose continuations jump the queue and would hold back the page's timers for a whole scan),
 * and not clamped to 4 ms like nested `setTimeout`.
 */

export interface Slicer {
  /** True when the current slice has used its budget. */
  shouldYield(): boolean;
  /** Lets the page run, then starts a new slice. Rejects with the signal's reason once it is aborted. */
  yield(): Promise<void>;
}

/** Work per slice, well under the 50 ms that counts as a long task (a step may overrun it a little). */
export const SLICE_BUDGET_MS = 8;

function defaultWait(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function createSlicer(
  signal: AbortSignal,
  budgetMs = SLICE_BUDGET_MS,
  now: () => number = () => performance.now(),
  wait: () => Promise<void> = defaultWait,
): Slicer {
  let sliceStart = now();
  return {
    shouldYield: () => now() - sliceStart >= budgetMs,
    async yield() {
      signal.throwIfAborted();
      await wait();
      signal.throwIfAborted();
      sliceStart = now();
    },
  };
}

/**
 * What to read and when: a full pass over the root when started (and on request), then a rescan of the blocks the
 * mutation watcher reports changed. Passes run one after another, each time-sliced (a fresh `Slicer`) and abortable;
 * work queued while stopped is dropped, and stopping aborts the pass under way at its next yield and stops watching.
 * Each finished pass is a benchmark measure (`bench-hooks.ts`).
 */

import { hookNow, measurePass, measureVisibleMarks } from '../bench-hooks';
import type { PageLifetime } from '../session-types';
import { EngineUnavailable } from './engine-on-demand';
import { watchMutations, type MutationWatcher } from './mutation-watcher';
import { rescanBlocks, scanRoot, type ScanContext } from './page-scan';
import { createSlicer } from './slicer';

export interface ScanQueueDeps {
  win: Window;
  /** Timers and frames; the queue stops when its signal aborts (the content script's lifetime). */
  lifetime: PageLifetime;
  /** What a pass reads with (the slicer and the frame wait are the queue's). */
  context(): Omit<ScanContext, 'slicer' | 'afterFrame'>;
  /** The node whose changes are watched (the document element, or a viewer's container). */
  watchRoot(): Node;
  /** A full pass has marked the runs in view (the rest follow): time to make marks visible. */
  inView(): void;
  /** After each pass that was not aborted. */
  afterPass(): void;
}

/** A full pass over the root, or a rescan of these elements (each a block or any subtree). */
export type ScanWork = readonly Element[] | 'all';

export interface ScanQueue {
  readonly running: boolean;
  /** Starts watching and queues a full pass; returns the signal that aborts when the queue stops. */
  start(): AbortSignal;
  /** Aborts the pass under way, drops queued work, stops watching. */
  stop(): void;
  enqueue(work: ScanWork): void;
  /** Resolves once every pass queued so far has finished (or been aborted). */
  idle(): Promise<void>;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Resolves after the next rendered frame; a hidden tab renders none, so at most 100 ms later. */
export function afterRenderedFrame(
  lifetime: Pick<PageLifetime, 'setTimeout' | 'requestAnimationFrame'>,
): Promise<void> {
  return new Promise<void>((resolve) => {
    lifetime.requestAnimationFrame(() => lifetime.setTimeout(resolve, 0));
    lifetime.setTimeout(resolve, 100);
  });
}

export function createScanQueue(deps: ScanQueueDeps): ScanQueue {
  const { win, lifetime } = deps;
  let running: AbortController | null = null;
  let watcher: MutationWatcher | null = null;
  let chain: Promise<void> = Promise.resolve();
  /** No full pass has reached the runs in view yet (the benchmark's first visible marks). */
  let first = true;

  async function pass(work: ScanWork, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    const slicer = createSlicer(signal);
    const start = hookNow();
    const ctx: ScanContext = {
      ...deps.context(),
      slicer,
      afterFrame: () => afterRenderedFrame(lifetime),
      // What is in view is marked: make the marks visible now rather than at the end of the pass.
      inViewDone: () => {
        deps.inView();
        if (first) measureVisibleMarks(start, (callback) => lifetime.requestAnimationFrame(callback));
        first = false;
      },
    };
    const complete = work === 'all' ? await scanRoot(ctx) : await rescanBlocks(work, ctx);
    if (signal.aborted) return;
    deps.afterPass();
    measurePass(work === 'all', start, ctx.registry.size);
    // The page changed under the walk: read everything again, at the watcher's (bounded) pace.
    if (!complete) watcher?.requestAll();
  }

  const queue: ScanQueue = {
    get running() {
      return running !== null;
    },
    start() {
      if (running) return running.signal;
      const controller = new AbortController();
      running = controller;
      lifetime.signal.addEventListener('abort', () => controller.abort(), { once: true });
      watcher = watchMutations({
        root: deps.watchRoot(),
        ownHost: () => deps.context().ownHost,
        onDirty: (dirty) => queue.enqueue(dirty),
        setTimeout: (handler, ms) => lifetime.setTimeout(handler, ms),
        clearTimeout: (id) => win.clearTimeout(id),
        now: () => performance.now(),
      });
      queue.enqueue('all');
      return controller.signal;
    },
    stop() {
      running?.abort();
      running = null;
      watcher?.disconnect();
      watcher = null;
    },
    enqueue(work) {
      const signal = running?.signal;
      if (!signal) return;
      chain = chain
        .then(() => pass(work, signal))
        .catch((error: unknown) => {
          if (isAbort(error)) return;
          // No engine (Renvoi was reloaded or updated under the page): said once, and nothing more is read; the
          // pass failed before adding a mark, so the page is as it was.
          if (error instanceof EngineUnavailable) {
            if (running?.signal === signal) queue.stop();
            console.warn(error.message, error.cause);
          } else console.warn('Renvoi: reading the page failed', error);
        });
    },
    idle: () => chain,
  };
  return queue;
}

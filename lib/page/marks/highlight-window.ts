/**
 * Which citation ranges are in the registered `Highlight`. Chrome re-validates every range of a highlight whenever
 * the highlight changes, so a page with thousands of citations would pay for all of them at each rescan (a frame of
 * hundreds of ms on a 2 MB page). Up to `limit` citations every range is registered; beyond, only those of blocks
 * near the viewport (an `IntersectionObserver` with one screen of margin tells which, without forcing layout), and
 * ranges come and go as the reader scrolls. Hit-testing does not depend on it: it reads the registry.
 *
 * Occurrences come in batches (a full pass adds those in view as found, then all the others at once): the batch that
 * takes the page beyond the limit opens the window before any of its ranges is registered, so the highlight never
 * holds a thousand ranges only to drop most of them at the observer's first report (each change makes Chrome
 * re-validate every range at the next frame: 20–30 ms per frame on the 2 MB page, measured).
 */

import type { Occurrence } from '../read/find-in-run';
import type { PageHighlights } from './highlights';

/** What the registry tells about its occurrences. */
export interface HighlightSink {
  add(batch: readonly Occurrence[]): void;
  remove(occ: Occurrence): void;
}

/** Citations a page may have before only those near the viewport are registered. */
export const FULL_HIGHLIGHT_LIMIT = 1000;

export function createHighlightWindow(
  win: Window,
  highlights: PageHighlights,
  /** The occurrences of a block (the registry's index). */
  occurrencesIn: (block: Element) => readonly Occurrence[],
  /** Every block holding occurrences. */
  blocks: () => Iterable<Element>,
  limit = FULL_HIGHLIGHT_LIMIT,
): HighlightSink {
  let total = 0;
  let observer: IntersectionObserver | null = null;
  /** Blocks whose ranges are registered: all of them until the window opens, then those near the viewport. */
  const near = new Set<Element>();
  const observed = new Set<Element>();

  const onIntersect = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const block = entry.target;
      if (entry.isIntersecting) {
        if (near.has(block)) continue;
        near.add(block);
        for (const occ of occurrencesIn(block)) highlights.add(occ.range);
      } else if (near.delete(block)) {
        // Also on a block's first report: ranges registered before the window opened leave once known far away.
        for (const occ of occurrencesIn(block)) highlights.delete(occ.range);
      }
    }
  };

  const observe = (block: Element) => {
    if (!observer || observed.has(block)) return;
    observed.add(block);
    observer.observe(block);
  };

  const openWindow = () => {
    const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    if (!Observer) return;
    observer = new Observer(onIntersect, { rootMargin: '100% 0px' });
    // Until the first report, the ranges registered so far stay (blocks in view must not blink).
    for (const block of blocks()) observe(block);
  };

  return {
    add(batch) {
      if (batch.length === 0) return;
      if (!observer && total + batch.length > limit) openWindow();
      total += batch.length;
      for (const occ of batch) {
        if (observer) {
          observe(occ.block);
          if (!near.has(occ.block)) continue;
        } else {
          near.add(occ.block);
        }
        highlights.add(occ.range);
      }
    },
    remove(occ) {
      total = Math.max(0, total - 1);
      highlights.delete(occ.range);
      if (occurrencesIn(occ.block).length === 0) {
        near.delete(occ.block);
        if (observer) {
          observer.unobserve(occ.block);
          observed.delete(occ.block);
        }
      }
      if (total === 0 && observer) {
        // Everything went (a new page of a single-page app, Renvoi turned off): start again in full mode.
        observer.disconnect();
        observer = null;
        observed.clear();
        near.clear();
      }
    },
  };
}

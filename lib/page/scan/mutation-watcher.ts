/**
 * Watches the page for changes and reports which blocks to read again, debounced: a quiet period (`interval`) after
 * the last change, but never more than twice that after the first, so a page that never stops changing is still
 * followed. When a report had to be forced that way, the page is busy and the interval doubles (up to
 * `maxInterval`), so Renvoi's work stays bounded; a report after a real quiet period brings it back to `quietMs`.
 * Changes inside Renvoi's own host and inside skipped elements (scripts, styles, fields) are ignored, so Renvoi never
 * reacts to itself.
 */

import { isInsideSkipped } from '../read/skip';
import { blockOf, isInlineElement } from '../read/text-runs';

export interface MutationWatcherOptions {
  /** The node to observe (the document element). */
  root: Node;
  ownHost(): Element | null;
  /** The changed blocks, or `all` when too many changed to track them one by one. */
  onDirty(dirty: Element[] | 'all'): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
  /** Quiet period before a flush (ms). */
  quietMs?: number;
  /** Longest interval a busy page can reach (ms); reports then come at most every twice that. */
  maxInterval?: number;
  /** More changed blocks than this in one flush: rescan everything (chunked) instead. */
  maxBlocks?: number;
}

export interface MutationWatcher {
  /** Feeds records (what the observer calls; exposed for tests). */
  take(records: readonly MutationRecord[]): void;
  /** Asks for a full rescan at the watcher's pace (after a scan the page interrupted). */
  requestAll(): void;
  disconnect(): void;
}

const isOwnNode = (node: Node, host: Element | null): boolean =>
  host !== null && (node === host || host.contains(node));

/** The block to rescan for a changed node: the element itself when it is a block, else its nearest block. */
function blockFor(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node as Element)) return node as Element;
  return blockOf(node);
}

export function watchMutations(options: MutationWatcherOptions): MutationWatcher {
  const quiet = options.quietMs ?? 250;
  const maxInterval = options.maxInterval ?? 2000;
  const maxBlocks = options.maxBlocks ?? 200;
  let interval = quiet;
  let dirty = new Set<Element>();
  let all = false;
  let firstAt: number | null = null;
  /** The pending report was scheduled by the longest wait, not by a quiet period. */
  let forced = false;
  let lastFlush = -Infinity;
  let timer: number | null = null;

  const flush = () => {
    timer = null;
    firstAt = null;
    // A busy page waits longer next time; a calm one is back to the base interval.
    interval = forced ? Math.min(maxInterval, interval * 2) : quiet;
    lastFlush = options.now();
    const report = all ? 'all' : [...dirty];
    dirty = new Set();
    all = false;
    if (report === 'all' || report.length > 0) options.onDirty(report);
  };

  const schedule = () => {
    const now = options.now();
    if (firstAt === null) {
      // The first change after a calm spell longer than the longest wait: the page has settled.
      if (now - lastFlush > interval * 2) interval = quiet;
      firstAt = now;
    }
    if (timer !== null) options.clearTimeout(timer);
    const untilMaxWait = firstAt + interval * 2 - now;
    forced = untilMaxWait < interval;
    timer = options.setTimeout(flush, Math.max(0, Math.min(interval, untilMaxWait)));
  };

  const take = (records: readonly MutationRecord[]) => {
    const host = options.ownHost();
    let relevant = false;
    for (const record of records) {
      if (all) {
        relevant = true;
        break;
      }
      const target = record.target;
      if (isOwnNode(target, host)) continue;
      if (record.type === 'childList') {
        const nodes = [...record.addedNodes, ...record.removedNodes];
        // Renvoi's host being added or removed is not a change to the page.
        if (nodes.length > 0 && nodes.every((n) => n === host)) continue;
      }
      if (isInsideSkipped(target, host)) continue;
      const block = blockFor(target);
      if (!block) continue;
      dirty.add(block);
      relevant = true;
      if (dirty.size > maxBlocks) {
        all = true;
        dirty = new Set();
      }
    }
    if (relevant) schedule();
  };

  const observer = new MutationObserver(take);
  observer.observe(options.root, { childList: true, subtree: true, characterData: true });
  return {
    take,
    requestAll() {
      all = true;
      dirty = new Set();
      schedule();
    },
    disconnect() {
      observer.disconnect();
      if (timer !== null) options.clearTimeout(timer);
      timer = null;
    },
  };
}

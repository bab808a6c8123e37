/**
 * Watches the page for changes and reports which blocks to read again, debounced: a quiet period after the last
 * change, but never more than `maxWait` after the first, so a page that never stops changing is still followed. On
 * such pages the interval doubles after each flush that follows closely on the previous one (up to `maxInterval`), so
 * Renvoi's work stays bounded; it returns to the base interval once the page calms down. Changes inside Renvoi's own
 * host and inside skipped elements (scripts, styles, fields) are ignored, so Renvoi never reacts to itself.
 */

import { isInsideSkipped } from './skip';
import { blockOf, isInlineElement } from './text-runs';

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
  /** Longest interval a busy page can reach (ms). */
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
  const maxInterval = options.maxInterval ?? 4000;
  const maxBlocks = options.maxBlocks ?? 200;
  let interval = quiet;
  let dirty = new Set<Element>();
  let all = false;
  let firstAt: number | null = null;
  let lastFlush = -Infinity;
  let timer: number | null = null;

  const flush = () => {
    timer = null;
    firstAt = null;
    const now = options.now();
    // A busy page: the previous flush was recent, so wait longer next time. A calm one: back to the base interval.
    interval = now - lastFlush < interval * 4 ? Math.min(maxInterval, interval * 2) : quiet;
    lastFlush = now;
    const report = all ? 'all' : [...dirty];
    dirty = new Set();
    all = false;
    if (report === 'all' || report.length > 0) options.onDirty(report);
  };

  const schedule = () => {
    const now = options.now();
    firstAt ??= now;
    if (timer !== null) options.clearTimeout(timer);
    const maxWait = interval * 4;
    timer = options.setTimeout(flush, Math.max(0, Math.min(interval, firstAt + maxWait - now)));
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

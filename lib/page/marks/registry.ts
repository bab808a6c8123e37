/**
 * The citations currently found on the page: by id, by text node (for hit-testing), by block (for rescans), in
 * document order (for keyboard navigation) and grouped by key (for the popup's "On this page"). Tells a highlight
 * sink what it adds and removes, so the marks follow.
 */

import type { PageCitationGroup } from '../../messaging/page-protocol';
import type { Occurrence } from '../read/find-in-run';
import type { HighlightSink } from './highlight-window';

export class CitationRegistry {
  private readonly byId = new Map<number, Occurrence>();
  private readonly byNode = new Map<Text, Occurrence[]>();
  private readonly byBlock = new Map<Element, Occurrence[]>();
  private ordered: Occurrence[] | null = null;

  private sink: HighlightSink = { add() {}, remove() {} };

  /** Where marks go (set once the page's highlights exist). */
  connect(sink: HighlightSink): void {
    this.sink = sink;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: number): Occurrence | undefined {
    return this.byId.get(id);
  }

  /** Occurrences covering a text node. */
  at(node: Node): readonly Occurrence[] {
    return this.byNode.get(node as Text) ?? [];
  }

  add(found: readonly Occurrence[]): void {
    for (const occ of found) {
      this.byId.set(occ.id, occ);
      for (const node of occ.nodes) push(this.byNode, node, occ);
      push(this.byBlock, occ.block, occ);
    }
    // One batch, so that the sink can decide for all of them at once (see highlight-window.ts).
    this.sink.add(found);
    if (found.length > 0) this.ordered = null;
  }

  private remove(occ: Occurrence): void {
    this.byId.delete(occ.id);
    for (const node of occ.nodes) pull(this.byNode, node, occ);
    pull(this.byBlock, occ.block, occ);
    this.sink.remove(occ);
    this.ordered = null;
  }

  /**
   * Removes what was found inside `roots` (their blocks are the roots or descendants), and what is no longer in the
   * document. Returns what was removed.
   */
  removeWithin(roots: readonly Node[]): Occurrence[] {
    const removed: Occurrence[] = [];
    for (const [block, list] of [...this.byBlock]) {
      const gone = !block.isConnected || roots.some((root) => root === block || root.contains(block));
      const stale = gone ? list : list.filter((occ) => occ.nodes.some((node) => !node.isConnected));
      for (const occ of [...stale]) {
        removed.push(occ);
        this.remove(occ);
      }
    }
    return removed;
  }

  /**
   * Replaces what was found inside `roots` by `found`. A citation found again at the same place keeps its id, so an
   * open card stays open while its paragraph is read again (a clock ticking next to it, a framework re-rendering).
   */
  replaceWithin(roots: readonly Node[], found: readonly Occurrence[]): void {
    const old = new Map<string, number>();
    for (const occ of this.removeWithin(roots)) old.set(placeOf(occ), occ.id);
    for (const occ of found) {
      const id = old.get(placeOf(occ));
      if (id !== undefined) occ.id = id;
    }
    this.add(found);
  }

  /** Occurrences found in a block. */
  occurrencesIn(block: Element): readonly Occurrence[] {
    return this.byBlock.get(block) ?? [];
  }

  /** Blocks holding occurrences. */
  blocks(): Iterable<Element> {
    return this.byBlock.keys();
  }

  clear(): void {
    for (const occ of [...this.byId.values()]) this.remove(occ);
  }

  /** Every occurrence in document order. */
  inOrder(): readonly Occurrence[] {
    this.ordered ??= [...this.byId.values()].sort((a, b) =>
      a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
    );
    return this.ordered;
  }

  /** Distinct keys found. */
  keys(): Set<string> {
    const keys = new Set<string>();
    for (const occ of this.byId.values()) keys.add(occ.citation.key);
    return keys;
  }

  /** The occurrences of each key, in order of first occurrence. */
  groups(): PageCitationGroup[] {
    const groups = new Map<string, PageCitationGroup>();
    for (const occ of this.inOrder()) {
      const { key, kind, text, inCorpus, targets } = occ.citation;
      const group = groups.get(key);
      if (group) {
        group.count++;
        for (const t of targets) if (!group.targets.includes(t)) group.targets.push(t);
        group.inCorpus ||= inCorpus;
      } else {
        groups.set(key, { key, kind, text, inCorpus, count: 1, targets: [...targets] });
      }
    }
    return [...groups.values()];
  }

  /** The `index`-th occurrence (0-based, document order) of `key`. */
  nth(key: string, index: number): Occurrence | undefined {
    return this.inOrder().filter((occ) => occ.citation.key === key)[index];
  }
}

/** Nodes have no ids to key a map with: number them as they are met. */
const nodeIds = new WeakMap<Node, number>();
let nextNodeId = 1;
const nodeId = (node: Node): number => {
  let id = nodeIds.get(node);
  if (id === undefined) nodeIds.set(node, (id = nextNodeId++));
  return id;
};

/** Where an occurrence is: its key and its range's boundary points. */
function placeOf(occ: Occurrence): string {
  const r = occ.range;
  return `${occ.citation.key}|${nodeId(r.startContainer)}:${r.startOffset}|${nodeId(r.endContainer)}:${r.endOffset}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pull<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}

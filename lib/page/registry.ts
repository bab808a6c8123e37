/**
 * The citations currently found on the page: by id, by text node (for hit-testing), by block (for rescans), in
 * document order (for keyboard navigation) and grouped by key (for the popup's "On this page"). Keeps the highlight
 * marks in step with what it holds.
 */

import type { PageCitationGroup } from '../messaging/page-protocol';
import type { Occurrence } from './find-in-run';
import type { PageHighlights } from './highlights';

export class CitationRegistry {
  private readonly byId = new Map<number, Occurrence>();
  private readonly byNode = new Map<Text, Occurrence[]>();
  private readonly byBlock = new Map<Element, Occurrence[]>();
  private ordered: Occurrence[] | null = null;

  constructor(private readonly highlights: PageHighlights) {}

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
      this.highlights.add(occ.range);
    }
    if (found.length > 0) this.ordered = null;
  }

  private remove(occ: Occurrence): void {
    this.byId.delete(occ.id);
    for (const node of occ.nodes) pull(this.byNode, node, occ);
    pull(this.byBlock, occ.block, occ);
    this.highlights.delete(occ.range);
    this.ordered = null;
  }

  /**
   * Removes what was found inside `roots` (their blocks are the roots or descendants), and what is no longer in the
   * document. Returns the removed ids.
   */
  removeWithin(roots: readonly Node[]): Set<number> {
    const removed = new Set<number>();
    for (const [block, list] of [...this.byBlock]) {
      const gone = !block.isConnected || roots.some((root) => root === block || root.contains(block));
      const stale = gone ? list : list.filter((occ) => occ.nodes.some((node) => !node.isConnected));
      for (const occ of [...stale]) {
        removed.add(occ.id);
        this.remove(occ);
      }
    }
    return removed;
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

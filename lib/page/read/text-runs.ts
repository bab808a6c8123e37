/**
 * Reads a page's text the way a reader sees it flow: one run per stretch of text inside the same block element, so a
 * citation split across inline elements (`CTOC/COP/<em>WG.4</em>/2011/8`) is one string for the engine. Each run keeps
 * an offset map back to the DOM: its segments, one per text node (a `<br>` is a virtual "\n" segment with no node),
 * with white space collapsed as the browser shows it (see `collapse.ts`). Nothing in the page is changed; one
 * TreeWalker visits each node once.
 */

import { collapseWhitespace, type Collapsed } from './collapse';
import { isSkipped } from './skip';

/**
 * A piece of a run: `text` is what the reader sees of `node.data` from offset `start` on (white space collapsed;
 * `offsets` maps back, see `Collapsed`); `node` is null for a `<br>`.
 */
export interface Segment extends Collapsed {
  node: Text | null;
  /** Offset in `node` where the segment starts. */
  start: number;
}

/** Text of one block element between its nested blocks, with its offset map. */
export interface TextRun {
  /** The nearest block-level ancestor of the run's text nodes. */
  block: Element;
  segments: Segment[];
  /** Total length of the segments' text. */
  length: number;
}

/**
 * Elements that flow inside a line (HTML phrasing content, by `localName`). Any other element starts a new block:
 * text on both sides of a `<div>` or `<p>` is never joined. Decided by tag rather than computed style, so reading a
 * page forces no style recalculation.
 */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** True for elements that flow inside a line (see `INLINE`). */
export const isInlineElement = (el: Element): boolean => INLINE.has(el.localName);

/** The nearest ancestor of `node` that is not an inline element (`root`'s parent chain stops at the document). */
export function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.localName)) el = el.parentElement;
  return el;
}

/**
 * The runs of `root`'s subtree in document order, lazily: the caller pulls runs and may pause between any two (to
 * yield to the page). Skipped subtrees (see `skip.ts`) are not entered. If the page removed the node the walk stood on
 * during a pause, the walk cannot go on reliably: it stops and returns false (true when it read everything).
 */
export function* textRuns(root: Node, ownHost: Element | null): Generator<TextRun, boolean> {
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on') return true;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isSkipped(el, ownHost)) return NodeFilter.FILTER_REJECT;
      return el.localName === 'br' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  let current: TextRun | null = null;
  // Cache of parent element → block for this walk: siblings share a parent, so most lookups are one Map read.
  const blocks = new Map<Element, Element | null>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    let block = blocks.get(parent);
    if (block === undefined) {
      block = blockOf(node);
      blocks.set(parent, block);
    }
    if (!block) continue;
    if (current && current.block !== block) {
      if (current.length > 0) yield current;
      current = null;
      // Back from a pause: the page may have removed the node the walk stands on.
      if (!walker.currentNode.isConnected && root.isConnected) return false;
    }
    current ??= { block, segments: [], length: 0 };
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      const collapsed = collapseWhitespace(data);
      current.segments.push({ node: node as Text, start: 0, ...collapsed });
      current.length += collapsed.text.length;
    } else {
      // <br>: a line break the reader sees, so "…/2011/8<br>décision 4/4" is not read as one word.
      current.segments.push({ node: null, start: 0, text: '\n' });
      current.length += 1;
    }
  }
  if (current && current.length > 0) yield current;
  return true;
}

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

/** `<br>` elements of `root` by the block whose line they break (those inside skipped subtrees left out). */
function lineBreaksByBlock(root: Node, skipped: (el: Element | null) => boolean): Map<Element, Element[]> {
  const byBlock = new Map<Element, Element[]>();
  if (!('getElementsByTagName' in root)) return byBlock;
  for (const br of (root as Element).getElementsByTagName('br')) {
    const block = blockOf(br);
    if (!block || skipped(br.parentElement)) continue;
    const list = byBlock.get(block);
    if (list) list.push(br);
    else byBlock.set(block, [br]);
  }
  return byBlock;
}

/**
 * Any character other than white space. A text node of white space alone opens no run: the line breaks and
 * indentation between a container's child blocks (`<article>⏎<p>…</p>⏎<p>…</p>`) would each be a run of the
 * container, holding no citation, costing the scan a step, and standing in its binary search for the runs in view
 * with the box of the whole container (see `page-scan.ts`).
 */
const VISIBLE = /\S/;

/**
 * The runs of `root`'s subtree that hold more than white space, in document order, lazily: the caller pulls runs and
 * may pause between any two (to yield to the page). Text inside skipped subtrees (see `skip.ts`) is left out. If the page removed the node the walk
 * stood on during a pause, the walk cannot go on reliably: it stops and returns false (true when it read everything).
 *
 * The walker visits text nodes only and has no filter: a JavaScript `acceptNode` called for every node of the page
 * cost 3–5 times the walk itself. What an element means (skipped or not, which block) is decided once per parent
 * element and kept in a `Map`, as siblings share it. `<br>` elements, which a text-only walk does not see, are
 * found once up front (few pages have many) and put in their runs by document position.
 */
export function* textRuns(root: Node, ownHost: Element | null): Generator<TextRun, boolean> {
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on') return true;
  // Skipped: an element below `root` (the walk's root is read whatever it is, as a rescan asks) that is skipped or
  // inside one. Memoised per element, so each ancestor chain is climbed once.
  const skippedCache = new Map<Element, boolean>();
  const skipped = (el: Element | null): boolean => {
    if (!el || el === root) return false;
    let value = skippedCache.get(el);
    if (value === undefined) {
      value = isSkipped(el, ownHost) || skipped(el.parentElement);
      skippedCache.set(el, value);
    }
    return value;
  };
  const breaks = lineBreaksByBlock(root, skipped);
  /** Appends to `run` the line breaks of its block that come before `next` (every remaining one when null). */
  const addBreaks = (run: TextRun, next: Node | null) => {
    if (breaks.size === 0) return;
    const list = breaks.get(run.block);
    while (list && list.length > 0) {
      const br = list[0]!;
      if (next && !(br.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      list.shift();
      // A line break the reader sees, so "…/2011/8<br>décision 4/4" is not read as one word.
      run.segments.push({ node: null, start: 0, text: '\n' });
      run.length += 1;
    }
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let current: TextRun | null = null;
  // Parent element → the block its text belongs to, or null when it is skipped.
  const blocks = new Map<Element, Element | null>();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent) continue;
    let block = blocks.get(parent);
    if (block === undefined) {
      block = skipped(parent) ? null : blockOf(node);
      blocks.set(parent, block);
    }
    if (!block || node.data.length === 0) continue;
    if (current && current.block !== block) {
      addBreaks(current, node);
      yield current;
      current = null;
      // Back from a pause: the page may have removed the node the walk stands on.
      if (!walker.currentNode.isConnected && root.isConnected) return false;
    }
    if (!current) {
      if (!VISIBLE.test(node.data)) continue;
      current = { block, segments: [], length: 0 };
    }
    addBreaks(current, node);
    const { text, offsets } = collapseWhitespace(node.data);
    current.segments.push(offsets ? { node, start: 0, text, offsets } : { node, start: 0, text });
    current.length += text.length;
  }
  if (current) {
    addBreaks(current, null);
    yield current;
  }
  return true;
}

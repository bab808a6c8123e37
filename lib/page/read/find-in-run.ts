/**
 * Runs the citation engine on one text run and turns its findings into occurrences: the citation plus a live DOM
 * `Range` over the page's own text nodes (nothing is wrapped or changed).
 */

import type { Citation, DocumentContext, ResolverData } from '../../citations';
import type { PageEngine } from '../scan/engine-on-demand';
import { originalOffset } from './collapse';
import { sentenceAround } from './sentence';
import type { Segment, TextRun } from './text-runs';
import { runWindows } from './windows';

/** One citation on the page. */
export interface Occurrence {
  /** Unique for the page's lifetime; kept when the same citation is found again at the same place. */
  id: number;
  citation: Citation;
  range: Range;
  /** The text nodes the range covers, first to last. */
  nodes: Text[];
  /** The block element of the run it was found in. */
  block: Element;
  /** The sentence around it (plain text). */
  context: string;
}

let nextId = 1;

/** First real (node-backed) segment at or after index `i`, or before it when `backwards`. */
function realSegment(segments: readonly Segment[], i: number, backwards: boolean): number {
  for (let j = i; j >= 0 && j < segments.length; j += backwards ? -1 : 1) if (segments[j]?.node) return j;
  return -1;
}

/** A range over segments `[a@offA, b@offB)`, moving ends that fall in a virtual `<br>` segment onto real text. */
function rangeOf(
  doc: Document,
  segments: readonly Segment[],
  a: number,
  offA: number,
  b: number,
  offB: number,
): { range: Range; nodes: Text[] } | null {
  let first = a;
  let startOffset = offA;
  if (!segments[a]?.node) {
    first = realSegment(segments, a, false);
    startOffset = 0;
  }
  let last = b;
  let endOffset = offB;
  if (!segments[b]?.node) {
    last = realSegment(segments, b, true);
    endOffset = segments[last]?.text.length ?? 0;
  }
  const s = segments[first];
  const e = segments[last];
  if (first < 0 || last < first || !s?.node || !e?.node) return null;
  const range = doc.createRange();
  range.setStart(s.node, s.start + originalOffset(s, startOffset));
  range.setEnd(e.node, e.start + originalOffset(e, endOffset));
  const nodes: Text[] = [];
  for (let i = first; i <= last; i++) {
    const node = segments[i]?.node;
    if (node && nodes[nodes.length - 1] !== node) nodes.push(node);
  }
  return { range, nodes };
}

const contexts = new WeakMap<Document, DocumentContext>();

/** How much of the page's text `pageContext` reads. */
const HEAD_LENGTH = 3000;

/**
 * The first `length` characters of `root.textContent`, reading only as many text nodes as that takes (the whole
 * `textContent` of a 2 MB page is a 2 MB string).
 */
function textStart(root: Node | null, length: number): string {
  if (!root) return '';
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < length; node = walker.nextNode()) {
    text += (node as Text).data;
  }
  return text.slice(0, length);
}

/**
 * What the page says about its author, read once per document from its title and the start of its text (heading
 * lines such as "Resolution adopted by the General Assembly", "The Human Rights Council,"). When the page does not
 * say, the COP only if the page is about UNTOC or its Protocols (names them, the COP, CTOC symbols); otherwise none,
 * and bare numbers go by their body's numbering alone (`documentContext` in `lib/citations/infer-body.ts`).
 */
function pageContext(doc: Document, engine: PageEngine): DocumentContext {
  let context = contexts.get(doc);
  if (!context) {
    const head = `${doc.title}\n${textStart(doc.body, HEAD_LENGTH)}`;
    context = engine.documentContext(head);
    contexts.set(doc, context);
  }
  return context;
}

/** The citations of a run as occurrences, in text order (`engine`: the loaded engine, `scan/engine-on-demand.ts`). */
export function findInRun(
  run: TextRun,
  data: ResolverData | undefined,
  doc: Document,
  engine: PageEngine,
): Occurrence[] {
  const out: Occurrence[] = [];
  const context = pageContext(doc, engine);
  for (const window of runWindows(run)) {
    const texts = window.segments.map((s) => s.text);
    const found = engine.findCitationsInSegments(texts, data, context);
    if (found.length === 0) continue;
    const joined = texts.join('');
    for (const c of found) {
      // A citation starting in the overlap belongs to the next window, which sees it with its context.
      if (window.offset + c.start >= window.ownEnd) continue;
      const mapped = rangeOf(doc, window.segments, c.startSegment, c.startOffset, c.endSegment, c.endOffset);
      if (!mapped) continue;
      const citation = engine.shiftCitation(c, window.offset);
      out.push({
        id: nextId++,
        citation,
        range: mapped.range,
        nodes: mapped.nodes,
        block: run.block,
        context: sentenceAround(joined, c.start, c.end),
      });
    }
  }
  return out;
}

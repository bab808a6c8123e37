/**
 * Scanning passes over the page, time-sliced (see `slicer.ts`):
 * - a full scan reads every run of the document, then runs the engine on the runs in view first and the rest after,
 *   adding marks as it goes;
 * - a rescan reads only the changed blocks and swaps each block's old marks for the new ones at once (no flicker).
 */

import type { ResolverData } from '../../citations';
import { mightCite, piecesHaveNumber } from '../../citations/might-cite';
import { findInRun, type Occurrence } from '../read/find-in-run';
import type { CitationRegistry } from '../marks/registry';
import type { EngineOnDemand } from './engine-on-demand';
import type { Slicer } from './slicer';
import { textRuns, type TextRun } from '../read/text-runs';
import { WINDOW_OVERLAP, WINDOW_SIZE } from '../read/windows';

/** A reader of text runs, shaped like `textRuns`. */
export type RunsReader = (root: Node, ownHost: Element | null) => Generator<TextRun, boolean>;
import { warmUpEngine } from './warm-up';

export interface ScanContext {
  doc: Document;
  /** What a full pass reads: the document's body, or a subtree (a PDF viewer's text layers). */
  root: Element;
  registry: CitationRegistry;
  slicer: Slicer;
  ownHost: Element | null;
  /** Reads a subtree's text runs (default `textRuns`; the PDF reader reads text layers as PDF text). */
  readRuns?: RunsReader;
  /** The engine's resolver data, asked for only once a run may hold a citation (then kept). */
  resolver(): Promise<ResolverData | undefined>;
  /** The citation engine, loaded the first time a run may hold a citation (`engine-on-demand.ts`). */
  engine: EngineOnDemand;
  /** Resolves once the browser has rendered a frame (layout is then up to date, so measuring forces none). */
  afterFrame(): Promise<void>;
  /** A full pass has marked the runs in view (the rest follow). */
  inViewDone?(): void;
}

/**
 * The engine's resolver data, asked for the first time a scan meets a run that may hold a citation: frames and pages
 * without any never wake the service worker for it. A failed request is asked again by the next scan.
 */
export function resolverOnDemand(
  load: () => Promise<ResolverData | undefined>,
): () => Promise<ResolverData | undefined> {
  let data: Promise<ResolverData | undefined> | null = null;
  return () =>
    (data ??= load().catch(() => {
      data = null;
      return undefined;
    }));
}

/**
 * Whether the engine is worth running on a run: it has a number (a digit, or an article numbered in words, read on
 * the run's whole text: `l’article <em>premier</em>`), and, until the page has loaded the engine, passes
 * the engine's gate (`mightCite`: false only where the engine finds nothing). Once loaded, the engine runs on every
 * run with a number, as before the gate: same marks, no second reading of the text. A run long enough to be cut into
 * windows (`read/windows.ts`) counts as citing: the gate is proven on whole texts, and a window's start may make a
 * word boundary the whole run does not have.
 */
function needsEngine(run: TextRun, ctx: ScanContext): boolean {
  const pieces = run.segments.map((s) => s.text);
  if (!piecesHaveNumber(pieces)) return false;
  if (ctx.engine.ready || run.length > WINDOW_SIZE + WINDOW_OVERLAP) return true;
  return mightCite(pieces.join(''));
}

/**
 * Runs the engine on runs, loading it and warming it up first if needed. Yields before a run, not after: a rescan's
 * marks (a PDF page) are committed at once, not after a yield queued behind the page's own long tasks. A failed load
 * rejects (`EngineUnavailable`) before any mark of the pass is added.
 */
async function findAll(runs: readonly TextRun[], ctx: ScanContext, onFound: (found: Occurrence[]) => void) {
  for (const run of runs) {
    if (ctx.slicer.shouldYield()) await ctx.slicer.yield();
    if (needsEngine(run, ctx)) {
      const data = await ctx.resolver();
      const engine = ctx.engine.ready ?? (await ctx.engine.load());
      await warmUpEngine(ctx.slicer, data, engine);
      onFound(findInRun(run, data, ctx.doc, engine));
    }
  }
}

/**
 * Reads the runs of `root`, yielding between steps; `complete` is false when the page pulled the walk's footing.
 * With `prefetch` (a full pass), the first run that may hold a citation asks for the resolver data and the engine
 * (not awaited): the service worker's answer and the module come while the rest is read, not after.
 */
async function collectRuns(
  root: Node,
  ctx: ScanContext,
  prefetch = false,
): Promise<{ runs: TextRun[]; complete: boolean }> {
  const runs: TextRun[] = [];
  let asked = !prefetch;
  const walk = (ctx.readRuns ?? textRuns)(root, ctx.ownHost);
  for (let step = walk.next(); ; step = walk.next()) {
    if (step.done) return { runs, complete: step.value };
    runs.push(step.value);
    if (!asked && needsEngine(step.value, ctx)) {
      asked = true;
      void ctx.resolver();
      // A failure is the pass's to report, when `findAll` awaits the same load.
      ctx.engine.load().catch(() => undefined);
    }
    if (ctx.slicer.shouldYield()) await ctx.slicer.yield();
  }
}

/** How far `boxOf` looks past a run without a box (hidden text) for one that has one. */
const BOX_LOOKAHEAD = 16;

/**
 * The runs in the viewport (with half a screen of margin), and the others, each group in document order. Runs come
 * in document order, which is their order down the page in nearly every layout, so two binary searches find the
 * first and the last run in view: about 2·log2(n) measures instead of one per run (2 000 on the compendium page:
 * 10–20 ms). Each measure is the box of the run's own text, not of its block: text between nested blocks
 * (`<article>intro<p>…</p>…`) belongs to a block as tall as the page, which would break the order the searches rely
 * on (on the 2 MB page a third of the runs passed for "in view" and were marked one slice at a time). A layout that
 * breaks the order (columns, floats) only changes which runs go first, never which runs are read. Measured after a
 * rendered frame: right after a page's load its layout may still be pending, and measuring would run it inside our
 * task.
 */
async function visibleFirst(
  runs: readonly TextRun[],
  ctx: ScanContext,
): Promise<{ inView: TextRun[]; rest: TextRun[] }> {
  await ctx.afterFrame();
  const height = ctx.doc.defaultView?.innerHeight ?? 0;
  const top = -height / 2;
  const bottom = height * 1.5;
  const range = ctx.doc.createRange();
  /** The box of run `i`'s text, or of the next run's that has one; null when none near. */
  const boxOf = (i: number): DOMRect | null => {
    for (let j = i; j < runs.length && j < i + BOX_LOOKAHEAD; j++) {
      const rect = textBox(runs[j]!, range);
      if (rect && rect.height > 0) return rect;
    }
    return null;
  };
  // First run that does not end above the window, then first run after it that starts below it.
  const search = (from: number, before: (rect: DOMRect | null) => boolean) => {
    let lo = from;
    let hi = runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(boxOf(mid))) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = search(0, (rect) => rect !== null && rect.bottom < top);
  const last = search(first, (rect) => rect === null || rect.top <= bottom);
  return { inView: runs.slice(first, last), rest: [...runs.slice(0, first), ...runs.slice(last)] };
}

/** The bounding box of a run's text, from its first text node to its last (null when it has none). */
function textBox(run: TextRun, range: Range): DOMRect | null {
  const nodes = run.segments.filter((s) => s.node !== null);
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first?.node || !last?.node) return null;
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.node.length);
  return range.getBoundingClientRect();
}

/**
 * Full scan of the root: clears the marks, then adds them in view first. Aborts by rejecting (see Slicer).
 * Returns false when the page changed under the walk so that part of it was not read (the caller scans again).
 */
export async function scanRoot(ctx: ScanContext): Promise<boolean> {
  ctx.registry.clear();
  const { runs, complete } = await collectRuns(ctx.root, ctx, true);
  const { inView, rest } = await visibleFirst(runs, ctx);
  await findAll(inView, ctx, (found) => ctx.registry.add(found));
  ctx.inViewDone?.();
  // Out of view, marks can wait: they reach the registry (and the highlight) at once at the pass's end. Each change
  // of the highlight makes Chrome re-validate every range in it at the next frame ("PrePaint" in a trace: 20–100 ms
  // per compendium pass under load when each 8 ms slice added a few), and one batch lets the highlight window decide
  // for all of them (on a page with thousands, only those near the viewport are ever registered).
  const pending: Occurrence[] = [];
  await findAll(rest, ctx, (found) => pending.push(...found));
  ctx.registry.add(pending);
  return complete;
}

/** Rescans changed blocks: each one's marks are replaced once its new ones are all known. Same result as above. */
export async function rescanBlocks(roots: readonly Element[], ctx: ScanContext): Promise<boolean> {
  let complete = true;
  // An ancestor's rescan covers its descendants.
  const top = roots.filter(
    (root) => root.isConnected && !roots.some((other) => other !== root && other.contains(root)),
  );
  for (const root of top) {
    const found: Occurrence[] = [];
    const read = await collectRuns(root, ctx);
    complete &&= read.complete;
    await findAll(read.runs, ctx, (occurrences) => found.push(...occurrences));
    ctx.registry.replaceWithin([root], root.isConnected ? found : []);
  }
  // Marks of blocks that left the document.
  ctx.registry.removeWithin([]);
  return complete;
}

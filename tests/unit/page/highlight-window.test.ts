import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../../lib/page/read/find-in-run';
import { createHighlightWindow } from '../../../lib/page/marks/highlight-window';
import type { PageHighlights } from '../../../lib/page/marks/highlights';

/** An IntersectionObserver the test drives: `report(block, inView)` delivers one entry. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  report(target: Element, isIntersecting: boolean) {
    this.callback([{ target, isIntersecting } as IntersectionObserverEntry]);
  }
}

function setup(limit: number) {
  FakeObserver.last = null;
  const marked = new Set<Range>();
  const highlights = {
    add: (r: Range) => marked.add(r),
    delete: (r: Range) => marked.delete(r),
  } as unknown as PageHighlights;
  const byBlock = new Map<Element, Occurrence[]>();
  const win = { IntersectionObserver: FakeObserver } as unknown as Window;
  const sink = createHighlightWindow(
    win,
    highlights,
    (b) => byBlock.get(b) ?? [],
    () => byBlock.keys(),
    limit,
  );
  /** Adds one occurrence per block given, as one batch (as the registry does). */
  const addBatch = (...blocks: Element[]) => {
    const batch = blocks.map((block) => ({ range: {} as Range, block }) as Occurrence);
    for (const occ of batch) byBlock.set(occ.block, [...(byBlock.get(occ.block) ?? []), occ]);
    sink.add(batch);
    return batch;
  };
  const add = (block: Element) => addBatch(block)[0]!;
  const remove = (occ: Occurrence) => {
    byBlock.set(
      occ.block,
      (byBlock.get(occ.block) ?? []).filter((o) => o !== occ),
    );
    sink.remove(occ);
  };
  return { marked, add, addBatch, remove };
}

const block = () => ({}) as Element;

describe('createHighlightWindow', () => {
  it('registers every range while the page has few citations', () => {
    const { marked, add } = setup(3);
    const a = add(block());
    const b = add(block());
    expect([...marked]).toEqual([a.range, b.range]);
    expect(FakeObserver.last).toBeNull();
  });

  it('beyond the limit, keeps only the ranges of blocks near the viewport, following the scroll', () => {
    const { marked, add } = setup(2);
    const top = block();
    const far = block();
    const t = add(top);
    const f = add(far);
    const late = add(far);
    const io = FakeObserver.last!;
    // Nothing blinks before the observer's first report.
    expect(marked.size).toBe(3);
    io.report(top, true);
    io.report(far, false);
    expect([...marked]).toEqual([t.range]);
    // The reader scrolls down.
    io.report(far, true);
    io.report(top, false);
    expect(new Set(marked)).toEqual(new Set([f.range, late.range]));
  });

  it('opens the window before registering the batch that goes beyond the limit', () => {
    const { marked, add, addBatch } = setup(2);
    const top = block();
    const t = add(top);
    // The end of a full pass: every out-of-view citation at once, more than the limit.
    const rest = addBatch(block(), block(), block());
    const io = FakeObserver.last!;
    // Only what was registered before stays until the first report: none of the batch was registered.
    expect([...marked]).toEqual([t.range]);
    expect(io.observed.size).toBe(4);
    io.report(rest[0]!.block, true);
    io.report(rest[1]!.block, false);
    expect(new Set(marked)).toEqual(new Set([t.range, rest[0]!.range]));
  });

  it('stops watching a block whose citations are gone, and starts afresh when all are', () => {
    const { marked, add, remove } = setup(1);
    const a = add(block());
    const b = add(block());
    const io = FakeObserver.last!;
    remove(a);
    expect(io.observed.has(a.block)).toBe(false);
    remove(b);
    expect(marked.size).toBe(0);
    expect(io.observed.size).toBe(0);
    const c = add(block());
    expect([...marked]).toEqual([c.range]);
  });
});

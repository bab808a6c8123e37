// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMutations, type MutationWatcher } from '../../../lib/page/scan/mutation-watcher';

/** A hand-made mutation record (the watcher only reads these fields). */
const record = (target: Node, added: Node[] = [], removed: Node[] = [], type: MutationRecordType = 'childList') =>
  ({ type, target, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;

describe('watchMutations', () => {
  let watcher: MutationWatcher;
  let host: HTMLElement;
  let reports: (Element[] | 'all')[];

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p id="a">Un <em id="em">deux</em></p><p id="b">trois</p></main>';
    host = document.createElement('renvoi-ui');
    reports = [];
    watcher = watchMutations({
      root: document.documentElement,
      ownHost: () => host,
      onDirty: (dirty) => reports.push(dirty),
      setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      now: () => Date.now(),
      quietMs: 100,
      maxBlocks: 3,
    });
  });
  afterEach(() => {
    watcher.disconnect();
    vi.useRealTimers();
  });

  const ids = (dirty: Element[] | 'all') => (dirty === 'all' ? 'all' : dirty.map((e) => e.id || e.localName));

  it('reports the block of a change once the page is quiet', () => {
    watcher.take([record(document.getElementById('em')!.firstChild!, [], [], 'characterData')]);
    vi.advanceTimersByTime(99);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reports.map(ids)).toEqual([['a']]);
  });

  it('collects several changes into one report', () => {
    watcher.take([record(document.getElementById('a')!)]);
    vi.advanceTimersByTime(50);
    watcher.take([record(document.getElementById('b')!)]);
    vi.advanceTimersByTime(100);
    expect(reports.map(ids)).toEqual([['a', 'b']]);
  });

  it('ignores its own host being added, and changes inside it', () => {
    document.body.append(host);
    watcher.take([
      record(document.body, [host]),
      record(host),
      record(document.querySelector('main')!, [], [], 'attributes'),
    ]);
    vi.advanceTimersByTime(1000);
    expect(reports.map(ids)).toEqual([['main']]);
  });

  it('ignores changes inside scripts, styles and fields', () => {
    const style = document.createElement('style');
    const area = document.createElement('textarea');
    document.body.append(style, area);
    watcher.take([record(style), record(area)]);
    vi.advanceTimersByTime(1000);
    expect(reports).toEqual([]);
  });

  it('asks for everything when too many blocks changed', () => {
    const blocks = Array.from({ length: 5 }, (_, i) => Object.assign(document.createElement('div'), { id: `d${i}` }));
    document.body.append(...blocks);
    watcher.take(blocks.map((b) => record(b)));
    vi.advanceTimersByTime(100);
    expect(reports).toEqual(['all']);
  });

  it('still reports on a page that never stops changing, and waits longer as it keeps changing', () => {
    const a = document.getElementById('a')!;
    const times: number[] = [];
    const start = Date.now();
    for (let t = 0; t < 6000; t += 20) {
      watcher.take([record(a)]);
      vi.advanceTimersByTime(20);
      if (reports.length > times.length) times.push(Date.now() - start);
    }
    expect(times.length).toBeGreaterThan(2);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // Never starved, and spaced out more and more, up to twice the longest interval.
    expect(gaps[gaps.length - 1]!).toBeGreaterThan(gaps[0]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(4000);
    // Once the page calms down, a change is reported after the short quiet period again.
    vi.advanceTimersByTime(10_000);
    const before = reports.length;
    watcher.take([record(a)]);
    vi.advanceTimersByTime(100);
    expect(reports.length).toBe(before + 1);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitationRegistry } from '../../../lib/page/marks/registry';
import { createScanQueue, type ScanQueue } from '../../../lib/page/scan/scan-queue';
import { makeLifetime } from '../../factories/page-session';
import { loadedEngine } from '../../factories/page-engine';

let queue: ScanQueue | null = null;

function setup() {
  const registry = new CitationRegistry();
  const lifetime = makeLifetime(window);
  const engine = loadedEngine();
  let passes = 0;
  const events: string[] = [];
  queue = createScanQueue({
    win: window,
    lifetime,
    context: () => ({
      doc: document,
      root: document.body,
      registry,
      ownHost: null,
      resolver: async () => undefined,
      engine,
    }),
    watchRoot: () => document.documentElement,
    inView: () => events.push(`in view after ${passes} passes`),
    afterPass: () => {
      passes++;
      events.push('pass');
    },
  });
  return { queue, registry, lifetime, passes: () => passes, events };
}

const keys = (registry: CitationRegistry) => registry.groups().map((g) => g.key);

afterEach(() => {
  queue?.stop();
  queue = null;
});

afterEach(() => vi.unstubAllEnvs());

describe('createScanQueue', () => {
  it('does nothing until started, then reads the whole root and measures the pass', async () => {
    vi.stubEnv('WXT_RENVOI_BENCH', 'true'); // a benchmark build (bench-hooks.ts)
    document.body.innerHTML = '<p>Dans sa décision 4/4, la Conférence a décidé.</p>';
    const measure = vi.spyOn(performance, 'measure');
    const { queue, registry, passes } = setup();
    queue.enqueue('all');
    await queue.idle();
    expect(registry.size).toBe(0);
    queue.start();
    await queue.idle();
    expect(keys(registry)).toEqual(['COP decision 4/4']);
    expect(passes()).toBe(1);
    expect(measure).toHaveBeenCalledWith('renvoi:scan', expect.objectContaining({ detail: { citations: 1 } }));
  });

  it('reports the runs in view marked once, during the first full pass, and measures when they are painted', async () => {
    vi.stubEnv('WXT_RENVOI_BENCH', 'true'); // a benchmark build (bench-hooks.ts)
    document.body.innerHTML = '<p>Dans sa décision 4/4, la Conférence a décidé.</p>';
    // Let the previous test's queue take its own painted-frame measure first.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const measure = vi.spyOn(performance, 'measure');
    const { queue, events } = setup();
    queue.start();
    await queue.idle();
    queue.enqueue('all');
    await queue.idle();
    expect(events).toEqual(['in view after 0 passes', 'pass', 'in view after 1 passes', 'pass']);
    await vi.waitFor(() => expect(measure).toHaveBeenCalledWith('renvoi:visible-marks', expect.anything()));
    expect(measure.mock.calls.filter(([name]) => name === 'renvoi:visible-marks')).toHaveLength(1);
  });

  it('rescans the blocks the page changes, after a quiet period', async () => {
    document.body.innerHTML = '<p id="a">Rien.</p>';
    const { queue, registry } = setup();
    queue.start();
    await queue.idle();
    document.getElementById('a')!.textContent = 'Voir la résolution 64/293.';
    await vi.waitFor(() => expect(keys(registry)).toEqual(['A/RES/64/293']), { timeout: 2000 });
  });

  it.each([
    ['stop()', (s: ReturnType<typeof setup>) => s.queue.stop()],
    ['the lifetime ending', (s: ReturnType<typeof setup>) => s.lifetime.controller.abort()],
  ])('%s aborts the pass under way and drops later work', async (_, end) => {
    // Long enough that the pass yields at least once.
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => `<p>Paragraphe ${i} : décision 4/4.</p>`).join('');
    const s = setup();
    s.queue.start();
    await new Promise((r) => setTimeout(r, 0));
    end(s);
    await s.queue.idle();
    expect(s.passes()).toBe(0);
    s.queue.enqueue('all');
    await s.queue.idle();
    expect(s.passes()).toBe(0);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitationRegistry } from '../../../lib/page/marks/registry';
import { rescanBlocks, scanRoot } from '../../../lib/page/scan/page-scan';
import { createScanQueue, type ScanQueue } from '../../../lib/page/scan/scan-queue';
import { countingLoader, pageScanContext } from '../../factories/page-engine';
import { makeLifetime } from '../../factories/page-session';

/**
 * The engine is a module of its own, loaded the first time a run may hold a citation (`lib/citations/might-cite.ts`):
 * pages whose text never can do not load it, nor ask the background for its resolver data.
 */

/** Numbers, dates and prices, but no word a citation starts with. */
const NEWS =
  '<p>Shares rose 3.5% on Tuesday after the company said it would cut 1,200 jobs by 2026.</p>' +
  '<p>Le président a annoncé mardi 12 mars une enveloppe de 4,5 milliards d’euros pour 2025.</p>' +
  '<p>El Gobierno aprobó el 5 de mayo un plan de 300 millones para 2024.</p>';

const keys = (registry: CitationRegistry) => registry.groups().map((g) => g.key);

describe('loading the engine on demand', () => {
  it('never loads it, nor asks for the resolver data, on a page with numbers but no citation word', async () => {
    document.body.innerHTML = NEWS;
    const loader = countingLoader();
    const { ctx, registry, resolverAsks } = pageScanContext(loader.load);
    await scanRoot(ctx);
    await scanRoot(ctx);
    expect(registry.size).toBe(0);
    expect(loader.loads).toBe(0);
    expect(resolverAsks()).toBe(0);
  });

  it('loads it once for a page with citations, whatever the passes', async () => {
    document.body.innerHTML = `${NEWS}<p>Dans sa décision 4/4, la Conférence a décidé.</p><p>Voir A/RES/64/293.</p>`;
    const loader = countingLoader();
    const { ctx, registry } = pageScanContext(loader.load);
    await scanRoot(ctx);
    await scanRoot(ctx);
    expect(keys(registry)).toEqual(['COP decision 4/4', 'A/RES/64/293']);
    expect(loader.loads).toBe(1);
  });

  it('loads it when a change brings the first citation, and marks it', async () => {
    document.body.innerHTML = NEWS;
    const loader = countingLoader();
    const { ctx, registry } = pageScanContext(loader.load);
    await scanRoot(ctx);
    expect(loader.loads).toBe(0);
    const later = document.createElement('p');
    later.textContent = 'Voir la résolution 64/293.';
    document.body.append(later);
    await rescanBlocks([later], ctx);
    expect(keys(registry)).toEqual(['A/RES/64/293']);
    expect(loader.loads).toBe(1);
  });
});

describe('an engine that cannot be loaded', () => {
  let queue: ScanQueue | null = null;
  afterEach(() => {
    queue?.stop();
    queue = null;
    vi.restoreAllMocks();
  });

  it('stops the scan: no mark, the page untouched, said once, not loaded again', async () => {
    const page = `${NEWS}<p>Dans sa décision 4/4, la Conférence a décidé.</p>`;
    document.body.innerHTML = page;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loader = countingLoader(new TypeError('Failed to fetch dynamically imported module'));
    const { ctx, registry } = pageScanContext(loader.load);
    const lifetime = makeLifetime(window);
    queue = createScanQueue({
      win: window,
      lifetime,
      context: () => ctx,
      watchRoot: () => document.documentElement,
      inView: () => undefined,
      afterPass: () => undefined,
    });
    queue.start();
    await queue.idle();
    expect(registry.size).toBe(0);
    expect(document.body.innerHTML).toBe(page);
    expect(queue.running).toBe(false);
    expect(warn.mock.calls.map(([message]) => message)).toEqual(['Renvoi: the citation engine could not be loaded']);
    // Later changes read nothing more: the queue stopped watching.
    queue.enqueue('all');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Voir la résolution 5/2.' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await queue.idle();
    expect(loader.loads).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

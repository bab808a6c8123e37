/**
 * The citation engine for page-layer tests: the one Renvoi's own pages hand their session (`entrypoints/engine`),
 * and loaders that count their loads or fail, as the content script's import of the engine module can.
 */

import { PAGE_ENGINE } from '../../entrypoints/engine/page-engine';
import { CitationRegistry } from '../../lib/page/marks/registry';
import { engineOnDemand, type EngineOnDemand, type PageEngine } from '../../lib/page/scan/engine-on-demand';
import type { ScanContext } from '../../lib/page/scan/page-scan';
import { createSlicer } from '../../lib/page/scan/slicer';

export { PAGE_ENGINE };

/** A loader of the real engine that counts its calls (`loads`), or fails with `error` when given one. */
export function countingLoader(error?: Error): { load: () => Promise<PageEngine>; readonly loads: number } {
  let loads = 0;
  return {
    load: async () => {
      loads++;
      if (error) throw error;
      return PAGE_ENGINE;
    },
    get loads() {
      return loads;
    },
  };
}

/** The engine, already loaded (a scan context's `engine`). */
export function loadedEngine(): EngineOnDemand {
  const engine = engineOnDemand(async () => PAGE_ENGINE);
  void engine.load();
  return engine;
}

/**
 * A page scan's context over the test document's body, its engine loaded by `load` on demand, its resolver data
 * asked for and counted (`resolverAsks`) but never given.
 */
export function pageScanContext(load: () => Promise<PageEngine>) {
  const registry = new CitationRegistry();
  let resolverAsks = 0;
  const ctx: ScanContext = {
    doc: document,
    root: document.body,
    registry,
    slicer: createSlicer(new AbortController().signal),
    ownHost: null,
    resolver: async () => {
      resolverAsks++;
      return undefined;
    },
    engine: engineOnDemand(load),
    afterFrame: async () => undefined,
  };
  return { ctx, registry, resolverAsks: () => resolverAsks };
}

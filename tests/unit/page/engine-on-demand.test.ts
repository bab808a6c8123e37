import { afterEach, describe, expect, it } from 'vitest';
import {
  engineOnDemand,
  EngineUnavailable,
  importEngine,
  provideEngine,
  type PageEngine,
} from '../../../lib/page/scan/engine-on-demand';
import { countingLoader, PAGE_ENGINE } from '../../factories/page-engine';

const URL = 'chrome-extension://renvoi/engine.js';

/** The slot is a global of the world the module runs in: empty it between tests. */
afterEach(() => {
  delete (globalThis as { __renvoiEngine?: PageEngine }).__renvoiEngine;
});

describe('importEngine', () => {
  it.each([
    ['imports the module, which provides the engine', async () => provideEngine(PAGE_ENGINE), 1, PAGE_ENGINE],
    ['fails when the module provides nothing', async () => undefined, 1, /registered no citation engine/],
    [
      'fails when the import fails (Renvoi reloaded: the old address is gone)',
      async () => {
        throw new TypeError('Failed to fetch dynamically imported module');
      },
      1,
      /Failed to fetch/,
    ],
  ])('%s', async (_name, module, imports, outcome) => {
    const urls: string[] = [];
    const result = importEngine(URL, (url) => {
      urls.push(url);
      return module();
    });
    if (outcome instanceof RegExp) await expect(result).rejects.toThrow(outcome);
    else await expect(result).resolves.toBe(outcome);
    expect(urls).toEqual(Array(imports).fill(URL));
  });

  it('does not import again once the module has run in this world', async () => {
    provideEngine(PAGE_ENGINE);
    let imports = 0;
    await expect(importEngine(URL, async () => void imports++)).resolves.toBe(PAGE_ENGINE);
    expect(imports).toBe(0);
  });
});

describe('engineOnDemand', () => {
  it('loads once, however many ask, and is ready after', async () => {
    const loader = countingLoader();
    const engine = engineOnDemand(loader.load);
    expect(engine.ready).toBeNull();
    expect(loader.loads).toBe(0);
    const [a, b] = await Promise.all([engine.load(), engine.load()]);
    await engine.load();
    expect(a).toBe(PAGE_ENGINE);
    expect(b).toBe(PAGE_ENGINE);
    expect(engine.ready).toBe(PAGE_ENGINE);
    expect(loader.loads).toBe(1);
  });

  it('turns a failure into EngineUnavailable, with its cause, and does not try again', async () => {
    const cause = new TypeError('Failed to fetch dynamically imported module');
    const loader = countingLoader(cause);
    const engine = engineOnDemand(loader.load);
    const first = await engine.load().catch((error: unknown) => error);
    expect(first).toBeInstanceOf(EngineUnavailable);
    expect((first as Error).cause).toBe(cause);
    await expect(engine.load()).rejects.toBeInstanceOf(EngineUnavailable);
    expect(loader.loads).toBe(1);
    expect(engine.ready).toBeNull();
  });
});

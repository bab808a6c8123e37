// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { CitationRegistry } from '../../../lib/page/marks/registry';
import { rescanBlocks, type ScanContext } from '../../../lib/page/scan/page-scan';
import { createSlicer, type Slicer } from '../../../lib/page/scan/slicer';
import { warmUpEngine } from '../../../lib/page/scan/warm-up';
import { loadedEngine, PAGE_ENGINE } from '../../factories/page-engine';

/**
 * A rescan's slicing: a slice is "used up" once the engine has run (as when finding takes longer than the budget),
 * and every yield is recorded with what the registry held then.
 */
function rescan(html: string) {
  document.body.innerHTML = html;
  const registry = new CitationRegistry();
  let engineRan = false;
  const yields: number[] = [];
  const slicer: Slicer = {
    shouldYield: () => engineRan,
    yield: async () => {
      yields.push(registry.size);
      engineRan = false;
    },
  };
  const ctx: ScanContext = {
    doc: document,
    root: document.body,
    registry,
    slicer,
    ownHost: null,
    resolver: async () => {
      engineRan = true;
      return undefined;
    },
    engine: loadedEngine(),
    afterFrame: async () => undefined,
  };
  const blocks = [...document.body.children];
  return { run: () => rescanBlocks(blocks, ctx), registry, yields };
}

describe('rescanBlocks slicing', () => {
  // The engine's one-time warm-up (which yields between its patterns) done beforehand, as on a page after its first pass.
  beforeAll(() => warmUpEngine(createSlicer(new AbortController().signal), undefined, PAGE_ENGINE));

  it('commits the marks of one block without yielding after its work is done', async () => {
    const { run, registry, yields } = rescan('<div><p>Dans sa décision 4/4, la Conférence a décidé.</p></div>');
    await run();
    expect(registry.size).toBe(1);
    expect(yields).toEqual([]);
  });

  it('still yields between blocks once a slice is used up', async () => {
    const { run, registry, yields } = rescan(
      '<p>Dans sa décision 4/4, la Conférence a décidé.</p><p>Dans sa résolution 5/2, la Conférence a décidé.</p>',
    );
    await run();
    expect(registry.size).toBe(2);
    // One yield, after the first block's marks were committed and before the second block was read.
    expect(yields).toEqual([1]);
  });
});

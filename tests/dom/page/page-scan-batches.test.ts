// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CitationRegistry } from '../../../lib/page/marks/registry';
import { scanRoot, type ScanContext } from '../../../lib/page/scan/page-scan';
import { createSlicer, type Slicer } from '../../../lib/page/scan/slicer';
import { warmUpEngine } from '../../../lib/page/scan/warm-up';
import { loadedEngine, PAGE_ENGINE } from '../../factories/page-engine';

/** Paragraphs one per 1000 px down the page: only the first two are near the viewport. */
const BLOCK_HEIGHT = 1000;

/**
 * `paragraphs` paragraphs in an `<article>`, one per line of the source as on most pages, each followed by a
 * line of the article's own text: the article's box is as tall as the page, while each text's box is where it shows
 * (a paragraph's text at its paragraph, the article's line just below the paragraph before it).
 */
function page(paragraphs: number): void {
  document.body.innerHTML = `<article>\n${Array.from(
    { length: paragraphs },
    (_, i) => `<p data-i="${i}">Dans sa décision ${(i % 9) + 1}/1, la Conférence a décidé.</p>suite`,
  ).join('\n')}\n</article>`;
  vi.spyOn(window.HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (this.localName === 'article') return new DOMRect(0, 0, 600, paragraphs * BLOCK_HEIGHT);
    return new DOMRect(0, Number(this.dataset.i ?? 0) * BLOCK_HEIGHT, 600, 20);
  });
  vi.spyOn(window.Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    const text = this.startContainer as Text;
    const p = text.parentElement?.localName === 'p' ? text.parentElement : text.previousElementSibling;
    if (!(p instanceof window.HTMLElement)) return new DOMRect(0, 0, 0, 0);
    const rect = p.getBoundingClientRect();
    return p === text.parentElement ? rect : new DOMRect(0, rect.bottom, 600, 20);
  });
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(800);
}

describe('scanRoot batches', () => {
  beforeAll(() => warmUpEngine(createSlicer(new AbortController().signal), undefined, PAGE_ENGINE));

  it('adds the marks in view as found, and those out of view in one batch at the end, not once per slice', async () => {
    page(300);
    const registry = new CitationRegistry();
    const added: number[] = [];
    const add = registry.add.bind(registry);
    vi.spyOn(registry, 'add').mockImplementation((found) => {
      added.push(found.length);
      add(found);
    });
    let inViewCalls = -1;
    // Every run uses up its slice: without batching, each out-of-view run would be one change of the highlight.
    const slicer: Slicer = { shouldYield: () => true, yield: async () => undefined };
    const ctx: ScanContext = {
      doc: document,
      root: document.body,
      registry,
      slicer,
      ownHost: null,
      resolver: async () => undefined,
      engine: loadedEngine(),
      afterFrame: async () => undefined,
      inViewDone: () => {
        inViewCalls = added.length;
      },
    };
    await scanRoot(ctx);
    expect(registry.size).toBe(300);
    // In view (half a screen of margin above and below): the first two paragraphs, each added as soon as found.
    expect(added.slice(0, inViewCalls)).toEqual([1, 1]);
    // The 298 others: one batch at the pass's end.
    expect(added.slice(inViewCalls)).toEqual([298]);
  });
});

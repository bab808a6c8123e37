import { describe, expect, it } from 'vitest';
import { reachFrom } from './architecture/import-graph';

// What the content script's bundle must leave out beyond its row of the layer table (tests/unit/architecture):
// background-only modules of layers it may use.
describe('the content script bundle', () => {
  const graph = reachFrom('entrypoints/content/index.ts');

  it('never reaches the database layer, the corpus data or the search index', () => {
    expect(graph.files.filter((f) => f.startsWith('lib/db/') || f.startsWith('lib/search/'))).toEqual([]);
    expect(graph.files.filter((f) => f.endsWith('.json'))).toEqual([]);
    expect(graph.packages.filter((p) => /^(dexie|fuse\.js|minisearch)/.test(p))).toEqual([]);
    // The background's modules (card building reads the database and carries the treaty article table) and the
    // name tables the background words labels with: folders are the boundary, no file list.
    expect(graph.files.filter((f) => f.startsWith('lib/background/'))).toEqual([]);
    expect(graph.files).not.toContain('lib/references/body-names.ts');
  });

  it('never reaches pdf.js or the PDF reader (they load in pdf.html only)', () => {
    expect(graph.packages.filter((p) => p.startsWith('pdfjs-dist'))).toEqual([]);
    expect(graph.files.filter((f) => f.startsWith('lib/pdf/') || f.startsWith('entrypoints/pdf/'))).toEqual([]);
  });

  it('leaves the open card (presenter, placement, buttons) to the card UI module, which draws it', () => {
    const openCard = /^lib\/page\/card\/(card-presenter|open-card|card-actor|card-actions|position)\.ts$/;
    expect(graph.files.filter((f) => openCard.test(f))).toEqual([]);
    expect(reachFrom('entrypoints/card-ui/index.ts').files).toContain('lib/page/card/open-card.ts');
  });

  it('leaves the citation engine to its module, loaded on demand: only the gate and the engine types', () => {
    const runtime = reachFrom('entrypoints/content/index.ts', { runtime: true });
    // The gate reads footnote markers and tab-separated and space-aligned rows as the engine does, from the reading's own
    // small modules (no imports), and asks whether a text needs the reading from another (`reading-needs.ts`, importing
    // only the markers' module).
    expect(runtime.files.filter((f) => f.startsWith('lib/citations/')).sort()).toEqual([
      'lib/citations/footnote-marks.ts',
      'lib/citations/might-cite.ts',
      'lib/citations/reading-needs.ts',
      'lib/citations/space-cells.ts',
      'lib/citations/tab-cells.ts',
    ]);
    expect(runtime.files).toContain('lib/page/scan/page-scan.ts');
    // The engine module is what brings it, and Renvoi's own pages bundle it.
    expect(reachFrom('entrypoints/engine/index.ts', { runtime: true }).files).toContain('lib/citations/find.ts');
    expect(reachFrom('entrypoints/welcome/main.tsx', { runtime: true }).files).toContain('lib/citations/find.ts');
  });

  it('uses the page layer and the engine (so the check above looks at the real graph)', () => {
    expect(graph.files).toContain('lib/page/page-session.ts');
    expect(graph.files).toContain('lib/page/card/lazy-presenter.ts');
    expect(graph.files).toContain('lib/page/scan/scan-queue.ts');
    expect(graph.files).toContain('lib/citations/index.ts');
  });
});

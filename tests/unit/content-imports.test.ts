import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * `import … from '…'` and `export … from '…'` specifiers of a module (type-only imports included: they are erased,
 * but a type-only import of the database layer would still be a design error worth catching).
 */
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // A folder: try the next candidate.
      }
    }
  }
  return null;
}

/** Every module and package the content script's entry reaches, following relative imports. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = m[1] ?? m[2]!;
      const target = resolveModule(file, specifier);
      if (target) stack.push(target);
      else if (!specifier.startsWith('.')) packages.add(specifier);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), packages: [...packages].sort() };
}

describe('the content script bundle', () => {
  const graph = importGraph(join(ROOT, 'entrypoints/content/index.ts'));

  it('never reaches the database layer, the corpus data or the search index', () => {
    expect(graph.files.filter((f) => f.startsWith('lib/db/') || f.startsWith('lib/search/'))).toEqual([]);
    expect(graph.files.filter((f) => f.endsWith('.json'))).toEqual([]);
    expect(graph.packages.filter((p) => /^(dexie|fuse\.js|minisearch)/.test(p))).toEqual([]);
    // Background-only card modules (they read the database, or carry tables the background words cards with).
    expect(graph.files).not.toContain('lib/cards/build-cards.ts');
    expect(graph.files).not.toContain('lib/cards/treaty-articles.ts');
    expect(graph.files).not.toContain('lib/export/bodies.ts');
  });

  it('never reaches pdf.js or the PDF reader (they load in pdf.html only)', () => {
    expect(graph.packages.filter((p) => p.startsWith('pdfjs-dist'))).toEqual([]);
    expect(graph.files.filter((f) => f.startsWith('lib/pdf/') || f.startsWith('entrypoints/pdf/'))).toEqual([]);
  });

  it('uses the page layer and the engine (so the check above looks at the real graph)', () => {
    expect(graph.files).toContain('lib/page/page-session.ts');
    expect(graph.files).toContain('lib/page/card/card-presenter.ts');
    expect(graph.files).toContain('lib/page/scan/scan-queue.ts');
    expect(graph.files).toContain('lib/citations/index.ts');
  });
});

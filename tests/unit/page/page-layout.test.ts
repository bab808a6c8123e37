import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The page layer's shape (issue 13): a session that is only wiring, and ARCHITECTURE.md's "Hover cards" section
// naming every module of each folder, so the description stays the layout.
const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const FOLDERS = ['read', 'scan', 'marks', 'hover', 'card'] as const;

/** The "Hover cards" section of ARCHITECTURE.md, up to the next heading. */
function hoverSection(): string {
  const doc = read('ARCHITECTURE.md');
  const start = doc.indexOf('## Hover cards');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
}

describe('lib/page', () => {
  it('page-session.ts is wiring of under 150 lines', () => {
    const source = read('lib/page/page-session.ts');
    expect(source.trimEnd().split('\n').length).toBeLessThan(150);
    // Wiring: it builds on the folders and the session's contract, and holds no rendering of its own.
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((path) => !/^\.\/(read|scan|marks|hover|card)\/|^\.\/session-types$/.test(path))).toEqual([]);
  });

  it.each(FOLDERS)('ARCHITECTURE.md names every module of lib/page/%s/ in its folder’s bullet', (folder) => {
    const section = hoverSection();
    const bullet = section.split('\n- ').find((item) => item.includes(`\`lib/page/${folder}/\``));
    expect(bullet, `no bullet for lib/page/${folder}/`).toBeDefined();
    const modules = readdirSync(join(ROOT, 'lib/page', folder)).filter((f) => f.endsWith('.ts'));
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((file) => !bullet!.includes(`\`${file}\``))).toEqual([]);
  });
});

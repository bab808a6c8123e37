import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
/** Application modules (tests excepted): what the 300-line rule and the unique-name rule apply to. */
const modules = execFileSync('git', ['ls-files', 'lib', 'components', 'entrypoints', 'corpus'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'));
/** Names a folder's role gives (a folder's public API, an entry point's files): shared on purpose. */
const CONVENTIONAL = new Set(['index.ts', 'main.tsx', 'App.tsx']);

describe('application modules', () => {
  it('finds the modules (the checks below look at something)', () => {
    expect(modules.length).toBeGreaterThan(150);
  });

  it('are at most 300 lines each', () => {
    const lines = (file: string) => readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1;
    expect(modules.filter((file) => lines(file) > 300).map((file) => `${file}: ${lines(file)} lines`)).toEqual([]);
  });

  it('have unique file names (a name says what the file holds)', () => {
    const byName = new Map<string, string[]>();
    for (const file of modules) byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);
    const shared = [...byName].filter(([name, files]) => files.length > 1 && !CONVENTIONAL.has(name));
    expect(shared.map(([, files]) => files.join(' = '))).toEqual([]);
  });
});

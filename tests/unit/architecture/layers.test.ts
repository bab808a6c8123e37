import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../eslint.config.js';
import { appModules, importCycles, importsOf, reachFrom, ROOT, type ImportEdge } from './import-graph';
import { names, rowsOf, violations, within, type Layer } from './layer-rules';

const modules = appModules();

/** WXT's entry modules: each entrypoint folder's `index.ts` or `main.tsx`. */
const entries = modules.filter((file) => /^entrypoints\/[^/]+\/(index\.ts|main\.tsx)$/.test(file));

describe('the import graph against the layer table (eslint.config.js LAYERS, ARCHITECTURE.md)', () => {
  it('puts every application module under a row of the table', () => {
    expect(modules.filter((file) => rowsOf(file).length === 0)).toEqual([]);
  });

  it('finds no import that a row forbids or does not list', () => {
    expect(modules.flatMap((file) => importsOf(file).flatMap(violations))).toEqual([]);
  });

  it.each(entries)('lets %s reach, through every import, nothing its rows forbid', (entry) => {
    const reached = reachFrom(entry);
    const edges: ImportEdge[] = [
      ...reached.files.map((file) => ({ from: entry, specifier: file, file })),
      ...reached.packages.map((specifier) => ({ from: entry, specifier, file: null })),
    ];
    const forbidden = rowsOf(entry).flatMap((row) => row.mayNotImport);
    expect(edges.filter((edge) => forbidden.some((name) => names(edge, name))).map((e) => e.specifier)).toEqual([]);
  });

  it('has no import cycle among application modules', () => {
    expect(importCycles(modules)).toEqual([]);
  });

  it('lets nothing outside tests/ import from tests/ (tooling such as the browser harness lives in tooling/)', () => {
    const tracked = execFileSync('git', ['ls-files', '*.ts', '*.tsx'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
    const outside = tracked.filter((file) => /\.tsx?$/.test(file) && !file.startsWith('tests/'));
    expect(outside.length).toBeGreaterThan(modules.length);
    const intoTests = outside.flatMap((file) => importsOf(file).filter((edge) => edge.file?.startsWith('tests/')));
    expect(intoTests.map((edge) => `${edge.from} → ${edge.specifier}`)).toEqual([]);
  });

  it('follows the real graph (so the checks above look at something)', () => {
    expect(entries).toEqual(
      expect.arrayContaining(['entrypoints/background/index.ts', 'entrypoints/content/index.ts']),
    );
    expect(reachFrom('entrypoints/content/index.ts').files).toContain('lib/citations/index.ts');
  });
});

/** A probe module in the row's first folder, and an import of `name` spelled as that module would spell it. */
function probe(row: Layer, name: string): { file: string; edge: ImportEdge } {
  const file = `${row.folders[0]}/probe.ts`;
  const folder = APP_FOLDER_NAME.test(name);
  const target = `${name}/probe-target.ts`;
  const relative = posix.relative(posix.dirname(file), target).replace(/\.ts$/, '');
  const specifier = folder ? (relative.startsWith('.') ? relative : `./${relative}`) : name;
  return { file, edge: { from: file, specifier, file: folder ? target : null } };
}
/** Table names that are project folders. */
const APP_FOLDER_NAME = /^(lib|components|entrypoints|corpus)(\/|$)/;

const eslint = new ESLint();
async function lintRefuses(file: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import * as m from '${specifier}';\nexport const x = m;\n`, {
    filePath: file,
  });
  return (result?.messages ?? []).some((message) => message.ruleId === 'no-restricted-imports');
}

const forbiddenProbes = LAYERS.flatMap((row) => row.mayNotImport.map((name) => [row.layer, name, row] as const));

describe('probes: every row refuses what it may not import, in the graph test and in lint', () => {
  it('has a probe for every row that forbids something', () => {
    const rowsWithRules = LAYERS.filter((row) => row.mayNotImport.length > 0).map((row) => row.layer);
    expect([...new Set(forbiddenProbes.map(([layer]) => layer))]).toEqual(rowsWithRules);
  });

  it.each(forbiddenProbes)('layer "%s" may not import %s', async (_layer, name, row) => {
    const { file, edge } = probe(row, name);
    expect(violations(edge).join('\n')).toContain(`may not import ${name}`);
    expect(await lintRefuses(file, edge.specifier)).toBe(true);
  });

  // Controls: an import the row lists passes both (the probes above fail for the right reason).
  it.each(
    LAYERS.filter((row) => row.mayImport.some((name) => !row.folders.some((f) => within(name, f)) && name !== '*')),
  )('layer "$layer" may import what it lists', async (row) => {
    const name = row.mayImport.find((n) => !row.folders.some((f) => within(n, f)) && n !== '*')!;
    const { file, edge } = probe(row, name);
    expect(violations(edge)).toEqual([]);
    expect(await lintRefuses(file, edge.specifier)).toBe(false);
  });
});

/** The backticked names of a table cell, with "the pure core" and "everything" spelled out. */
function cellNames(cell: string): string[] {
  const listed = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''));
  if (/\bthe pure core\b/.test(cell)) listed.push(...LAYERS[0]!.folders);
  if (/\beverything\b/.test(cell)) listed.push('*');
  return [...new Set(listed)].sort();
}

describe('ARCHITECTURE.md', () => {
  // Table rows: "| layer | folders | may import | may not import |" under "## Layers".
  const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const table = doc
    .slice(doc.indexOf('## Layers'))
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

  it('shows the layer table that lint and the graph test enforce, row for row', () => {
    const shown = table.map(([layer, folders, may, mayNot]) => ({
      layer,
      folders: cellNames(folders!),
      mayImport: cellNames(may!),
      mayNotImport: cellNames(mayNot!),
    }));
    const enforced = LAYERS.map((row) => ({
      layer: row.layer,
      folders: [...row.folders].sort(),
      mayImport: [...new Set(row.mayImport)].sort(),
      mayNotImport: [...row.mayNotImport].sort(),
    }));
    expect(shown).toEqual(enforced);
  });
});

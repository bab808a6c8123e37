import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';

/** The project root: every path below is relative to it, with `/` separators. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** The application's folders (what ships or builds the corpus); tests, bench and scripts are tooling. */
export const APP_FOLDERS = ['lib', 'containers', 'components', 'entrypoints', 'corpus'];

/** One import of one module: a project file (relative path) or a package (its specifier). */
export interface ImportEdge {
  from: string;
  specifier: string;
  /** The project file it resolves to, or null for a package or a built-in. */
  file: string | null;
}

/**
 * Static `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')` specifiers. The
 * leading `(?:^|\n)\s*` keeps an `import` inside a string or a comment's prose from counting; type-only imports
 * count too (a type import across a forbidden boundary is still a design error).
 */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The project file a relative specifier names (bundler rules: extension optional, folder index), or null. */
export function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(ROOT, dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const found = candidates.find(isFile);
  return found ? relative(ROOT, found).split('\\').join('/') : null;
}

/**
 * Whole `import type … from '…'` / `export type … from '…'` statements: erased from the bundle. (`import { type A }`
 * is kept: the bundler may keep the module for its side effects.)
 */
const TYPE_ONLY = /(?:^|\n)\s*(?:import|export)\s+type\s[^'"]*?from\s*['"][^'"]+['"]/g;

/** Every import of a module, resolved; `runtime`: only those that stay in the bundle (no type-only import). */
export function importsOf(file: string, { runtime = false } = {}): ImportEdge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = runtime ? text.replace(TYPE_ONLY, '\n') : text;
  return [...source.matchAll(IMPORT)].map((m) => {
    const specifier = (m[1] ?? m[2] ?? m[3])!;
    return { from: file, specifier, file: specifier.startsWith('.') ? resolveRelative(file, specifier) : null };
  });
}

/** Every TypeScript module of the application, tests left out. */
export function appModules(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
    });
  return APP_FOLDERS.flatMap(walk).sort();
}

/** Every project module and package an entry reaches, following its imports (`runtime`: see `importsOf`). */
export function reachFrom(entry: string, options: { runtime?: boolean } = {}): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const edge of importsOf(file, options)) {
      if (edge.file) stack.push(edge.file);
      else if (!edge.specifier.startsWith('.')) packages.add(edge.specifier);
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** The import cycles among modules (strongly connected groups of two or more, Tarjan's algorithm), each sorted. */
export function importCycles(files: string[]): string[][] {
  const next = new Map(files.map((file) => [file, importsOf(file).flatMap((edge) => (edge.file ? [edge.file] : []))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

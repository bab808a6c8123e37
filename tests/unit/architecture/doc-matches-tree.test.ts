/**
 * ARCHITECTURE.md names files, folders and message types; a move or a removal that forgets the document makes it lie
 * to the next newcomer. This test reads every code span of the document and checks each name against the tree and
 * the protocol, and checks that every application folder has its place in the document.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_FOLDERS, ROOT } from './import-graph';

const DOC = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');

/** Folders that are not the project's own tree. */
const SKIP = new Set(['node_modules', '.git', '.output', '.wxt', '.cache', 'coverage']);

/** Every file and folder of the project, relative, with `/` separators; folders end with `/`. */
function treePaths(dir = ROOT, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    // `.output-*` folders are other builds' outputs (bench, tests): not in a fresh clone either.
    if (SKIP.has(name) || name.startsWith('.output')) return [];
    const path = `${prefix}${name}`;
    return statSync(join(dir, name)).isDirectory() ? [`${path}/`, ...treePaths(join(dir, name), `${path}/`)] : [path];
  });
}
const TREE = treePaths();

/**
 * Code spans that read as a project path or a message type: lower-case segments joined by `/` (`lib/page/card/`,
 * `card/card-store.ts`, `cards/for-keys`) or a bare TypeScript file name (`hover-machine.ts`). Spans with spaces,
 * capitals, `<`, `:` or `@` (symbols such as `CTOC/COP/WG.4/2011/8`, URLs, package names) are left out.
 */
const PATHLIKE = /^(?:[a-z0-9][a-z0-9._-]*\/)+[a-z0-9._-]*$|^[a-z0-9][a-z0-9.-]*\.tsx?$/;

const spans = [...new Set([...DOC.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!).filter((s) => PATHLIKE.test(s)))];

/**
 * The message types the protocols declare: a quoted `area/name` member opening a `{` (`'cards/for-keys': {`), in any
 * module under lib/ (the background protocol and the page protocol live in different files).
 */
const MESSAGE_TYPES = new Set(
  TREE.filter((path) => path.startsWith('lib/') && path.endsWith('.ts'))
    .flatMap((path) => [...readFileSync(join(ROOT, path), 'utf8').matchAll(/^\s*'([a-z-]+\/[a-z-]+)'\s*:\s*\{/gm)])
    .map((m) => m[1]!),
);

/**
 * Files the build writes (the content script's stylesheet `content-scripts/marks.css`) are not in a fresh clone's tree
 * before `npm run build`; the document may name one when the code declares that name as a string (`'…'`).
 */
const SOURCES = TREE.filter((path) => /^(lib|entrypoints)\/.*\.tsx?$|^wxt\.config\.ts$/.test(path)).map((path) =>
  readFileSync(join(ROOT, path), 'utf8'),
);
const builtByCode = (span: string) => SOURCES.some((source) => source.includes(`'${span}'`));

/** A span names a tree path when the tree holds it from the root or below some folder (`card/x.ts` in lib/page). */
function inTree(span: string): boolean {
  return TREE.some(
    (path) => path === span || path === `${span}/` || path.endsWith(`/${span}`) || path.endsWith(`/${span}/`),
  );
}

describe('ARCHITECTURE.md matches the tree', () => {
  it('finds the paths and message types it checks (the filter is not empty)', () => {
    expect(spans.length).toBeGreaterThan(40);
    expect(MESSAGE_TYPES.has('cards/for-keys')).toBe(true);
  });

  it('names only files, folders and message types that exist', () => {
    const missing = spans.filter((span) => !inTree(span) && !MESSAGE_TYPES.has(span) && !builtByCode(span));
    expect(missing).toEqual([]);
  });

  it('gives every application folder (lib/*, entrypoints/*, components/*, corpus) its place', () => {
    const folders = APP_FOLDERS.flatMap((top) =>
      readdirSync(join(ROOT, top))
        .filter((name) => statSync(join(ROOT, top, name)).isDirectory())
        .map((name) => `${top}/${name}`),
    );
    expect(folders.length).toBeGreaterThan(10);
    const unnamed = folders.filter((folder) => !DOC.includes(`${folder}/`) && !DOC.includes(`\`${folder}\``));
    expect(unnamed).toEqual([]);
  });
});

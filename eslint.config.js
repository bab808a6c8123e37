// @ts-check
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The pure core's folders: no DOM, no browser API, no database. */
const PURE_CORE = ['corpus', 'lib/citations', 'lib/text'];

/**
 * ARCHITECTURE.md's layer table, as data: the one source of the import rules. ESLint's `no-restricted-imports` rules
 * below are generated from it, and `tests/unit/architecture/` checks the whole import graph against it and checks
 * that ARCHITECTURE.md's table says the same.
 * - `folders`: the project folders of the layer (every file under them, tests excepted).
 * - `mayImport`: what its files do import besides their own layer: project folders or packages (`node:` built-ins
 *   are always allowed). The graph test fails on an import the row does not list, so the column stays true.
 * - `mayNotImport`: what they must never import (the lint rule and the graph test both refuse it).
 * A file under several rows (a sub-layer inside a layer) obeys all of them.
 * @type {{ layer: string; folders: string[]; mayImport: string[]; mayNotImport: string[]; why: string }[]}
 */
export const LAYERS = [
  {
    layer: 'pure core',
    folders: PURE_CORE,
    mayImport: [...PURE_CORE],
    mayNotImport: [
      'wxt',
      '#i18n',
      'dexie',
      'preact',
      'lib/db',
      'lib/page',
      'lib/messaging',
      'components',
      'entrypoints',
    ],
    why: 'Pure modules (corpus parser, citation engine, text) use no DOM, no browser API and no database.',
  },
  {
    layer: 'message protocol',
    folders: ['lib/messaging'],
    mayImport: ['wxt', ...PURE_CORE, 'lib/cards', 'lib/references'],
    mayNotImport: ['lib/db', 'dexie', 'lib/export', 'lib/page', 'components', 'entrypoints'],
    why: 'The protocol is shared by every process: content scripts load it, so it never reaches the database.',
  },
  {
    layer: 'database',
    folders: ['lib/db'],
    mayImport: ['dexie', ...PURE_CORE, 'lib/references'],
    mayNotImport: ['lib/messaging', 'lib/page', 'components', 'entrypoints'],
    why: 'Data layers do not reach into page code, UI or entry points.',
  },
  {
    layer: 'page layer',
    folders: ['lib/page'],
    mayImport: [...PURE_CORE, 'lib/messaging', 'lib/cards', 'lib/references', 'lib/settings'],
    mayNotImport: ['lib/db', 'dexie', 'pdfjs-dist', 'lib/pdf', 'components', 'entrypoints'],
    why: 'The page layer runs in every page: no database (the page would own it), no pdf.js, no UI of its own.',
  },
  {
    layer: 'page reading, scanning and marks',
    folders: ['lib/page/read', 'lib/page/scan', 'lib/page/marks'],
    mayImport: [...PURE_CORE, 'lib/page', 'lib/messaging', 'lib/settings'],
    mayNotImport: ['lib/page/card', 'lib/page/hover', 'preact'],
    why: 'lib/page/read, scan and marks come before hover and cards: the page session wires them.',
  },
  {
    layer: 'reference domain',
    folders: ['lib/references'],
    mayImport: [...PURE_CORE, '#i18n'],
    mayNotImport: [
      'wxt',
      'dexie',
      'preact',
      'lib/db',
      'lib/messaging',
      'lib/export',
      'lib/cards',
      'lib/search',
      'lib/page',
      'components',
      'entrypoints',
    ],
    why: 'How a reference is worded, linked and saved is shared by every process and format: no browser state, database or UI.',
  },
  {
    layer: 'saved-list formats',
    folders: ['lib/export'],
    mayImport: [...PURE_CORE, 'lib/references'],
    mayNotImport: [
      'wxt',
      '#i18n',
      'dexie',
      'preact',
      'lib/db',
      'lib/messaging',
      'lib/page',
      'components',
      'entrypoints',
    ],
    why: 'lib/export is pure: it formats data and touches no browser API, database or UI.',
  },
  {
    layer: 'corpus search',
    folders: ['lib/search'],
    mayImport: [...PURE_CORE, 'fuse.js', 'lib/db', 'lib/references', 'lib/messaging', 'lib/settings', 'wxt'],
    mayNotImport: ['lib/page', 'components', 'entrypoints'],
    why: 'Data layers do not reach into page code, UI or entry points.',
  },
  {
    layer: 'containers',
    folders: ['containers'],
    mayImport: [
      '#i18n',
      'preact',
      'dexie',
      'components',
      'lib/db',
      'lib/export',
      'lib/messaging',
      'lib/pdf-route',
      'lib/references',
      'lib/search',
      'lib/settings',
      'wxt',
    ],
    mayNotImport: ['entrypoints'],
    why: 'Containers turn data into component props; entry points wire containers, not the other way round.',
  },
  {
    layer: 'card data and labels',
    folders: ['lib/cards'],
    mayImport: [...PURE_CORE, 'lib/references'],
    mayNotImport: ['lib/db', 'dexie', 'lib/messaging', 'lib/background', 'lib/page', 'components', 'entrypoints'],
    why: 'Card data is built for any process; it never reaches into page code or UI.',
  },
  {
    layer: 'PDF routing',
    folders: ['lib/pdf-route'],
    mayImport: ['wxt', 'lib/messaging', 'lib/settings'],
    mayNotImport: ['pdfjs-dist', 'lib/pdf', 'lib/db', 'lib/page', 'components', 'entrypoints'],
    why: 'Routing runs in the background and the content script: pdf.js loads in the reader page only.',
  },
  {
    layer: 'settings',
    folders: ['lib/settings'],
    mayImport: ['wxt'],
    mayNotImport: ['lib/db', 'dexie', 'lib/page', 'components', 'entrypoints'],
    why: 'Settings live in WXT storage, read by every process, content scripts included.',
  },
  {
    layer: 'background services',
    folders: ['lib/background'],
    mayImport: [
      'wxt',
      '#i18n',
      ...PURE_CORE,
      'lib/cards',
      'lib/db',
      'lib/messaging',
      'lib/pdf-route',
      'lib/references',
      'lib/search',
      'lib/settings',
    ],
    mayNotImport: ['lib/page', 'lib/pdf', 'pdfjs-dist', 'components', 'entrypoints'],
    why: 'The background answers messages: it has no page, no UI and no pdf.js.',
  },
  {
    layer: 'components',
    folders: ['components'],
    mayImport: [
      'preact',
      '#i18n',
      ...PURE_CORE,
      'lib/cards',
      'lib/export',
      'lib/references',
      'lib/search',
      'lib/settings',
    ],
    mayNotImport: ['wxt', 'lib/messaging', 'lib/db', 'dexie', 'lib/page', 'entrypoints'],
    why: 'Components are presentational: props in, callbacks out.',
  },
  {
    layer: 'content script',
    folders: ['entrypoints/content', 'entrypoints/card-ui'],
    mayImport: [
      'wxt',
      '#i18n',
      'preact',
      'components',
      'lib/page',
      'lib/messaging',
      'lib/cards',
      'lib/references',
      'lib/pdf-route',
      'lib/settings',
    ],
    mayNotImport: ['lib/db', 'dexie', 'pdfjs-dist', 'lib/pdf', 'lib/search'],
    why: 'The content script runs in every page: no database (it asks the background), no pdf.js, no search index.',
  },
  {
    layer: 'engine module',
    folders: ['entrypoints/engine'],
    mayImport: ['wxt', ...PURE_CORE, 'lib/page'],
    mayNotImport: [
      'lib/db',
      'dexie',
      'preact',
      '#i18n',
      'components',
      'lib/messaging',
      'pdfjs-dist',
      'lib/pdf',
      'lib/search',
    ],
    why: 'The engine module the content script imports on demand: the pure core and the slot it fills, no UI.',
  },
  {
    layer: 'PDF reader parts',
    folders: ['lib/pdf'],
    mayImport: ['pdfjs-dist', ...PURE_CORE, 'lib/page', 'lib/messaging'],
    mayNotImport: ['lib/db', 'dexie', 'components', 'entrypoints'],
    why: 'The reader asks the background like a content script does; its UI is wired by entrypoints/pdf.',
  },
  {
    layer: 'extension pages and background',
    folders: [
      'entrypoints/background',
      'entrypoints/popup',
      'entrypoints/popup-read',
      'entrypoints/options',
      'entrypoints/saved',
      'entrypoints/welcome',
      'entrypoints/pdf',
    ],
    mayImport: ['*'],
    mayNotImport: [],
    why: 'Entry points wire everything below them.',
  },
];

/** Packages a row can name, and the specifiers each covers (`#` is escaped: it starts a comment in these patterns). */
const PACKAGE_PATTERNS = {
  wxt: ['wxt', 'wxt/*'],
  '#i18n': ['\\#i18n'],
  dexie: ['dexie', 'dexie/*'],
  preact: ['preact', 'preact/*'],
  'pdfjs-dist': ['pdfjs-dist', 'pdfjs-dist/*'],
  'fuse.js': ['fuse.js', 'fuse.js/*'],
};

/** Whether a folder is `folder` or inside it. */
const within = (dir, folder) => dir === folder || dir.startsWith(`${folder}/`);

/** The application's folders, every depth: each gets one generated block (flat config does not merge a rule's options). */
function appDirectories() {
  const walk = (dir) => [
    dir,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => walk(posix.join(dir, entry.name))),
  ];
  return ['lib', 'containers', 'components', 'entrypoints', 'corpus'].flatMap(walk);
}

/** The relative specifiers from `dir` that reach `folder`: the direct path and the one through the project root. */
function folderPatterns(dir, folder) {
  const direct = posix.relative(dir, folder);
  const viaRoot = `${posix.relative(dir, '.') || '.'}/${folder}`;
  const forms = [direct.startsWith('.') ? direct : `./${direct}`, viaRoot];
  return [...new Set(forms)].flatMap((form) => [form, `${form}/**`]);
}

/** `no-restricted-imports` blocks generated from LAYERS, one per application folder that a row covers. */
function layerRules() {
  return appDirectories().flatMap((dir) => {
    const rows = LAYERS.filter((row) => row.folders.some((folder) => within(dir, folder)));
    const patterns = rows.flatMap((row) =>
      row.mayNotImport
        .filter((target) => !within(dir, target))
        .map((target) => ({
          group: target in PACKAGE_PATTERNS ? PACKAGE_PATTERNS[target] : folderPatterns(dir, target),
          message: `${row.why} (ARCHITECTURE.md, layer "${row.layer}" may not import ${target})`,
        })),
    );
    if (patterns.length === 0) return [];
    return [
      {
        files: [`${dir}/*.ts`, `${dir}/*.tsx`],
        ignores: ['**/*.test.ts', '**/*.test.tsx'],
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      },
    ];
  });
}

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', '.cache/**', 'bench/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules(),
);

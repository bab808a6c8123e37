// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Import boundaries (see ARCHITECTURE.md). Each layer lists what it may NOT import; the rules are the diagram.
 */
const dbLayer = {
  group: ['**/db', '**/db/**', 'dexie'],
  message:
    'Only the background and extension pages use the database; content scripts ask the background through lib/messaging.',
};
const browserApis = {
  group: [
    'wxt/browser',
    'wxt/utils/*',
    'wxt/testing/*',
    '\\#i18n', // '#' starts a comment in gitignore-style patterns: escaped
    'dexie',
    'preact',
    'preact/*',
    '**/db/**',
    '**/page/**',
    '**/messaging/**',
    '**/components/**',
    '**/entrypoints/**',
  ],
  message: 'Pure modules (corpus parser, citation engine, text) use no DOM, no browser API and no database.',
};

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
  {
    files: ['lib/citations/**', 'lib/text/**', 'corpus/**'],
    ignores: ['corpus/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [browserApis] }] },
  },
  {
    // Saved-list formats are pure, apart from the saved-reference types they format.
    files: ['lib/export/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wxt/*',
                '\\#i18n', // '#' starts a comment in gitignore-style patterns: escaped
                'dexie',
                'preact',
                'preact/*',
                '**/db/**',
                '**/page/**',
                '**/components/**',
                '**/entrypoints/**',
              ],
              message: 'lib/export is pure: it formats data and touches no browser API, database or UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/messaging/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dbLayer] }] },
  },
  {
    files: ['lib/db/**', 'lib/search/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/page/**', '**/components/**', '**/entrypoints/**'],
              message: 'Data layers do not reach into page code, UI or entry points.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/content/**', 'lib/page/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dbLayer,
            {
              group: ['pdfjs-dist', 'pdfjs-dist/*', '**/pdf/**'],
              message: 'pdf.js belongs to the PDF reader page only: the content script runs on every page.',
            },
          ],
        },
      ],
    },
  },
  {
    // Inside the page layer (ARCHITECTURE.md, Hover cards): reading, scanning and marks come before hover and cards,
    // and never reach up into them (nor into messaging or UI: the session wires those in).
    files: ['lib/page/read/**', 'lib/page/scan/**', 'lib/page/marks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dbLayer,
            {
              group: ['**/page/card/**', '**/page/hover/**', '../card/**', '../hover/**', 'preact', 'preact/*'],
              message: 'lib/page/read, scan and marks come before hover and cards: the page session wires them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dbLayer,
            {
              group: ['wxt/browser', '**/messaging/**', '**/entrypoints/**'],
              message: 'Components are presentational: props in, callbacks out.',
            },
          ],
        },
      ],
    },
  },
);

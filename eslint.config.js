// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Import boundaries (see ARCHITECTURE.md). Each layer lists what it may NOT import; the rules are the diagram.
 */
const dbLayer = {
  group: ['**/lib/db', '**/lib/db/**', 'dexie'],
  message:
    'Only the background and extension pages use the database; content scripts ask the background through lib/messaging.',
};
const browserApis = {
  group: [
    'wxt/browser',
    'wxt/utils/*',
    'wxt/testing/*',
    '#i18n',
    'dexie',
    'preact',
    'preact/*',
    '**/lib/db/**',
    '**/lib/page/**',
    '**/lib/messaging/**',
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
    files: ['entrypoints/content/**', 'lib/page/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dbLayer] }] },
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
              group: ['wxt/browser', '**/lib/messaging/**', '**/entrypoints/**'],
              message: 'Components are presentational: props in, callbacks out.',
            },
          ],
        },
      ],
    },
  },
);

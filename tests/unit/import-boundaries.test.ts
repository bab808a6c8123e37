import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of ARCHITECTURE.md, checked against the real ESLint config: each forbidden import must be
// reported, each allowed one must not.
const eslint = new ESLint();

async function restricted(filePath: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import * as m from '${specifier}';\nexport const x = m;\n`, { filePath });
  return (result?.messages ?? []).some((message) => message.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['entrypoints/content/probe.ts', '../../lib/db/database'],
    ['entrypoints/content/probe.ts', 'dexie'],
    ['lib/page/probe.ts', '../db/queries'],
    ['lib/page/scan/probe.ts', '../../db/queries'],
    ['lib/page/read/probe.ts', '../card/card-presenter'],
    ['lib/page/marks/probe.ts', '../hover/hit-test'],
    ['lib/messaging/probe.ts', '../db/database'],
    ['lib/citations/probe.ts', 'wxt/browser'],
    ['lib/citations/probe.ts', '../messaging/client'],
    ['lib/text/probe.ts', 'preact'],
    ['corpus/parse/probe.ts', '../../lib/db/database'],
    ['lib/export/probe.ts', '#i18n'],
    ['lib/db/probe.ts', '../page/page-session'],
    ['components/probe.tsx', 'wxt/browser'],
    ['components/probe.tsx', '../lib/messaging/client'],
    ['entrypoints/content/probe.ts', 'pdfjs-dist'],
    ['entrypoints/content/probe.ts', '../../lib/pdf/text-layer-runs'],
    ['lib/page/probe.ts', 'pdfjs-dist/web/pdf_viewer.mjs'],
    ['lib/page/probe.ts', '../pdf/doc-index'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(true);
  });

  it.each([
    ['entrypoints/content/probe.ts', '../../lib/messaging/client'],
    ['entrypoints/background/probe.ts', '../../lib/db/database'],
    ['lib/page/probe.ts', '../citations/index'],
    ['lib/page/card/probe.ts', '../marks/registry'],
    ['lib/page/scan/probe.ts', '../read/text-runs'],
    ['lib/search/probe.ts', '../text/index'],
    ['components/probe.tsx', 'preact/hooks'],
    ['lib/pdf/probe.ts', 'pdfjs-dist'],
    ['lib/pdf/probe.ts', '../page/read/text-runs'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(false);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSaved, EXPORT_FORMATS, type ExportFormat } from '../../../lib/export/formats';
import { GOLDEN_ENTRIES } from './golden-entries';

const GOLDEN_DIR = resolve(import.meta.dirname, '../../fixtures/export');
const request = {
  lang: 'en' as const,
  baseUrl: 'https://undocs.org/',
  words: { heading: 'Saved references', seenOn: 'Seen on:', note: 'Note:' },
  now: new Date('2026-11-22T10:00:00Z'),
};

const GOLDEN: Record<ExportFormat, string> = {
  markdown: 'saved.md',
  text: 'saved.txt',
  csv: 'saved.csv',
  json: 'saved.json',
  'csl-json': 'saved.csl.json',
  ris: 'saved.ris',
};

describe('export formats against golden files', () => {
  it.each(EXPORT_FORMATS)('%s matches its golden file', (format) => {
    const file = exportSaved(format, GOLDEN_ENTRIES, request);
    const path = join(GOLDEN_DIR, GOLDEN[format]);
    // RENVOI_UPDATE_GOLDEN=1 rewrites the files after a deliberate change (review the diff before committing).
    if (process.env.RENVOI_UPDATE_GOLDEN) writeFileSync(path, file.text);
    expect(file.text).toBe(readFileSync(path, 'utf8'));
  });

  it.each([
    ['markdown', 'renvoi-saved-2026-11-22.md', 'text/markdown;charset=utf-8'],
    ['csl-json', 'renvoi-saved-2026-11-22.csl.json', 'application/vnd.citationstyles.csl+json;charset=utf-8'],
    ['ris', 'renvoi-saved-2026-11-22.ris', 'application/x-research-info-systems;charset=utf-8'],
  ] as const)('%s is named %s with type %s', (format, filename, mime) => {
    expect(exportSaved(format, GOLDEN_ENTRIES, request)).toMatchObject({ filename, mime });
  });
});

import type { SavedReference } from '../references/saved-types';
import { toCslJson } from './csl-json';
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown, type ExportWords } from './markdown';
import { toPlainText } from './plain-text';
import type { ExportOptions } from './reference-parts';
import { toRis } from './ris';

/** Every export format, in the order the Export menu offers them. */
export const EXPORT_FORMATS = ['markdown', 'text', 'csv', 'json', 'csl-json', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file ready to download. */
export interface ExportFile {
  /** `renvoi-saved-2026-11-22.md` */
  filename: string;
  mime: string;
  text: string;
}

const FILE_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  text: { extension: 'txt', mime: 'text/plain;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  json: { extension: 'json', mime: 'application/json;charset=utf-8' },
  'csl-json': { extension: 'csl.json', mime: 'application/vnd.citationstyles.csl+json;charset=utf-8' },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems;charset=utf-8' },
};

export interface ExportRequest extends ExportOptions {
  words: ExportWords;
  now: Date;
}

/** The saved list in one format, with a dated file name. */
export function exportSaved(
  format: ExportFormat,
  entries: readonly SavedReference[],
  request: ExportRequest,
): ExportFile {
  const { extension, mime } = FILE_TYPES[format];
  const text =
    format === 'markdown'
      ? toMarkdown(entries, request, request.words)
      : format === 'text'
        ? toPlainText(entries, request, request.words)
        : format === 'csv'
          ? toCsv(entries, request)
          : format === 'json'
            ? toJson(entries, request.now)
            : format === 'csl-json'
              ? toCslJson(entries, request)
              : toRis(entries, request);
  return { filename: `renvoi-saved-${request.now.toISOString().slice(0, 10)}.${extension}`, mime, text };
}

import type { SavedReference } from '../references/saved-types';
import { compactEntry } from '../references/compact-entry';

/** Identifies Renvoi's JSON export; `version` changes only when the shape of `entries` does. */
export const JSON_EXPORT_FORMAT = 'renvoi-saved';
export const JSON_EXPORT_VERSION = 1;

/** The JSON export file (version 1). Entries are SavedReference objects in list order. */
export interface SavedExportFile {
  format: typeof JSON_EXPORT_FORMAT;
  version: typeof JSON_EXPORT_VERSION;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  entries: SavedReference[];
}

// `<`, `>` and `&`, written as JSON unicode escapes: the file can be pasted into an HTML page without becoming markup,
// and JSON.parse gives the same characters back.
const HTML_SIGNIFICANT = /[<>&]/g;

/** The JSON export: every field of every entry, `order` renumbered from 0, indented for people who read it. */
export function toJson(entries: readonly SavedReference[], exportedAt: Date): string {
  const file: SavedExportFile = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    entries: entries.map((entry, order) => compactEntry({ ...entry, order })),
  };
  const json = JSON.stringify(file, null, 2).replace(
    HTML_SIGNIFICANT,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}

import type { SavedReference } from '../references/saved-types';
import { canonicalPinpoint } from '../references/pinpoint';
import { referenceParts, type ExportOptions } from './reference-parts';

/** Column names: stable, lower-case, not translated (spreadsheets and scripts read them). */
export const CSV_COLUMNS = [
  'position',
  'key',
  'kind',
  'label',
  'pinpoint',
  'pinpoint_code',
  'link',
  'symbol',
  'year',
  'authority',
  'note',
  'corpus_ids',
  'pages',
  'saved_at',
] as const;

// A field must be quoted when it holds a quote, a comma or a line break (RFC 4180, section 2, rules 5–6).
const NEEDS_QUOTES = /[",\r\n]/;
// Cells a spreadsheet would run as a formula (OWASP "CSV injection"): they get a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when needed, inner quotes doubled; a would-be formula is defused. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  // Every quote inside a quoted field is doubled (rule 7).
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV (RFC 4180): a header row, one record per reference, CRLF between records; quotes, commas and line breaks in
 * notes survive. Starts with a byte-order mark so spreadsheet programs read accents as UTF-8. Line breaks inside a
 * note are CRLF too, as the RFC's examples write them.
 */
export function toCsv(entries: readonly SavedReference[], options: ExportOptions): string {
  const records = entries.map((entry, index) => {
    const parts = referenceParts(entry, options);
    return [
      index + 1,
      entry.key,
      entry.kind,
      parts.label,
      parts.pinpoint,
      canonicalPinpoint(entry.pinpoint),
      parts.link,
      parts.symbol,
      parts.year,
      parts.authority,
      parts.note.replace(/\n/g, '\r\n'), // each line feed of the note becomes CRLF
      entry.targets.join(' '),
      entry.sightings.map((s) => s.url).join('\r\n'),
      new Date(entry.savedAt).toISOString(),
    ].map(csvField);
  });
  return `\uFEFF${[[...CSV_COLUMNS], ...records].map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

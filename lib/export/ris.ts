import type { SavedReference } from '../references/saved-types';
import { referenceParts, type ExportOptions, type ReferenceType } from './reference-parts';

/** RIS types matching the CSL ones: report, bill (resolution or decision), statute (treaty article). */
const RIS_TYPES: Record<ReferenceType, 'RPRT' | 'BILL' | 'STAT'> = {
  document: 'RPRT',
  instrument: 'BILL',
  treaty: 'STAT',
};

/**
 * The tag holding the number for each type, as Zotero's RIS translator reads it: `SN` is a report number, `M1` a bill
 * number or a statute's public law number.
 */
const NUMBER_TAG: Record<ReferenceType, 'SN' | 'M1'> = { document: 'SN', instrument: 'M1', treaty: 'M1' };

// Characters that would make a note HTML in Zotero (which reads an N1 holding a tag as HTML): escaped as entities.
const HTML_SPECIAL = /[&<>]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// Any line break or other whitespace run: RIS values are one line each.
const WHITESPACE_RUN = /\s+/g;

const oneLine = (text: string) => text.replace(WHITESPACE_RUN, ' ').trim();

/**
 * A note for `N1`: HTML-escaped, its line breaks written `<br/>`. Zotero then shows `<script>` as text and keeps the
 * lines; a note never spills onto a line that another reader could take for a tag.
 */
export function risNote(note: string): string {
  return note
    .split('\n')
    .map((line) => line.replace(HTML_SPECIAL, (c) => ENTITIES[c] ?? c).trim())
    .join('<br/>');
}

/**
 * RIS: one record per reference (`TY` first, `ER` last), tags `XX  - value`, CRLF line ends. Authority in `AU` (and
 * `T3`, the legislative body, for bills), year in `PY`, link in `UR`, pinpoint in `SE`, note in `N1`.
 */
export function toRis(entries: readonly SavedReference[], options: ExportOptions): string {
  const lines: string[] = [];
  const tag = (name: string, value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : oneLine(String(value));
    if (text) lines.push(`${name}  - ${text}`);
  };
  for (const entry of entries) {
    const parts = referenceParts(entry, options);
    tag('TY', RIS_TYPES[parts.type]);
    tag('TI', parts.label);
    tag('AU', parts.authority);
    if (parts.type === 'instrument') tag('T3', parts.authority);
    tag(NUMBER_TAG[parts.type], parts.number);
    tag('T2', parts.container);
    tag('SE', parts.pinpoint);
    tag('PY', parts.year);
    tag('PB', options.lang === 'fr' ? 'Nations Unies' : 'United Nations');
    tag('UR', parts.link);
    if (parts.note) tag('N1', risNote(parts.note));
    lines.push('ER  - ', '');
  }
  return lines.join('\r\n');
}

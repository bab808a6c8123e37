import type { SavedReference } from '../references/saved-types';
import { referenceParts, type ExportOptions } from './reference-parts';

/** Words the Markdown and plain-text exports print, in the interface language (from locales/*.yml). */
export interface ExportWords {
  /** Heading of the file, e.g. "Saved references". */
  heading: string;
  /** Before the pages where a reference was seen, with its colon: "Seen on:", « Vue sur : ». */
  seenOn: string;
  /** Before the user's note, with its colon: "Note:", « Note : ». */
  note: string;
}

// Characters with a meaning anywhere in a Markdown line: escapes, emphasis, code, links, raw HTML, entities, tables.
const INLINE_SPECIAL = /[\\`*_[\]<>&~|]/g;
// What would start a block at the beginning of a line: heading, quote, list item, thematic break, setext underline.
const BLOCK_START = /^(\s*)([#>+=-])/;
// An ordered-list marker at the start of a line (`1.` or `1)`): the punctuation is escaped.
const ORDERED_START = /^(\s*\d+)([.)])/;

/** Text shown literally by any CommonMark renderer: a note `<script>` stays the visible text `<script>`. */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(BLOCK_START, '$1\\$2').replace(ORDERED_START, '$1\\$2');
}

// Characters a `<…>` link destination may not contain.
const UNSAFE_IN_DESTINATION = /[<>\s\\]/g;

/** A link `[text](<url>)`; the angle-bracket form accepts brackets in the address (`S/RES/2331(2016)`). */
const link = (text: string, url: string) =>
  `[${escapeMarkdown(text)}](<${url.replace(UNSAFE_IN_DESTINATION, (c) => encodeURIComponent(c))}>)`;

/**
 * Markdown: a heading, then one list item per reference (linked label and pinpoint), with the pages where it was seen
 * and the note as sub-items. Note lines are joined with hard line breaks so the note stays in its item.
 */
export function toMarkdown(entries: readonly SavedReference[], options: ExportOptions, words: ExportWords): string {
  const lines = [`# ${escapeMarkdown(words.heading)}`, ''];
  for (const entry of entries) {
    const parts = referenceParts(entry, options);
    const title = parts.link ? link(parts.label, parts.link) : escapeMarkdown(parts.label);
    lines.push(`- ${title}${parts.pinpoint ? `, ${escapeMarkdown(parts.pinpoint)}` : ''}`);
    if (entry.sightings.length > 0) {
      const pages = entry.sightings.map((s) => link(s.title || s.url, s.url)).join(', ');
      lines.push(`  - ${escapeMarkdown(words.seenOn)} ${pages}`);
    }
    const noteLines = parts.note.split('\n').filter((line) => line.trim() !== '');
    if (noteLines.length > 0) {
      lines.push(`  - ${escapeMarkdown(words.note)} ${noteLines.map(escapeMarkdown).join('\\\n    ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

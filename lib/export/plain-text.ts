import type { SavedReference } from '../references/saved-types';
import type { ExportWords } from './markdown';
import { citationText } from '../references/citation-text';
import { referenceParts, type ExportOptions } from './reference-parts';

/**
 * Plain text: a heading, then one numbered block per reference — label and pinpoint, the link, the pages where it was
 * seen, the note (continuation lines indented under it). Blocks are separated by a blank line.
 */
export function toPlainText(entries: readonly SavedReference[], options: ExportOptions, words: ExportWords): string {
  const blocks = entries.map((entry, index) => {
    const parts = referenceParts(entry, options);
    const number = `${index + 1}. `;
    const indent = ' '.repeat(number.length);
    const text = citationText({ label: parts.label, kind: entry.kind, pinpoint: entry.pinpoint }, options.lang);
    const lines = [`${number}${text}`];
    if (parts.link) lines.push(`${indent}${parts.link}`);
    for (const sighting of entry.sightings) {
      lines.push(`${indent}${words.seenOn} ${sighting.title ? `${sighting.title} — ` : ''}${sighting.url}`);
    }
    if (parts.note) {
      const head = `${words.note} `;
      const [first = '', ...rest] = parts.note.split('\n');
      lines.push(`${indent}${head}${first}`, ...rest.map((line) => `${indent}${' '.repeat(head.length)}${line}`));
    }
    return lines.map((line) => line.trimEnd()).join('\n');
  });
  return `${[words.heading, ...blocks].join('\n\n')}\n`;
}

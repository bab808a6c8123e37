import type { SavedReference } from '../references/saved-types';
import { citationText } from '../references/citation-text';
import { referenceParts, type ExportOptions } from './reference-parts';

/**
 * Text for the clipboard: one line per reference with its link, ready to paste into a draft —
 * `Working Group report, 2011 (CTOC/COP/WG.4/2011/8), para. 49(b) — https://undocs.org/CTOC/COP/WG.4/2011/8`.
 */
export function copyLine(entry: SavedReference, options: ExportOptions): string {
  const parts = referenceParts(entry, options);
  const text = citationText({ label: parts.label, kind: entry.kind, pinpoint: entry.pinpoint }, options.lang);
  return parts.link ? `${text} — ${parts.link}` : text;
}

/** Every reference, one line each, in list order ("Copy all"). */
export function copyAllText(entries: readonly SavedReference[], options: ExportOptions): string {
  return entries.map((entry) => copyLine(entry, options)).join('\n');
}

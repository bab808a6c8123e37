import type { SavedReference } from '../references/saved-types';
import { referenceParts, type ExportOptions, type ReferenceType } from './reference-parts';

/**
 * CSL-JSON item types: documents with a symbol are reports; resolutions and decisions are `bill` (Zotero's "Bill",
 * whose number and legislative body fit a resolution number and the adopting body); treaty articles `legislation`.
 */
const CSL_TYPES: Record<ReferenceType, 'report' | 'bill' | 'legislation'> = {
  document: 'report',
  instrument: 'bill',
  treaty: 'legislation',
};

/** The subset of CSL-JSON 1.0 that Renvoi writes. */
export interface CslItem {
  id: string;
  type: 'report' | 'bill' | 'legislation';
  title: string;
  number?: string;
  authority?: string;
  /** The body again as institutional author, for managers that ignore `authority` on some types. */
  author?: { literal: string }[];
  publisher: string;
  'container-title'?: string;
  section?: string;
  issued?: { 'date-parts': [[number]] };
  URL?: string;
  note?: string;
}

/** One CSL item per reference; the saved id is the item id (unique by construction). */
export function toCslItems(entries: readonly SavedReference[], options: ExportOptions): CslItem[] {
  return entries.map((entry) => {
    const parts = referenceParts(entry, options);
    const item: CslItem = {
      id: entry.id,
      type: CSL_TYPES[parts.type],
      title: parts.label,
      publisher: options.lang === 'fr' ? 'Nations Unies' : 'United Nations',
    };
    if (parts.number) item.number = parts.number;
    if (parts.authority) {
      item.authority = parts.authority;
      item.author = [{ literal: parts.authority }];
    }
    if (parts.container) item['container-title'] = parts.container;
    if (parts.pinpoint) item.section = parts.pinpoint;
    if (parts.year) item.issued = { 'date-parts': [[parts.year]] };
    if (parts.link) item.URL = parts.link;
    if (parts.note) item.note = parts.note;
    return item;
  });
}

/** CSL-JSON: an array of items, as Zotero, Mendeley, pandoc and citeproc import it. */
export function toCslJson(entries: readonly SavedReference[], options: ExportOptions): string {
  return `${JSON.stringify(toCslItems(entries, options), null, 2)}\n`;
}

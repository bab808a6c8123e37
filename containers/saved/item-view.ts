import type { SavedItemView } from '../../components/saved/saved-view-types';
import { referenceParts, type ExportOptions } from '../../lib/export/reference-parts';
import type { SavedReference } from '../../lib/references/saved-types';

/** What the list shows of a stored entry: label, pinpoint and link in the interface language and link base. */
export function toItemView(entry: SavedReference, options: ExportOptions): SavedItemView {
  const parts = referenceParts(entry, options);
  return {
    id: entry.id,
    key: entry.key,
    label: parts.label,
    pinpoint: parts.pinpoint,
    link: parts.link,
    note: entry.note,
    sightings: entry.sightings.map(({ url, title, context }) => ({ url, title, context })),
  };
}

import type { SavedItemView } from './saved-view-types';

// Combining marks left by NFD decomposition (accents): removed so « resolution » finds « résolution ».
const COMBINING_MARKS = /\p{M}/gu;

/** Lower-case, accent-free text for matching. */
export const foldForFilter = (text: string): string => text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();

/**
 * True when every word of the query appears in the reference's label, key, pinpoint, note or page titles and
 * addresses, ignoring case and accents. An empty query matches everything.
 */
export function matchesFilter(item: SavedItemView, query: string): boolean {
  const words = foldForFilter(query).split(/\s+/).filter(Boolean); // split on any run of whitespace
  if (words.length === 0) return true;
  const haystack = foldForFilter(
    [item.label, item.key, item.pinpoint, item.note, ...item.sightings.flatMap((s) => [s.title, s.url])].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

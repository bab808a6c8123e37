import type { SavedReference } from './saved-types';

/** The entry with its fields in a fixed order and absent optional fields left out (stable files, stable rows). */
export function compactEntry(entry: SavedReference): SavedReference {
  const out: SavedReference = {
    id: entry.id,
    key: entry.key,
    kind: entry.kind,
    label: entry.label,
    targets: entry.targets,
    sightings: entry.sightings,
    note: entry.note,
    order: entry.order,
    savedAt: entry.savedAt,
    updatedAt: entry.updatedAt,
  };
  if (entry.pinpoint !== undefined) out.pinpoint = entry.pinpoint;
  if (entry.symbol !== undefined) out.symbol = entry.symbol;
  if (entry.year !== undefined) out.year = entry.year;
  return out;
}

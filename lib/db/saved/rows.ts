import { salvageSavedReference } from '../../references/entry-salvage';
import type { SavedReference } from '../../references/saved-types';
import type { SavedReferenceRow } from '../database';

/**
 * A stored row as a complete entry to show. Rows from older or newer builds (or damaged ones) are read field by field
 * (lib/references/entry-salvage.ts): losing a saved reference, or any part of it, is the worst thing Renvoi could do. The
 * row's primary key and place are kept as stored, so later writes find it; writes never put this reading back.
 */
export function fromRow(row: SavedReferenceRow): SavedReference {
  return salvageSavedReference(row as SavedReferenceRow & Record<string, unknown>);
}

/** Every row as an entry, in the order given. */
export const fromRows = (rows: readonly SavedReferenceRow[]): SavedReference[] => rows.map(fromRow);

/**
 * The fields of `next` that differ from `shown` (the reading of the stored row a change was computed from): the only
 * fields a write puts back, so every other stored field, known or not, stays exactly as it was.
 */
export function changedFields(shown: SavedReference, next: SavedReference): Partial<SavedReference> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(next)) {
    if (JSON.stringify(value) !== JSON.stringify((shown as unknown as Record<string, unknown>)[field])) {
      changes[field] = value;
    }
  }
  return changes as Partial<SavedReference>;
}

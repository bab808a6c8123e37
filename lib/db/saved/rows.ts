import { readSavedReference } from '../../export/entry-schema';
import type { SavedReference } from '../../messaging/saved-types';
import type { SavedReferenceRow } from '../database';

/**
 * A stored row as a complete entry. Rows from older builds (or damaged ones) get defaults for missing or unreadable
 * fields instead of disappearing: losing a saved reference is the worst thing Renvoi could do. The row's primary key
 * and place are kept as stored, so later writes find it.
 */
export function fromRow(row: SavedReferenceRow): SavedReference {
  const key = typeof row.key === 'string' && row.key.trim() ? row.key : row.id;
  const savedAt = typeof row.savedAt === 'number' && Number.isFinite(row.savedAt) ? row.savedAt : 0;
  const defaults = { kind: 'symbol', label: key, targets: [], sightings: [], note: '', updatedAt: savedAt };
  const full = readSavedReference({ ...defaults, ...row, key, savedAt });
  // A field of the wrong type: keep what identifies the entry and the user's note when it is readable text.
  const read = full.ok
    ? full
    : readSavedReference({ ...defaults, key, savedAt, note: typeof row.note === 'string' ? row.note : '' });
  const order = typeof row.order === 'number' && Number.isFinite(row.order) ? row.order : 0;
  if (!read.ok) {
    return { ...defaults, id: row.id, key: row.id, kind: 'symbol', order, savedAt, targets: [], sightings: [] };
  }
  return { ...read.value, id: row.id, order };
}

/** Every row as an entry, in the order given. */
export const fromRows = (rows: readonly SavedReferenceRow[]): SavedReference[] => rows.map(fromRow);

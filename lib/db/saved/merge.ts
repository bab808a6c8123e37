import { SAVED_LIMITS } from '../../references/limits';
import { savedReferenceId } from '../../references/pinpoint';
import type { SaveRequest, SavedReference, SavedSighting } from '../../references/saved-types';

/** Merging two notes would go past {@link SAVED_LIMITS}.note: refused, so no text the user typed is cut off. */
export class NoteTooLongError extends Error {
  constructor(
    readonly id: string,
    readonly length: number,
  ) {
    super(`The notes of "${id.slice(0, 80)}" together would be ${length} characters (at most ${SAVED_LIMITS.note})`);
    this.name = 'NoteTooLongError';
  }
}

/** A merged note, or the refusal when it would be longer than a note may be. */
function cappedNote(id: string, note: string): string {
  if (note.length > SAVED_LIMITS.note) throw new NoteTooLongError(id, note.length);
  return note;
}

/** Facts the background adds from the corpus when a reference is saved (see SavedReference). */
export interface DocumentFacts {
  symbol?: string;
  year?: number;
  /** A label computed from the corpus, used when the Save button sent none. */
  label?: string;
}

/**
 * Adds pages to a list of sightings: one per URL (the first time it was seen is kept, with its sentence), oldest
 * first, at most `SAVED_LIMITS.sightings`.
 */
export function mergeSightings(current: readonly SavedSighting[], more: readonly SavedSighting[]): SavedSighting[] {
  const byUrl = new Map<string, SavedSighting>();
  for (const sighting of [...current, ...more]) {
    const seen = byUrl.get(sighting.url);
    if (!seen || sighting.at < seen.at) byUrl.set(sighting.url, sighting);
  }
  return [...byUrl.values()].sort((a, b) => a.at - b.at).slice(0, SAVED_LIMITS.sightings);
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].slice(0, SAVED_LIMITS.targets);

/** A new entry for a Save request, placed at `order`. */
export function createEntry(request: SaveRequest, facts: DocumentFacts, order: number, now: number): SavedReference {
  const entry: SavedReference = {
    id: savedReferenceId(request.key, request.pinpoint),
    key: request.key,
    kind: request.kind,
    label: request.label || facts.label || request.key,
    targets: [...request.targets],
    sightings: request.sighting ? [{ ...request.sighting, at: now }] : [],
    note: request.note ?? '',
    order,
    savedAt: now,
    updatedAt: now,
  };
  if (request.pinpoint) entry.pinpoint = { ...request.pinpoint };
  if (facts.symbol) entry.symbol = facts.symbol;
  if (facts.year) entry.year = facts.year;
  return entry;
}

/**
 * Saving a reference that is already in the list: keeps its place, note and label, adds the page where it was seen
 * and any new corpus ids. A note typed with the new save is appended rather than replacing the old one.
 */
export function mergeRequest(
  entry: SavedReference,
  request: SaveRequest,
  facts: DocumentFacts,
  now: number,
): SavedReference {
  const note =
    request.note && !entry.note.includes(request.note)
      ? [entry.note, request.note].filter(Boolean).join('\n')
      : entry.note;
  return {
    ...entry,
    label: entry.label || request.label || facts.label || entry.key,
    targets: union(entry.targets, request.targets),
    sightings: request.sighting ? mergeSightings(entry.sightings, [{ ...request.sighting, at: now }]) : entry.sightings,
    note: note === entry.note ? note : cappedNote(entry.id, note),
    symbol: entry.symbol ?? facts.symbol,
    year: entry.year ?? facts.year,
    updatedAt: now,
  };
}

/**
 * Two versions of one entry (an import or an undo meeting the current list): every page and corpus id of both, the
 * current label and place; notes combined when they differ, so no text the user typed is lost.
 */
export function mergeEntries(current: SavedReference, incoming: SavedReference): SavedReference {
  const note =
    !incoming.note || current.note.includes(incoming.note)
      ? current.note
      : !current.note || incoming.note.includes(current.note)
        ? incoming.note
        : `${current.note}\n${incoming.note}`;
  return {
    ...current,
    targets: union(current.targets, incoming.targets),
    sightings: mergeSightings(current.sightings, incoming.sightings),
    note: note === current.note ? note : cappedNote(current.id, note),
    savedAt: Math.min(current.savedAt, incoming.savedAt),
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
    symbol: current.symbol ?? incoming.symbol,
    year: current.year ?? incoming.year,
  };
}

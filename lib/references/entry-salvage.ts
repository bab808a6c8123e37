import { CITATION_KINDS, type Pinpoint } from '../citations/types';
import type { SavedKind, SavedReference, SavedSighting } from './saved-types';
import { cleanKey, cleanLine, cleanMultiline, isWebUrl } from './clean-fields';
import { UNKNOWN_KIND } from './entry-schema';
import { SAVED_LIMITS as L } from './limits';

/**
 * Reading a stored row of the saved list (written by this build, an older one, a newer one, or damaged) into an
 * entry to show, field by field: every field that reads is kept, over-long text is shortened for display instead of
 * refused, an unknown kind is kept as it is, and one unreadable field never costs the others. The row itself is never
 * rewritten from this reading (see lib/db/saved.ts: writes touch only the fields they change), so what it shows
 * shorter or leaves out stays stored.
 */
type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

const timeOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 8.64e15 ? Math.round(value) : fallback;

// Paragraph letters (`b`, `aa`) and roman clauses or annexes (`iv`, `II`), as entry-schema.ts accepts them.
const MARKER = /^[A-Za-z0-9]{1,10}$/;

function salvagePinpoint(value: unknown): Pinpoint | undefined {
  if (!isObject(value)) return undefined;
  const out: Pinpoint = {};
  for (const [field, v] of Object.entries(value)) {
    if ((field === 'article' || field === 'paragraph') && typeof v === 'number' && Number.isInteger(v) && v >= 0) {
      out[field] = v;
    } else if (field === 'preambular' && v === true) {
      out.preambular = true;
    } else if ((field === 'subparagraph' || field === 'clause' || field === 'annex') && typeof v === 'string') {
      if (MARKER.test(v)) out[field] = v;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function salvageSighting(value: unknown): SavedSighting | null {
  if (!isObject(value) || typeof value.url !== 'string' || !isWebUrl(value.url)) return null;
  return {
    url: value.url,
    title: typeof value.title === 'string' ? cleanLine(value.title, L.title) : '',
    context: typeof value.context === 'string' ? cleanLine(value.context, L.context) : '',
    at: timeOr(value.at, 0),
  };
}

const salvageKind = (value: unknown): SavedKind =>
  CITATION_KINDS.find((k) => k === value) ?? (typeof value === 'string' && UNKNOWN_KIND.test(value) ? value : 'symbol');

/** A stored row as an entry to show; `id` and `order` are the row's own, so later writes find it in place. */
export function salvageSavedReference(row: { id: string } & Obj): SavedReference {
  const key = (typeof row.key === 'string' ? cleanKey(row.key, L.key) : '') || cleanKey(row.id, L.key) || row.id;
  const savedAt = timeOr(row.savedAt, 0);
  const sightings = Array.isArray(row.sightings)
    ? row.sightings.flatMap((s) => salvageSighting(s) ?? []).slice(0, L.sightings)
    : [];
  const targets = Array.isArray(row.targets)
    ? [...new Set(row.targets.filter((t): t is string => typeof t === 'string' && t.length > 0))]
        .map((t) => t.slice(0, L.key))
        .slice(0, L.targets)
    : [];
  const entry: SavedReference = {
    id: row.id,
    key,
    kind: salvageKind(row.kind),
    label: typeof row.label === 'string' ? cleanLine(row.label, L.label) : key,
    targets,
    sightings,
    note: typeof row.note === 'string' ? cleanMultiline(row.note, L.note) : '',
    order: typeof row.order === 'number' && Number.isFinite(row.order) ? row.order : 0,
    savedAt,
    updatedAt: timeOr(row.updatedAt, savedAt),
  };
  const pinpoint = salvagePinpoint(row.pinpoint);
  if (pinpoint) entry.pinpoint = pinpoint;
  if (typeof row.symbol === 'string' && cleanKey(row.symbol, L.key)) entry.symbol = cleanKey(row.symbol, L.key);
  if (typeof row.year === 'number' && Number.isInteger(row.year) && row.year >= 1900 && row.year <= 2200) {
    entry.year = row.year;
  }
  return entry;
}

/**
 * Entries sent back for undo (`saved/restore`): the rows that remove, clear or replace answered, as they were stored.
 * They are checked for what the list needs (an object with an id and a place) and otherwise kept whole, so undo puts
 * back every field, including those this build does not read. Answers a sentence naming the first problem.
 */
export function readStoredEntries(
  raw: unknown,
  path = 'entries',
): { ok: true; value: SavedReference[] } | { ok: false; error: string } {
  if (!Array.isArray(raw) || raw.length > L.entries) {
    return { ok: false, error: `${path} must be a list of at most ${L.entries} entries` };
  }
  const entries: SavedReference[] = [];
  for (const [i, item] of (raw as unknown[]).entries()) {
    if (!isObject(item) || typeof item.id !== 'string' || item.id.length === 0 || item.id.length > L.id) {
      return { ok: false, error: `${path}[${i}] must be a saved entry with an id of at most ${L.id} characters` };
    }
    const order = typeof item.order === 'number' && Number.isFinite(item.order) ? item.order : 0;
    entries.push({ ...item, order } as unknown as SavedReference);
  }
  return { ok: true, value: entries };
}

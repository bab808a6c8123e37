import { CITATION_KINDS, type CitationKind, type Pinpoint } from '../citations/types';
import type { SaveRequest, SavedKind, SavedReference, SavedSighting } from './saved-types';
import { cleanKey, cleanLine, cleanMultiline, isWebUrl } from './clean-fields';
import { SAVED_LIMITS as L } from './limits';
import { savedReferenceId } from './pinpoint';

/**
 * Reading untrusted saved-list data (protocol messages, imported files, old database rows) into clean typed values.
 * Each reader returns the value or a sentence naming the first problem and where it is (`entries[3].note …`).
 */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

type Obj = Record<string, unknown>;

class Invalid extends Error {}

const fail = (path: string, what: string): never => {
  throw new Invalid(`${path} ${what}`);
};

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown, path: string): Obj {
  return isObject(value) ? value : fail(path, 'must be an object');
}

function string(value: unknown, path: string, max: number, options: { empty?: boolean } = {}): string {
  if (typeof value !== 'string' || value.length > max) fail(path, `must be a string of at most ${max} characters`);
  const text = value as string;
  if (!options.empty && text.trim() === '') fail(path, 'must not be empty');
  return text;
}

function optionalString(value: unknown, path: string, max: number): string {
  return value === undefined ? '' : string(value, path, max, { empty: true });
}

function time(value: unknown, path: string): number {
  // Milliseconds since 1970; anything outside the Date range is a corrupted value.
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 8.64e15
    ? Math.round(value)
    : fail(path, 'must be a time in milliseconds');
}

// A kind this build does not know but a newer one may write: lower-case words joined by dashes, like today's kinds.
export const UNKNOWN_KIND = /^[a-z][a-z0-9-]{0,39}$/;

function kind(value: unknown, path: string): CitationKind {
  const found = CITATION_KINDS.find((k) => k === value);
  return found ?? fail(path, `must be one of ${CITATION_KINDS.join(', ')}`);
}

/** A saved entry's kind: today's kinds, and an unknown kind of the same shape kept as it is (see SavedKind). */
function savedKind(value: unknown, path: string): SavedKind {
  if (typeof value === 'string' && UNKNOWN_KIND.test(value)) return value;
  return fail(path, `must be one of ${CITATION_KINDS.join(', ')}`);
}

/** A key or a symbol: plain one-line text, without control or bidirectional formatting characters. */
function keyText(value: unknown, path: string): string {
  const key = cleanKey(string(value, path, L.key), L.key);
  return key === '' ? fail(path, 'must not be empty') : key;
}

// Paragraph letters (`b`, `aa`) and roman clauses or annexes (`iv`, `II`); digits allowed for annexes numbered `1`.
const MARKER = /^[A-Za-z0-9]{1,10}$/;

function pinpoint(value: unknown, path: string): Pinpoint | undefined {
  if (value === undefined) return undefined;
  const raw = object(value, path);
  const out: Pinpoint = {};
  for (const [field, v] of Object.entries(raw)) {
    const at = `${path}.${field}`;
    if (field === 'article' || field === 'paragraph') {
      out[field] =
        typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000 ? v : fail(at, 'must be a whole number');
    } else if (field === 'preambular') {
      if (v !== true) fail(at, 'must be true when present');
      out.preambular = true;
    } else if (field === 'subparagraph' || field === 'clause' || field === 'annex') {
      out[field] = typeof v === 'string' && MARKER.test(v) ? v : fail(at, 'must be a short letter or number');
    } else {
      fail(at, 'is not a pinpoint field');
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function targets(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length > L.targets) fail(path, `must be a list of at most ${L.targets} ids`);
  const ids = (value as unknown[]).map((id, i) => string(id, `${path}[${i}]`, L.key));
  return [...new Set(ids)];
}

function webUrl(value: unknown, path: string): string {
  const url = string(value, path, L.url);
  return isWebUrl(url) ? url : fail(path, 'must be an http or https address');
}

function sighting(value: unknown, path: string, at: number | null): SavedSighting {
  const raw = object(value, path);
  return {
    url: webUrl(raw.url, `${path}.url`),
    title: cleanLine(optionalString(raw.title, `${path}.title`, L.title), L.title),
    context: cleanLine(optionalString(raw.context, `${path}.context`, L.context), L.context),
    at: at ?? time(raw.at, `${path}.at`),
  };
}

function run<T>(read: () => T): Read<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** A Save button's message (`saved/add`). The sighting, if any, gets no time here: the background stamps it. */
export function readSaveRequest(raw: unknown, path = 'save'): Read<SaveRequest> {
  return run(() => {
    const value = object(raw, path);
    const request: SaveRequest = {
      key: keyText(value.key, `${path}.key`),
      kind: kind(value.kind, `${path}.kind`),
      label: cleanLine(optionalString(value.label, `${path}.label`, L.label), L.label),
      targets: targets(value.targets ?? [], `${path}.targets`),
    };
    const pin = pinpoint(value.pinpoint, `${path}.pinpoint`);
    if (pin) request.pinpoint = pin;
    if (value.sighting !== undefined) {
      const { at: _at, ...seen } = sighting(value.sighting, `${path}.sighting`, 0);
      request.sighting = seen;
    }
    if (value.note !== undefined)
      request.note = cleanMultiline(string(value.note, `${path}.note`, L.note, { empty: true }), L.note);
    return request;
  });
}

/**
 * A whole saved entry (restore after undo, import, old database rows). The id is recomputed from key and pinpoint,
 * so an edited file cannot create two entries with one identity.
 */
export function readSavedReference(raw: unknown, path = 'entry'): Read<SavedReference> {
  return run(() => {
    const value = object(raw, path);
    const key = keyText(value.key, `${path}.key`);
    const pin = pinpoint(value.pinpoint, `${path}.pinpoint`);
    const sightings = value.sightings ?? [];
    if (!Array.isArray(sightings) || sightings.length > L.sightings) {
      fail(`${path}.sightings`, `must be a list of at most ${L.sightings} pages`);
    }
    const savedAt = time(value.savedAt, `${path}.savedAt`);
    const entry: SavedReference = {
      id: savedReferenceId(key, pin),
      key,
      kind: savedKind(value.kind, `${path}.kind`),
      label: cleanLine(optionalString(value.label, `${path}.label`, L.label), L.label),
      targets: targets(value.targets ?? [], `${path}.targets`),
      sightings: (sightings as unknown[]).map((s, i) => sighting(s, `${path}.sightings[${i}]`, null)),
      note: cleanMultiline(optionalString(value.note, `${path}.note`, L.note), L.note),
      order: typeof value.order === 'number' && Number.isFinite(value.order) ? value.order : 0,
      savedAt,
      updatedAt: value.updatedAt === undefined ? savedAt : time(value.updatedAt, `${path}.updatedAt`),
    };
    if (pin) entry.pinpoint = pin;
    if (value.symbol !== undefined) entry.symbol = keyText(value.symbol, `${path}.symbol`);
    if (value.year !== undefined) {
      entry.year =
        typeof value.year === 'number' && Number.isInteger(value.year) && value.year >= 1900 && value.year <= 2200
          ? value.year
          : fail(`${path}.year`, 'must be a year');
    }
    return entry;
  });
}

/** A list of saved entries (restore and import messages). */
export function readSavedReferences(raw: unknown, path = 'entries'): Read<SavedReference[]> {
  if (!Array.isArray(raw) || raw.length > L.entries) {
    return { ok: false, error: `${path} must be a list of at most ${L.entries} entries` };
  }
  const entries: SavedReference[] = [];
  for (const [i, item] of raw.entries()) {
    const read = readSavedReference(item, `${path}[${i}]`);
    if (!read.ok) return read;
    entries.push(read.value);
  }
  return { ok: true, value: entries };
}

import { readStoredEntries } from '../references/entry-salvage';
import { readSaveRequest, readSavedReferences } from '../references/entry-schema';
import { SAVED_LIMITS } from '../references/limits';

/**
 * Payload checks of the `saved/*` messages (see validate.ts): `null` when valid, else a sentence naming the problem.
 * Strings are checked for type and size only; their content stays plain text (never parsed as HTML), so a note such as
 * `<script>` is kept and shown literally.
 */
type Payload = Record<string, unknown>;

const id = (p: Payload): string | null =>
  typeof p.id === 'string' && p.id.length > 0 && p.id.length <= SAVED_LIMITS.id
    ? null
    : `"id" must be a non-empty string of at most ${SAVED_LIMITS.id} characters`;

const problem = (read: { ok: true } | { ok: false; error: string }) => (read.ok ? null : read.error);

export const savedChecks = {
  'saved/add': (p: Payload) => problem(readSaveRequest(p, 'save')),
  'saved/update-note': (p: Payload) =>
    id(p) ??
    (typeof p.note === 'string' && p.note.length <= SAVED_LIMITS.note
      ? null
      : `"note" must be a string of at most ${SAVED_LIMITS.note} characters`),
  'saved/move': (p: Payload) =>
    id(p) ??
    (typeof p.toIndex === 'number' && Number.isInteger(p.toIndex) && p.toIndex >= 0
      ? null
      : '"toIndex" must be a whole number, 0 or more'),
  'saved/remove': (p: Payload) =>
    Array.isArray(p.ids) &&
    p.ids.length > 0 &&
    p.ids.length <= SAVED_LIMITS.entries &&
    p.ids.every((x) => typeof x === 'string' && x.length > 0 && x.length <= SAVED_LIMITS.id)
      ? null
      : `"ids" must be a list of 1 to ${SAVED_LIMITS.entries} ids`,
  'saved/restore': (p: Payload) =>
    p.exact !== undefined && typeof p.exact !== 'boolean'
      ? '"exact" must be true or false'
      : problem(readStoredEntries(p.entries, 'entries')),
  'saved/clear': () => null,
  'saved/import': (p: Payload) =>
    p.mode !== 'merge' && p.mode !== 'replace'
      ? '"mode" must be "merge" or "replace"'
      : problem(readSavedReferences(p.entries, 'entries')),
} as const;

import type { SavedReference } from '../references/saved-types';
import { readSavedReferences } from '../references/entry-schema';
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from './json';
import { SAVED_LIMITS } from '../references/limits';

/** Why an import file was refused; the page shows a sentence for each code, with `detail` where it helps. */
export type ImportProblem =
  | { code: 'too-large'; limitBytes: number }
  | { code: 'not-json'; detail: string }
  | { code: 'wrong-format' }
  | { code: 'wrong-version'; version: string }
  | { code: 'too-many'; count: number; limit: number }
  | { code: 'invalid-entry'; detail: string };

export type ImportResult =
  { ok: true; entries: SavedReference[]; exportedAt: string | null } | { ok: false; problem: ImportProblem };

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * Reads a JSON export back (see json.ts). Refuses, naming the problem, anything that is not exactly that: a file over
 * 5 MB, text that is not JSON, another format, another version, too many entries, an entry with a wrong field. Text
 * is kept as inert plain text (`<script>` stays those characters, shown literally by the list). Never throws.
 */
export function parseImport(text: string): ImportResult {
  const limitBytes = SAVED_LIMITS.importBytes;
  // A UTF-8 file is at least as many bytes as characters: check the cheap bound before encoding.
  if (text.length > limitBytes || utf8Length(text) > limitBytes)
    return { ok: false, problem: { code: 'too-large', limitBytes } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')); // a byte-order mark some editors add is not JSON
  } catch (error) {
    return { ok: false, problem: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: { code: 'wrong-format' } };
  const file = data as Record<string, unknown>;
  if (file.format !== JSON_EXPORT_FORMAT) return { ok: false, problem: { code: 'wrong-format' } };
  if (file.version !== JSON_EXPORT_VERSION) {
    return {
      ok: false,
      problem: { code: 'wrong-version', version: JSON.stringify(file.version ?? null).slice(0, 20) },
    };
  }
  if (!Array.isArray(file.entries)) return { ok: false, problem: { code: 'wrong-format' } };
  if (file.entries.length > SAVED_LIMITS.entries) {
    return { ok: false, problem: { code: 'too-many', count: file.entries.length, limit: SAVED_LIMITS.entries } };
  }
  const read = readSavedReferences(file.entries, 'entries');
  if (!read.ok) return { ok: false, problem: { code: 'invalid-entry', detail: read.error } };
  // The file's order is the list order.
  const entries = read.value.map((entry, order) => ({ ...entry, order }));
  return { ok: true, entries, exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt.slice(0, 40) : null };
}

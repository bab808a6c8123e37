import type { SavedErrorCode } from '../references/saved-types';

/**
 * Errors from saved-list handlers travel as `Reply.error` strings of the form `renvoi-saved:<code>: <detail>`, so a
 * page can show a sentence in the user's language for the code and still log the detail.
 */
const PREFIX = 'renvoi-saved:';

const CODES: readonly SavedErrorCode[] = [
  'quota',
  'blocked',
  'storage',
  'invalid',
  'not-found',
  'full',
  'note-too-long',
];

/** An error whose message carries a saved-list error code. */
export class SavedListError extends Error {
  constructor(
    readonly code: SavedErrorCode,
    readonly detail: string,
  ) {
    super(`${PREFIX}${code}: ${detail}`);
    this.name = 'SavedListError';
  }
}

/** Reads an error sentence back into its code and detail; an error from elsewhere counts as `storage`. */
export function parseSavedError(message: string): { code: SavedErrorCode; detail: string } {
  // `renvoi-saved:<code>: <detail>` where the code is lower-case letters and dashes and the detail anything.
  const match = /^renvoi-saved:([a-z-]+): ?([\s\S]*)$/.exec(message);
  const code = CODES.find((c) => c === match?.[1]);
  return code && match ? { code, detail: match[2] ?? '' } : { code: 'storage', detail: message };
}

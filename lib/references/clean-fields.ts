/**
 * Text from pages and imported files is kept as inert plain text: it is never parsed as HTML, and these helpers only
 * remove characters that have no business in a note or a title. `<script>` stays the literal text `<script>`.
 */

// C0 controls except tab and line feed, DEL, and C1 controls: invisible, and some terminals or CSV readers act on them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Carriage returns, alone or before a line feed: notes store `\n` only (CSV and RIS add their own line ends).
const CARRIAGE_RETURNS = /\r\n?/g;
// Any run of whitespace (including line breaks and no-break spaces), for one-line fields.
const WHITESPACE_RUN = /\s+/g;

// Bidirectional formatting characters: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the
// invisible marks (U+200E, U+200F, U+061C). In a key or a symbol they only serve to make one string look like another
// (`A/RES/…` displayed backwards by U+202E); document symbols never contain them.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A citation key or document symbol: control and bidirectional formatting characters removed, one line. */
export function cleanKey(text: string, max: number): string {
  return text.replace(CONTROLS, '').replace(BIDI, '').replace(WHITESPACE_RUN, ' ').trim().slice(0, max);
}

/** A multi-line field (a note): line ends normalised to `\n`, control characters removed, trailing space trimmed. */
export function cleanMultiline(text: string, max: number): string {
  return text.replace(CARRIAGE_RETURNS, '\n').replace(CONTROLS, '').trimEnd().slice(0, max);
}

/** A one-line field (label, title, context): whitespace collapsed to single spaces, control characters removed. */
export function cleanLine(text: string, max: number): string {
  return text.replace(CONTROLS, '').replace(WHITESPACE_RUN, ' ').trim().slice(0, max);
}

/** True for an absolute `http:` or `https:` URL: the only links the saved list shows or exports. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

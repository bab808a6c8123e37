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

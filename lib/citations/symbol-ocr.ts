/**
 * A symbol whose slashes OCR read as letters: a thin vertical stroke becomes `l`, `I` or `|` (`AlRESI71/280` in the
 * President of the Assembly's scanned letter, dev en-188: `A/RES/71/280`). For `parse-symbol.ts`, which reads the
 * symbol again with those strokes put back as slashes (the same length, so offsets hold).
 */

import { execAt, stickyCased } from './patterns';

/**
 * The head of such a symbol, case-sensitive: a one-letter root (`A`, `E`, `S`), a stroke or slash, optionally `HRC` or
 * `CN.n` and a stroke or slash, then a series the grammar puts before a number (`RES`, `DEC`, `PRST`, `HRC`), a stroke
 * or slash and a digit. The series words hold no `l`, `I` or `|`, so every such character in the head is a stroke.
 * Capitals only: `Alresford`, `AIRES` (Buenos Aires in capitals, no stroke and digit after) are not read.
 */
const OCR_HEAD_RE = stickyCased('[AES][/lI|](?:(?:HRC|CN\\.\\d{1,2})[/lI|])?(?:RES|DEC|PRST|HRC)[/lI|](?=\\d)');

/** A stroke read for a slash. */
const STROKE = /[lI|]/g;

/**
 * The text from `pos` with the head's strokes back as slashes (at most 200 characters: a symbol and what a pinpoint
 * or list after it needs), or null when no stroke stands for a slash there.
 */
export function unstroked(text: string, pos: number): string | null {
  const m = execAt(OCR_HEAD_RE, text, pos);
  if (!m || !/[lI|]/.test(m[0])) return null;
  return m[0].replace(STROKE, '/') + text.slice(pos + m[0].length, pos + 200);
}

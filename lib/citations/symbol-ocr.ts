/**
 * A symbol whose slashes OCR read as letters: a thin vertical stroke becomes `l`, `I` or `|` (`AlRESI71/280` in the
 * President of the Assembly's scanned letter, dev en-188: `A/RES/71/280`); and digits read as their lookalike letters
 * (`E/CN.4/l998/53`). For `parse-symbol.ts`, which reads the symbol again with them put back (the same length, so
 * offsets hold).
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

/** A digit OCR read as a letter, next to a digit: `l` or `I` for 1, `O` for 0 (`E/CN.4/l998/53`, `A/RES/7O/1`). */
const DIGIT_LOOKALIKE = /(?<=\d)[lIO]|[lIO](?=\d)/g;
/** One of those letters anywhere: the replacement (a callback per match) only runs on a word that has one. */
const LOOKALIKE = /[lIO]/;

/** The rest of the symbol's word after the head: up to white space, a bracket or list punctuation (60 at most). */
const WORD_RE = /[^\s,;()]{0,60}/y;

/**
 * The text from `pos` with the head's strokes back as slashes and, with `digits`, the word's lookalike letters back
 * as digits (at most 200 characters: a symbol and what a pinpoint or list after it needs); null when nothing changed.
 */
export function unstroked(text: string, pos: number, digits: boolean): string | null {
  const m = 'AES'.includes(text.charAt(pos) || '-') ? execAt(OCR_HEAD_RE, text, pos) : null; // the head's first letter
  const strokes = m !== null && /[lI|]/.test(m[0]);
  const head = strokes ? m[0].replace(STROKE, '/') : '';
  const from = pos + (strokes ? m[0].length : 0);
  const word = digits ? (execAt(WORD_RE, text, from)?.[0] ?? '') : '';
  const fixed =
    word !== '' && LOOKALIKE.test(word) ? word.replace(DIGIT_LOOKALIKE, (c) => (c === 'O' ? '0' : '1')) : word;
  if (!strokes && fixed === word) return null;
  return head + fixed + text.slice(from + word.length, pos + 200);
}

/**
 * The one-character tests of a symbol's edges and segments (`parse-symbol.ts`), read by code: as regexes (`/[\w.@-]/`,
 * `/[\w/]/`, `/\s/`, `/\d$/`) they cost a call each at every symbol, five or six a symbol on the bench's prose, most
 * of them failing (session 45).
 */

import { isRegexSpace } from './reading-chars';

/** A word character of `\w`: an ASCII letter (either case: `| 32`) or digit, or `_`. */
const isWordCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95;

/**
 * What a symbol may not touch before it, `/[\w.@-]/`: a letter, digit, `_`, `.`, `-` or `@` (`F.09.V.11`, `x-A/1/2`,
 * e-mails). `NaN` (no character) touches nothing.
 */
export const touchesBefore = (code: number): boolean => isWordCode(code) || code === 46 || code === 64 || code === 45;

/** What a symbol may not touch after it, `/[\w/]/`: a word character or slash. */
export const touchesAfter = (code: number): boolean => isWordCode(code) || code === 47;

/** Whether `s` holds white space as `/\s/` reads it. */
export function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isRegexSpace(s.charCodeAt(i))) return true;
  return false;
}

/** Whether `s` ends with a digit, `/\d$/`. */
export function endsWithDigit(s: string): boolean {
  const code = s.charCodeAt(s.length - 1);
  return code >= 48 && code <= 57;
}

/**
 * Whether a letter, ASCII or Latin-1's, stands at `pos`: where a word glued after a symbol's number may start (each
 * form of `GLUED_CONNECTOR_RE` in `parse-symbol.ts` opens with one, `[a-zà-ÿ]` or `[A-ZÀ-Þ]`).
 */
export function letterAt(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  return ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 0xc0 && code <= 0xff);
}

/**
 * Whether a capital stands at `pos`, or after a full stop there: where another symbol glued on after a symbol
 * (`GLUED_RE` in `parse-symbol.ts`: an optional stop, then a root, every one in capitals) may start.
 */
export function capitalAfterStop(text: string, pos: number): boolean {
  const at = pos < text.length && text.charCodeAt(pos) === 46 ? pos + 1 : pos;
  const code = at < text.length ? text.charCodeAt(at) : 0;
  return code >= 65 && code <= 90;
}

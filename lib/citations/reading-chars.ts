/**
 * The code units `reading-text.ts` reads differently, by class: white space read as a space, format characters read
 * away, combining accents composed with their letter; and white space as a regex's `\s` reads it, for the parsers'
 * character tests that stand in for a regex call. Pure: no DOM.
 */

/** A code unit read as a space. */
export function isSpaceLike(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** A code unit the reader never sees. */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff;
}

/** A combining accent (Combining Diacritical Marks). */
export function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/** Whether `code` is white space as a regex's `\s` reads it (ECMAScript's WhiteSpace and LineTerminator). */
export const isRegexSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** A blank inside a line (`[ \t\u00a0]`): a space, a tab or a no-break space, as the treaty readers' patterns write it. */
export const isBlank = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0;

/** The position past the one to `most` blanks (`isBlank`) at `pos`, else -1 (none there, or more than `most`). */
export function pastBlanks(text: string, pos: number, most: number): number {
  let i = pos;
  while (i < pos + most && isBlank(text.charCodeAt(i))) i++;
  return i > pos ? i : -1;
}

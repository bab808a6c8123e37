/**
 * The first character of the word after a comma or white space, read by code: a gate before the sticky regexes that
 * open with `,?${WS}`, `,${OWS}` or `${WS}` (`patterns.ts`) and then a word of a few known first letters. Most places
 * they are asked about, after a number or a head word, hold a space and a digit, or a bracket: there the call is
 * skipped (session 38).
 */

/** A space or a line break: `SPACE` (`patterns.ts`), the white space of `WS` and `OWS`. */
const isSpace = (code: number): boolean => code === 32 || code === 10;

/**
 * The code of the first character after the comma and the white space at `pos` (either may be absent, not both), or -1
 * (neither stands there, or the text ends after them). A regex opening with `,?${WS}`, `,${OWS}` or `${WS}` then a word
 * matches at `pos` only if that word starts with this character: `WS` takes the whole run of white space (`(?!SPACE)`
 * after it), and where `OWS` gives some back a space, not the word, comes next.
 */
export function wordAfterGap(text: string, pos: number): number {
  let i = pos < text.length && text.charCodeAt(pos) === 44 ? pos + 1 : pos; // a comma
  const from = i;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return (i === from && i === pos) || i >= text.length ? -1 : text.charCodeAt(i);
}

/**
 * Whether the word after the gap at `pos` (`wordAfterGap`) may start with one of `letters` (ASCII, lower case), in
 * either case: a case-insensitive regex's ASCII letter matches only its two cases (`i` without `u` folds no other
 * character to ASCII). `| 32` also lets a few other codes by (a C1 control for `¶`): a gate may pass more, never less.
 */
export function wordMayStart(text: string, pos: number, letters: string): boolean {
  const code = wordAfterGap(text, pos);
  if (code < 0) return false;
  const lower = code | 32;
  for (let k = 0; k < letters.length; k++) if (letters.charCodeAt(k) === lower) return true;
  return false;
}

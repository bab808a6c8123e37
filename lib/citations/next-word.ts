/**
 * The first character of the word after a comma or white space, read by code: a gate before the sticky regexes that
 * open with `,?${WS}`, `,${OWS}` or `${WS}` (`patterns.ts`) and then a word of a few known first letters. Most places
 * they are asked about, after a number or a head word, hold a space and a digit, or a bracket: there the call is
 * skipped (session 38). `mayLeadWith` is the looser gate for regexes whose separators vary (a title's tags, `(?=§)`, a
 * bracketed letter): it refuses only an ASCII letter or digit no word of the regex starts with (session 45). A regex
 * call costs far more in a pass than a character test, mostly in the cache misses of touching the regex's data and
 * code where it cannot match (a failing sticky call is ~15 ns hot, ~100 ns in a bench pass).
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

/**
 * Whether a sticky regex at `pos` may match, when every one of its matches reads, from `pos`, only spaces, line feeds
 * or commas before its first word, and that word starts with one of `letters` (lower-case ASCII; the regex
 * case-insensitive or not). False only when the first character past those separators is an ASCII letter or digit
 * outside `letters`: a case-insensitive regex without the `u` flag never matches an ASCII letter with another
 * character, so no match is lost. Anything else (a tag's `<`, a quote, a bracket, a tab, an accented letter, the
 * text's end) leaves the answer to the regex.
 */
export function mayLeadWith(text: string, pos: number, letters: string): boolean {
  // Reads within the text only: a read past its end (NaN) made V8 throw away the optimised code of this gate and of
  // its callers ("out of bounds", "not a Smi"; session 47). The text's end leaves the answer to the regex.
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x2c) break;
    i++;
  }
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  // Lower case by `| 0x20`, which leaves a digit as it is: an ASCII letter is the only code it takes into `a`–`z`.
  // Computed for every code, so V8 has seen it run (only after a capital, it compiled it unseen, then threw it away).
  const lower = c | 0x20;
  if (!((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39))) return true;
  return letters.includes(String.fromCharCode(lower));
}

/**
 * Every gate made by `wordGate` or `spacedWordGate` (`spaced`), with its letters and regexes: `next-word.test.ts`
 * checks each against real texts.
 */
export const WORD_GATES: { letters: string; regexes: readonly RegExp[]; spaced?: boolean }[] = [];

/**
 * The gate of `regexes` (`mayLeadWith` with `letters`), recorded in `WORD_GATES` so a test can check that none of them
 * matches where it says no: an alternative added to a regex with a word outside `letters` fails that test.
 */
export function wordGate(letters: string, ...regexes: RegExp[]): (text: string, pos: number) => boolean {
  WORD_GATES.push({ letters, regexes });
  return (text, pos) => mayLeadWith(text, pos, letters);
}

/**
 * `wordGate` for regexes that all open with `WS` (a space or a line feed, `patterns.ts`): also false where `pos` holds
 * neither. After a treaty's name a stop, a comma or a bracket is most common, where `mayLeadWith` leaves the answer to
 * the regex (a non-letter): most calls of the words read after a name failed there (session 46).
 */
export function spacedWordGate(letters: string, ...regexes: RegExp[]): (text: string, pos: number) => boolean {
  WORD_GATES.push({ letters, regexes, spaced: true });
  return (text, pos) => spacedMayLeadWith(text, pos, letters);
}

/** Whether `pos` holds white space (`WS`: a space or a line feed) and the word after may start with one of `letters`. */
export const spacedMayLeadWith = (text: string, pos: number, letters: string): boolean =>
  pos < text.length && isSpace(text.charCodeAt(pos)) && mayLeadWith(text, pos, letters);

/**
 * Whether `POST_LETTER_RE` (`lower-pins.ts`) may match at `pos`, besides its gate (`POST_LETTER_GATE`): only its comma
 * form reads a bare letter (`, a)`, `, (b)`); its other forms open with white space and their word (`alinéa`, `sub`,
 * `apartado`, `inciso`, `under`, `clause`, `l'`) or with their word (`lit.`, `let.`, `al.`), never with a stop or a
 * bracket. Where an article is followed by `de`, `du`, `et` or a stop, it always failed (~1 700 calls a bench pass).
 */
export function postLetterMayStart(text: string, pos: number): boolean {
  if (pos >= text.length) return false; // no read past the text's end (NaN: `mayLeadWith`)
  const c = text.charCodeAt(pos);
  if (c === 0x2c) return true;
  return (c === 0x20 || c === 0x0a || (c | 0x20) === 0x6c || (c | 0x20) === 0x61) && mayLeadWith(text, pos, 'acilsu');
}

/**
 * A gate before a sticky regex that reads a word after separators (`WS`, `, `, a title's separator): the first
 * character past the separators tested against the letters the regex's words can start with. Most positions an
 * engine step tries fail at that word (`of the Protocol to Prevent…` has no `susvisé` after it); a regex call costs
 * far more in a pass than a character test, mostly in the cache misses of touching the regex's data and code where
 * it cannot match (a failing sticky call is ~15 ns hot, ~100 ns in a bench pass). Pure: no DOM, no browser API.
 */

/**
 * Whether a sticky regex at `pos` may match, when every one of its matches reads, from `pos`, only spaces, line feeds
 * or commas before its first word, and that word starts with one of `letters` (lower-case ASCII; the regex
 * case-insensitive or not). False only when the first character past those separators is an ASCII letter or digit
 * outside `letters`: a case-insensitive regex without the `u` flag never matches an ASCII letter with another
 * character, so no match is lost. Anything else (a tag's `<`, a quote, a bracket, a tab, an accented letter, the
 * text's end) leaves the answer to the regex.
 */
export function mayLeadWith(text: string, pos: number, letters: string): boolean {
  let i = pos;
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x0a || c === 0x2c) c = text.charCodeAt(++i);
  if (c >= 0x41 && c <= 0x5a) c |= 0x20;
  else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return true;
  return letters.includes(String.fromCharCode(c));
}

/** Every gate made by `wordGate`, with its letters and regexes: `word-gate.test.ts` checks each against real texts. */
export const WORD_GATES: { letters: string; regexes: readonly RegExp[] }[] = [];

/**
 * The gate of `regexes` (`mayLeadWith` with `letters`), recorded in `WORD_GATES` so a test can check that none of them
 * matches where it says no: an alternative added to a regex with a word outside `letters` fails that test.
 */
export function wordGate(letters: string, ...regexes: RegExp[]): (text: string, pos: number) => boolean {
  WORD_GATES.push({ letters, regexes });
  return (text, pos) => mayLeadWith(text, pos, letters);
}

/**
 * Whether a text needs the engine's reading at all (`reading-text.ts`): the test alone, in a module of its own with no
 * import but the footnote marks' small module, so the content script's gate (`might-cite.ts`, `gateReading`) asks it
 * without bundling the reading and the symbol grammar it imports (`tests/unit/content-imports.test.ts`).
 */
import { MARKER_END, SUPERSCRIPT_DIGIT } from './footnote-marks';

/**
 * A character outside printable ASCII (the space to `~`): the first test of both classes below, which then look back
 * at that one character (`(?<=[…])`). Every character of the classes is outside that range (the tab, the vertical tab,
 * the form feed and the carriage return below it, the rest above `~`), so what they match is unchanged; but most
 * characters of prose are printable ASCII, which one range test turns away where the class's two dozen ranges were
 * each compared (the search of every text for them: ~2.4 → ~1.2 ms over the benchmark's paragraphs, session 30).
 * Nor Latin-1's letters (`À`–`ÿ`) and the em dash and quotes (`—`, `‘’“”`, U+2014–U+201F), none in the classes: most
 * of the rest of a French or Spanish page (`é`, `à`, `’`), where each one stopped the search for a look back (~1.9 →
 * ~1.7 ms over the benchmark's paragraphs, session 45).
 */
const NOT_PRINTABLE = '[^ -~\\u00c0-\\u00ff\\u2014-\\u201f]';

/**
 * One of the characters `reading-text.ts` reads away or rewrites (the hyphen and the spaces apart; the ligatures of
 * `lib/text/ligatures.ts`, U+FB00–FB06, written out: this module imports no more). With two spaces in
 * a row and a hyphen before a line end (`needsReading`), what makes a text need any change; most texts need none and
 * are read as they are, without a copy. A class and substring searches, not one alternation: the alternation tries three branches at every
 * character and cost the engine ~7 % on prose.
 */
const SPECIAL_CHARS = `\\u0300-\\u036f\\t\\v\\f\\r\\u00a0\\u00ad\\u1680\\u2000-\\u2011\\u202f\\u205f\\u2060\\u3000\\ufeff\\ufb00-\\ufb06${SUPERSCRIPT_DIGIT.slice(1, -1)}`;
const SPECIAL = new RegExp(`${NOT_PRINTABLE}(?<=[${SPECIAL_CHARS}])`, 'g');

/**
 * The same class with the en dash, which the one-for-one step reads (`gluedDashes`): one scan finds whether a text
 * holds either, and a text with neither (most) costs no more than before the en dash was read (a second scan for it
 * cost ~2 % of an engine pass on the benchmark's paragraphs).
 */
export const SPECIAL_OR_DASH = new RegExp(`${NOT_PRINTABLE}(?<=[${SPECIAL_CHARS}\\u2013])`);

/**
 * Two spaces in a row. A regex, not `text.includes('  ')`: a substring search of two characters stops at every space
 * of the text (a first-character search, then a look at the next), a word's worth of work each time; the regex's
 * compiled search skips two characters wherever the second is not a space (~2.2–3.0 → ~1.6–2.0 ms over the
 * benchmark's paragraphs, session 30). The class (`[ ]`) keeps V8 from reading the pattern as a plain string, which it
 * would search as `includes` does.
 */
export const TWO_SPACES = /[ ] /;

/**
 * A special character or en dash (`SPECIAL_OR_DASH`), a line feed or a line or paragraph separator, all outside
 * `NOT_PRINTABLE`'s range. A text with none of them and no `SPACES_OR_MARKER` comes out of every step of the reading as
 * it went in (no tab, the first special character, for a table; no line break, for a soft wrap or a word cut at the
 * line end), which this one search tells where the steps and `needsReading` searched it five times over.
 */
export const SPECIAL_OR_BREAK = new RegExp(`${NOT_PRINTABLE}(?<=[\\n\\u2028\\u2029\\u2013${SPECIAL_CHARS}])`);

/**
 * Two spaces in a row (`TWO_SPACES`) or where a footnote marker may end (`MARKER_END`): one search that clears a text
 * of both (most texts), where the two searches each read all of it (~1.9 → ~1.5 ms over the benchmark's paragraphs,
 * session 45). Both are searched for apart only in a text where this finds one.
 */
export const SPACES_OR_MARKER = new RegExp(`${TWO_SPACES.source}|${MARKER_END.source}`);

/**
 * Whether `text` needs the reading (`readingText`), the special characters searched from `from` (where
 * `SPECIAL_OR_DASH` found the first of them or the first en dash; the text's length when none).
 */
// Not a space before a comma alone: one more search of every text cost ~3 % of a pass (tuner-p4); a PDF's commas set
// apart come with its other spacing debris (`article  32 ,  paragraph  5`), whose reading drops them.
// `twoSpaces`: whether `text` holds two spaces in a row, when the caller has read it already (`readingText`).
export function needsReading(text: string, from = 0, twoSpaces?: boolean): boolean {
  SPECIAL.lastIndex = from;
  return (
    (from < text.length && SPECIAL.test(text)) ||
    (twoSpaces ?? TWO_SPACES.test(text)) ||
    hyphenAtLineEnd(text) ||
    lineSeparator(text)
  );
}

/**
 * A Unicode line or paragraph separator (U+2028, U+2029: a word processor's copy), which the reading makes a line
 * break so the engine's white space is the space and the line feed only (`SPACE` in `patterns.ts`). Searched apart,
 * not in `SPECIAL`'s class: a class of two more ranges compiled to code twice as slow (~9 → ~18 ms of a ~100 ms engine
 * pass on the benchmark's paragraphs, session 26); a substring search for a character outside Latin-1 ends at once in
 * a Latin-1 text (four paragraphs in five).
 */
function lineSeparator(text: string): boolean {
  return text.includes('\u2028') || text.includes('\u2029');
}

/**
 * A hyphen before a line break, a space between them or not (`-⏎`, `- ⏎`): the characters before each line break,
 * so a text without one (most paragraphs of a page) is searched once, not twice (`includes('-\n')`, `includes('- \n')`).
 */
function hyphenAtLineEnd(text: string): boolean {
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const before = nl > 0 ? text.charCodeAt(nl - 1) : 0;
    if (before === 0x2d || (before === 0x20 && nl > 1 && text.charCodeAt(nl - 2) === 0x2d)) return true;
  }
  return false;
}

/**
 * Footnote reference numbers glued to the text before them, which the engine's reading (`reading-text.ts`) takes away
 * as a reader does not read them: a web page's `<sup>12</sup>` reaches the engine as `the Protocol12,` once the DOM's
 * text nodes are joined, and a PDF copy keeps its superscript digits (`annex¹¹,`). A marker kept would cut a citation
 * from what follows it (`Resolution 39/46, annex12,` ends the resolution's post-chain; `L’Assemblée générale30,` is no
 * longer the preamble's subject; `sur le droit au développement3, 55/196,` breaks a list) or, glued to an article word,
 * read as its number (`paragraph 1 of this article9,` is not article 9).
 *
 * `hideFootnoteMarks` returns the text with each ASCII marker's characters replaced, one for one, by a zero-width
 * space U+200B, which the reading then drops as it drops every invisible character: the offsets stay the original's.
 * The reading drops superscript digits itself (`isSuperscriptDigit`): its class test already looks for such
 * characters, and a second scan of every text for them cost the engine ~4 %. Pure.
 *
 * A marker is:
 * - one to three ASCII digits right after a word of three letters or more, before a `,` `.` `;` `:` and white space or
 *   the text's end (`Protocol12,`, `Comisión5,`, `Crime1.`). The word stands alone: not after a slash, a full stop, a
 *   digit or an underscore (`E/CN.15/…/Rev1.` keeps its `Rev1`), and not a Security Council acronym (`UNSCR1325,` is
 *   resolution 1325; four digits are never a marker anyway). `article17,` is read as `article` and a marker: at a
 *   clause's end after `this article` / `del presente artículo` / `du présent article` a marker is what real text
 *   holds, and a space lost before an article's number would be a typing slip; precision first, no card;
 * - superscript digits (¹ ² ³ U+00B9, U+00B2, U+00B3, ⁰ ⁴–⁹ U+2070, U+2074–U+2079) before white space, a stop, a
 *   closing bracket or quote, or the end (`AFTER_MARKER`): they never write a citation's number.
 */

/** A zero-width space: what a marker's characters become (the reading drops it). */
const HIDDEN = '\u200b';

/**
 * A digit before a `,` `.` `;` `:` and white space or the text's end, one to three digits after a letter (a class of
 * what may be one: an ASCII letter or any character outside ASCII): where a marker may end. Led by the digit, so the
 * scan is a search for a digit (a pattern led by the letter before it tried every letter of the text and cost the
 * engine ~8 %); the look back after it turns away a number's end (`64/293,`, `2000.`: most digits before a stop, none
 * a marker on the bench's prose), which `markerStart` refused at a call and a result array each. What it lets through,
 * `markerStart` reads as before (a letter of any script, the word's length, what comes before the word).
 */
export const MARKER_END = /\d[,.;:](?=\s|$)(?<=[A-Za-z\u0080-\uffff]\d{1,3}[,.;:])/;
const NUMBER_BEFORE_STOP = new RegExp(MARKER_END.source, 'g');

/** A letter of a word (any script). */
const LETTER = /\p{L}/u;

/** What may not come before a marker's word: a digit, a slash, a full stop or an underscore (a symbol's part). */
const NOT_BEFORE_WORD = /[\p{N}/._]/u;

/** The Security Council's acronyms, which glue their resolution's number (`UNSCR1325`): never a marker's word. */
const COUNCIL_ACRONYM = /^(?:(?:UN)?SCRs?|RCSNU|UNSC)$/i;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Where the marker ending just before `end` starts (its first digit), or -1 when the digits there are no marker: one
 * to three digits right after a word of three letters or more that stands alone (see the top of the file).
 */
function markerStart(text: string, end: number): number {
  let from = end - 1;
  while (from > 0 && isDigit(text.charCodeAt(from - 1))) from--;
  if (end - from > 3) return -1;
  let start = from;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  if (from - start < 3) return -1;
  if (start > 0 && NOT_BEFORE_WORD.test(text[start - 1]!)) return -1;
  return COUNCIL_ACRONYM.test(text.slice(start, from)) ? -1 : from;
}

/** `text` with its footnote markers' characters replaced by zero-width spaces (see the top of the file). */
export function hideFootnoteMarks(text: string): string {
  let out = '';
  let kept = 0; // the end of the text copied to `out`
  NUMBER_BEFORE_STOP.lastIndex = 0;
  for (let m = NUMBER_BEFORE_STOP.exec(text); m; m = NUMBER_BEFORE_STOP.exec(text)) {
    const end = m.index + 1;
    const from = markerStart(text, end);
    if (from < 0) continue;
    out += text.slice(kept, from) + HIDDEN.repeat(end - from);
    kept = end;
  }
  return kept > 0 ? out + text.slice(kept) : text;
}

/** The superscript digits as a regex class: ¹ ² ³ (U+00B9, U+00B2, U+00B3), ⁰ and ⁴–⁹ (U+2070, U+2074–U+2079). */
export const SUPERSCRIPT_DIGIT = '[\\u00b2\\u00b3\\u00b9\\u2070\\u2074-\\u2079]';

/** A superscript digit's code unit (`SUPERSCRIPT_DIGIT`, tested by code for the reading's loop). */
export function isSuperscriptDigit(code: number): boolean {
  return code === 0xb2 || code === 0xb3 || code === 0xb9 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079);
}

/**
 * What may follow a run of superscript digits the reading drops: white space, a stop, a closing bracket or quote (the
 * text's end too). Before anything else (a letter, a digit, an accent, an invisible character, a hyphen) it stays:
 * `Convention¹and` keeps its words apart, and the reading's other steps see what they saw.
 */
export const AFTER_MARKER = /[\s,.;:)\]»”’"']/;

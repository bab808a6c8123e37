/**
 * The text as the engine reads it. Real documents reach the engine with the typography and debris of the tool that
 * produced them: a French page's no-break spaces (`article 6`, `n° 3`), a PDF copy's justified double spaces
 * (`Article  6  (3)  of  the  Protocol`, dev en-466), tabs, Windows line ends, a page's invisible soft hyphens and
 * zero-width spaces, a word hyphenated at a line end (`Conven-`⏎`tion`). A reader sees none of them, and the
 * engine's patterns should not each have to: `readingText` gives one plain reading with a map back to the original's
 * offsets, and `findCitations` reads that and maps its spans back, so every caller (page, PDF, popup, corpus build,
 * evaluation) gets the same citations whatever the spacing. Pure: no DOM, no browser API.
 *
 * What changes (nothing else does; line breaks stay, as heading lines tell the engine a document's author, except a
 * soft wrap):
 * - a line break that is plainly a soft wrap, a line break where a space was (`of the`⏎`Protocol`, `resolución`⏎
 *   `62/208`: `soft-wrap.ts`), reads as a space; first, one character for one, so the offsets are the original's;
 * - a tab, vertical tab, form feed or Unicode space (no-break U+00A0, narrow no-break U+202F, U+2000–U+200A, U+205F,
 *   U+3000, U+1680) reads as a space (a table's tabs first as bars: `tab-cells.ts`), a run as one, none before a comma;
 * - a carriage return, a line separator U+2028 or a paragraph separator U+2029 reads as a line break (`\r\n` as one);
 *   so the reading's white space is the space and the line feed only, which the engine's patterns read as `[ \n]`
 *   (`WS` in `patterns.ts`), not JavaScript's `\s` with its two dozen characters (a smaller compiled regex);
 * - a letter followed by combining accents (U+0300–U+036F: `re\u0301solution`, as macOS copies and some PDF text layers
 *   store them) reads composed (NFC: `résolution`), as the PDF reader's own normalisation does (`normalizePdfText`);
 *   a span that ends on such a letter ends after its accents;
 * - a hyphen U+2010 or non-breaking hyphen U+2011 (UN documents set `S‑10/2`, `A/HRC/RES/S‑27/1` with it) reads as `-`;
 * - an en dash U+2013 glued between a letter and a letter or digit is a hyphen a typesetter or word processor set as a
 *   dash (`A/S–23/10/Rev.1`, `resolution 2046 (S–III)`, `(ORG–75)`, `WG–L&R`, `sub–article`, `décision–cadre`): it
 *   reads as `-`, one character for one (`gluedDashes`); between numbers it stays, a range (`articles 5–7`);
 * - a ligature (`ﬁ`, `ﬂ`, `ﬀ`: a page made from a PDF) reads as its letters, each mapped to it;
 * - invisible format characters go: soft hyphen U+00AD, zero-width space / non-joiner / joiner U+200B–U+200D,
 *   left-to-right and right-to-left marks U+200E–U+200F, word joiner U+2060, byte-order mark U+FEFF;
 * - a footnote marker glued to a word (`the Protocol12,`, `annex¹¹,`: `footnote-marks.ts`) goes;
 * - a hyphen after a letter at a line end, before a lowercase letter, is a word cut by the line (`réso-`⏎`lution`):
 *   hyphen and line break go, as the PDF reader's line join does (`lib/pdf/pdf-text.ts`, pdf-notes §4.3); a capital
 *   or a digit after the break keeps both (`Anti-`⏎`Trafficking`, `Covid-`⏎`19`).
 */

import { AFTER_MARKER, hideFootnoteMarks, isSuperscriptDigit } from './footnote-marks';
import { needsReading, SPACES_OR_MARKER, SPECIAL_OR_BREAK, SPECIAL_OR_DASH, TWO_SPACES } from './reading-needs';
import { inOneEncoding } from './one-encoding';
import { joinSoftWraps } from './soft-wrap';
import { spaceCells } from './space-cells';
import { tabCells } from './tab-cells';
import { isLigature, LIGATURES } from '../text/ligatures';
import { isCombining, isInvisible, isSpaceLike } from './reading-chars';
import { SYMBOL_ROOTS } from './symbol-regex';

/**
 * An en dash glued between a letter (its combining accents after it, if stored apart) and a letter or digit (see the
 * top of this file), unless the letters before it are a roman numeral (`Vols. I–III`, `sessions XX–XXV`: a range, which
 * a volume qualifier keys as written; `civil–military` keeps its dash, which no pattern reads either way), or a
 * symbol's root and its slash follow it (`Report–A/64/293`,
 * `UNODC–CTOC/COP/…`: a dash between a word and a symbol, which a hyphen would glue to the word: `parse-symbol.ts`
 * reads no symbol after a hyphen; the closed list of roots, capitals only, so `WG–L&R/4`, `COP–MOP/3` are read).
 * Between two digits (`3–5`, `1990–2000`) or with a space on either side (`Criminalization – Article 5`) it is a range
 * or a sentence's dash and stays.
 */
// The dash first, its lookbehinds after it: a regex that starts with a lookbehind tries it at every character (a
// 2.7 MB text set with en dashes: ~67 ms), one that starts with the dash skips to each dash.
const GLUED_DASH = new RegExp(
  `\u2013(?<=\\p{L}\\p{M}{0,3}\u2013)(?<!(?<![\\p{L}\\d])(?:[IVXLC]+|[ivxlc]+)\u2013)(?=[\\p{L}\\d])(?!(?:${SYMBOL_ROOTS.join('|')})(?:\\([A-Z]{2,6}\\))?\\s?/)`,
  'gu',
);

/**
 * `text` with its glued en dashes read as hyphens (`GLUED_DASH`), one character for one so the offsets hold; the text
 * itself when it has no en dash (one substring search: most texts).
 */
export function gluedDashes(text: string): string {
  return text.includes('\u2013') ? text.replace(GLUED_DASH, '-') : text;
}

/**
 * Text with the way back: `offsets[i]` is the original offset of `text[i]`; absent when nothing changed. The text is
 * held in one string encoding (`one-encoding.ts`), so the engine's regexes are each compiled once.
 */
export interface ReadingText {
  text: string;
  offsets?: Int32Array;
}

/** A letter before a line-end hyphen or combining accents (any script), and a lowercase letter after a cut. */
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/**
 * Where a line-end hyphen at `at` is a word cut by the line: the index of the lowercase letter that continues the
 * word (past the line break and any spaces around it), or -1.
 */
function cutWordResumes(text: string, at: number, letterBefore: boolean): number {
  if (!letterBefore) return -1;
  let i = at + 1;
  while (i < text.length && isSpaceLike(text.charCodeAt(i))) i++;
  if (text[i] === '\r') i++;
  if (text[i] !== '\n') return -1;
  i++;
  while (i < text.length && isSpaceLike(text.charCodeAt(i))) i++;
  return i < text.length && LOWER.test(text[i]!) ? i : -1;
}

/** How many pieces of a reading are joined at a time (`Reading`). */
const CHUNK = 1024;
/**
 * A reading being written: the characters read so far (`out`), each one's original offset, and the run of characters
 * kept as they are since the last change. A class, not closures inside `readingText`: tsx's esbuild keeps names, so a
 * named closure costs a `__name` call each time it is made, each call of `readingText` that changes something (half
 * a percent of the engine's time on the bench, session 24).
 */
class Reading {
  /**
   * The reading so far, in pieces joined at the end: a space dropped before a comma (`unspace`) takes the last
   * character off the last piece, where taking it off one string built by `+=` copied all of it each time (quadratic
   * on a line of ` , ` repeated; session 27). Joined `CHUNK` at a time into `chunks`, so a page read in short pieces
   * does not hold them all until the end (at 1 MB, long enough for the collector to promote them all; session 29).
   */
  private readonly pieces: string[] = [];
  private readonly chunks: string[] = [];
  length = 0;
  /** The first character of the run being kept as it is. */
  runStart = 0;
  /** The last character read before the run. */
  lastCode = -1;
  offsets: Int32Array;

  constructor(private readonly text: string) {
    this.offsets = new Int32Array(text.length + 1);
  }

  /** A piece added after the reading so far. */
  private push(piece: string): void {
    if (this.pieces.push(piece) < CHUNK) return;
    this.chunks.push(this.pieces.join(''));
    this.pieces.length = 0;
  }

  /** The run up to `to` (excluded), kept as it is. */
  flush(to: number): void {
    if (to <= this.runStart) return;
    this.push(this.text.slice(this.runStart, to));
    for (let k = this.runStart; k < to; k++) this.offsets[this.length++] = k;
    this.lastCode = this.text.charCodeAt(to - 1);
  }

  /** The run up to `i`, and the character at `i` dropped. */
  skip(i: number): void {
    this.flush(i);
    this.runStart = i + 1;
  }

  /** The space read before `i` dropped (in the run or `put`). */
  unspace(i: number): void {
    if (i > this.runStart) this.skip(i - 1);
    else {
      const from = this.pieces.length > 0 ? this.pieces : this.chunks; // the last chunk, its pieces just joined
      const last = from.pop() ?? '';
      if (last.length > 1) from.push(last.slice(0, -1));
      this.length--;
      const tail = this.pieces[this.pieces.length - 1] ?? this.chunks[this.chunks.length - 1];
      this.lastCode = tail === undefined ? -1 : tail.charCodeAt(tail.length - 1);
    }
  }

  /** `read` added after the reading so far (its offsets are the caller's). */
  append(read: string): void {
    this.push(read);
  }

  /** The reading's text. */
  joined(): string {
    return this.chunks.join('') + this.pieces.join('');
  }

  /** A ligature's letters (`lib/text/ligatures.ts`) in place of it at `i`, each mapped to it: the map grows by them. */
  putLetters(letters: string, i: number): void {
    this.skip(i);
    // Room for its letters and every character after it, doubled at least (a page of ligatures grows it a few times).
    const needed = this.length + letters.length + this.text.length - i;
    if (needed > this.offsets.length) {
      const grown = new Int32Array(Math.max(needed, 2 * this.offsets.length));
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.push(letters);
    for (let k = 0; k < letters.length; k++) this.offsets[this.length++] = i;
    this.lastCode = letters.charCodeAt(letters.length - 1);
  }

  /** `read` written in place of the character at `i`; `code` is its last code unit. */
  put(read: string, i: number, code: number): void {
    this.push(read);
    this.offsets[this.length++] = i;
    this.lastCode = code;
  }
}

/**
 * The engine's reading of `text` (see the top of this file). Characters kept as they are go in runs (one slice each):
 * a French page has a no-break space every few words, and a copy per character cost half an engine pass.
 */
export function readingText(original: string): ReadingText {
  // Tabs as bars, soft wraps as spaces, glued en dashes as hyphens, markers (`Protocol12,`) as zero-width spaces, gone
  // below: one character for one, so offsets hold. Neither two spaces nor a marker's end (the steps before make none)
  // nor else a step reads (`SPECIAL_OR_BREAK`): most texts, read as they are without a search per step.
  const spacesOrMarker = SPACES_OR_MARKER.test(original);
  if (!spacesOrMarker && !SPECIAL_OR_BREAK.test(original)) return { text: inOneEncoding(original) };
  const twoSpaces = spacesOrMarker && TWO_SPACES.test(original);
  const joined = joinSoftWraps(tabCells(twoSpaces ? spaceCells(original) : original));
  let text = spacesOrMarker ? hideFootnoteMarks(joined) : joined;
  let first = text.search(SPECIAL_OR_DASH);
  if (first < 0) first = text.length;
  else text = gluedDashes(text);
  if (!needsReading(text, first, text === original ? twoSpaces : undefined)) return { text: inOneEncoding(text) };
  const n = text.length;
  const r = new Reading(text);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // Letters, digits and most punctuation (`.` to U+009F): kept, nothing to check.
    if (code > 0x2d && code < 0xa0) continue;
    const before = i > r.runStart ? text.charCodeAt(i - 1) : r.lastCode;
    if (code === 0x20) {
      if (before === 0x20) r.skip(i);
    } else if (code === 0x2c) {
      // A space before a comma goes (`article  32 ,  paragraph  5 ,`, a PDF's words set apart, probe p4-en-090).
      if (before === 0x20) r.unspace(i);
    } else if (code === 0x2d) {
      const resumes = cutWordResumes(text, i, before >= 0 && LETTER.test(String.fromCharCode(before)));
      if (resumes >= 0) {
        r.flush(i);
        r.runStart = resumes;
        i = resumes - 1;
      }
    } else if (isInvisible(code)) {
      r.skip(i);
    } else if (isSuperscriptDigit(code)) {
      // A run of superscript digits, a footnote marker (`annex¹¹,`), goes before white space, a stop, a closing
      // bracket or quote, or the end (`footnote-marks.ts`).
      let j = i + 1;
      while (j < n && isSuperscriptDigit(text.charCodeAt(j))) j++;
      if (j === n || AFTER_MARKER.test(text[j]!)) {
        r.flush(i);
        r.runStart = j;
      }
      i = j - 1;
    } else if (isSpaceLike(code)) {
      r.skip(i);
      if (before !== 0x20) r.put(' ', i, 0x20);
    } else if (isLigature(code)) {
      r.putLetters(LIGATURES[text[i]!] ?? '', i); // `traﬁc` read `trafic`
    } else if (code === 0x2010 || code === 0x2011) {
      // A hyphen (U+2010) or the non-breaking hyphen UN documents set in `S‑10/2`, `ci‑après`: a hyphen.
      r.skip(i);
      r.put('-', i, 0x2d);
    } else if (isCombining(code)) {
      // Combining accents after a letter of the run: the letter and its accents composed (one character for
      // `e` + U+0301), mapped to the letter. After anything else they stay.
      if (i > r.runStart && LETTER.test(text[i - 1]!)) {
        let j = i + 1;
        while (j < n && isCombining(text.charCodeAt(j))) j++;
        const cluster = text.slice(i - 1, j);
        const composed = cluster.normalize('NFC');
        if (composed === cluster) {
          // Nothing composes (`q` + U+0301): the characters stay in the run.
          i = j - 1;
          continue;
        }
        r.flush(i - 1);
        r.append(composed);
        for (let k = 0; k < composed.length; k++) r.offsets[r.length++] = i - 1;
        r.lastCode = composed.charCodeAt(composed.length - 1);
        r.runStart = j;
        i = j - 1;
      }
    } else if (code === 0x0d) {
      r.skip(i);
      // The line feed after it is the break; a lone carriage return becomes one.
      if (text.charCodeAt(i + 1) !== 0x0a) r.put('\n', i, 0x0a);
    } else if (code === 0x2028 || code === 0x2029) {
      // Unicode's line and paragraph separators (a word processor's copy): line breaks.
      r.skip(i);
      r.put('\n', i, 0x0a);
    }
  }
  r.flush(n);
  r.offsets[r.length] = n;
  return { text: inOneEncoding(r.joined()), offsets: r.offsets.subarray(0, r.length + 1) };
}

/**
 * The original span of `[start, end)` of a reading of `original`: from its first character's offset to just past its
 * last, and past the combining accents of a last letter that was read composed.
 */
export function originalSpan(
  reading: ReadingText,
  original: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const { offsets } = reading;
  if (!offsets) return { start, end };
  let to = end > start ? offsets[end - 1]! + 1 : offsets[start]!;
  while (to < original.length && isCombining(original.charCodeAt(to))) to++;
  return { start: offsets[start]!, end: to };
}

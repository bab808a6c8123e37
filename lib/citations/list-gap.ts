/**
 * What may stand between two numbers of one list, and between a plural head word and its first number, read as a
 * grammar rather than as forms (`instrument-list.ts`): after a number, any run of tokens that is not a sentence-level
 * break (a date, a footnote marker, a bracketed aside, a quoted title, a relative clause, a subject, a pinpoint, plain
 * words), bounded, then a list separator right before the next number. The caller checks that number's shape.
 *
 * A list ends at a sentence end, a colon, a paragraph break, a semicolon that does not itself separate two numbers, a
 * digit that starts no date or marker (a year, a page, a paragraph number), a body's name (it belongs to the number
 * before it: `55/25 of the General Assembly`), or a head word of its own (`resolution`, `article`, `paragraph`…: it
 * starts its own citation). Each step is a sticky regex at a known position, and the walk is bounded, so the reader
 * stays linear.
 */

import { isRegexSpace } from './reading-chars';
import { ORG_NAME } from './org-names';
import { alt, CONNECTOR, DATE_AFTER, matchLengthAt, sticky } from './patterns';
import { stopWordAt } from './list-stop-words';
import { wordMayStart } from './next-word';

/**
 * A lone footnote digit: one or two, then white space and a number or a connector (see `nextNumberAfterGap`); a comma
 * may stand after it before a connector (`36/16, de 29 de septiembre de 2017 9, y 37/22`: Spanish sets the date off
 * by commas).
 */
// With the comma only before a connector: `December 20, 2016` is a date, not a marker before a number.
// Or the old UN documents' slash marker (`Commission on Human Rights resolutions 1996/85 of 24 April 1996 1/ and
// 1997/44`, dev en-357), before a connector only.
const LONE_NOTE_RE = sticky(
  `\\d{1,2}(?=\\s{1,4}(?:\\d{1,4}[/\\s(]|(?:and|et|y)\\s)|,\\s{1,4}(?:and|et|y)\\s)|\\d{1,2}/(?=,?\\s{1,4}(?:and|et|y)\\s)`,
);

/**
 * A year standing as a word inside the gap, not after a separator (`55/196, de 20 de diciembre de 2000, por la que
 * proclamó 2003 Año Internacional del Agua Dulce, 58/217`, dev es-251; `which proclaimed 2008 the International Year
 * of Sanitation, and 64/198`): skipped like a word. Not a slash number, a decimal or a range's start.
 */
const YEAR_WORD_RE = sticky(`(?:19|20)\\d\\d(?![\\d/]|[.,]\\d|\\s?[-–]\\s?\\d)`);

/** The longest gap between two numbers of one list (a quoted title and a date fit; the next sentence does not). */
const MAX_GAP = 300;

/** A date inside the gap (`of 22 July 2003`, `du 20 décembre 2004`, `, de 22 de diciembre de 2003`). */
const DATE_RE = sticky(DATE_AFTER);

/**
 * How far a date's day can stand from where `DATE_RE` is tried: a comma, white space (`WS`, at most 16), the longest
 * connector (`en`, `date`, `du` with their white space) and white space again (1 + 16 + 40 + 16). Without a digit in
 * reach the date is not tried (a regex call at most words of a list's gaps; session 45).
 */
export const DATE_DAY_REACH = 74;

/**
 * A bracketed token: a footnote marker (`[1]`, `([5])`), a year after a number (`(2010)`), or a short aside without
 * a nested bracket or line break (`(as amended)`, `(S/2016/1133)`).
 */
const BRACKET_RE = sticky(`\\[\\d{1,3}\\]|\\([^()\\[\\]\\n]{1,80}\\)|\\(\\[\\d{1,3}\\]\\)`);

/** The characters `QUOTE_RE` starts with: at any other, it is not run (a regex call costs more than the test). */
const OPENING_QUOTES = '“«"„';

/** A quoted title (straight, typographic or French quotes), on one line, up to 200 characters. */
const QUOTE_RE = sticky(`“[^”\\n]{1,200}”|«[^»\\n]{1,200}»|"[^"\\n]{1,200}"|„[^“”\\n]{1,200}[“”]`);

/**
 * A body named right after the number (past a date): it belongs to that number (`55/25 of the General Assembly`,
 * `ORG_AFTER_RE` reads it), so the list ends there. A body named further on, inside a subject or clause (`5/1 on
 * institution-building of the Human Rights Council and 5/2`), does not end it.
 */
const BODY_AFTER_RE = sticky(`(?:${DATE_AFTER})?${CONNECTOR}(?:${ORG_NAME})`);

/**
 * Whether `code` is a letter of `[a-zà-ÿ]` as a case-insensitive regex reads it (without `u`): ASCII letters, Latin-1's
 * letters in either case (and `÷`, inside `à-ÿ`; not `×` nor `ß`, which fold to nothing in it), and `Ÿ`, `ÿ`'s
 * capital.
 * Checked against the regex over every code unit.
 */
const isWordLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xdf) ||
  code === 0x178;

/**
 * The length of the word at `pos`, else -1: `/[a-zà-ÿ](?:[a-zà-ÿ'’-]{0,40}[a-zà-ÿ])?/iy` (letters, apostrophes and
 * hyphens inside) read by code, where the regex cost a call at each word of every list's gaps (the most called regex
 * of the instrument parser on the bench's prose; session 45). The longest run of up to 41 word characters after the
 * first letter is cut back to its last letter, as the regex's backtracking does.
 */
function wordLength(text: string, pos: number): number {
  if (pos >= text.length || !isWordLetter(text.charCodeAt(pos))) return -1;
  let length = 1;
  const limit = Math.min(text.length, pos + 42);
  for (let i = pos + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isWordLetter(code)) length = i - pos + 1;
    else if (code !== 39 && code !== 0x2019 && code !== 45) break;
  }
  return length;
}

/** The separator that must end a gap right before the next number. */
// French and Spanish may put the article standing for the head word after the connector (`…, y la 1267`, dev es-103).
const SEPARATOR_END =
  /(?:[,;]|\s(?:and|et|y|ou|or|o|as\s{1,4}well\s{1,4}as|ainsi\s{1,4}que|as[íi]\s{1,4}como)|\s(?:et|y)\s{1,4}(?:la|las|les))\s{0,4}$/i;

/** A full stop that ends a sentence: then white space and a capital, a line break, or the end of the text. */
const SENTENCE_END_RE = sticky(`\\.(?:\\s{0,4}$|\\s{0,4}\\n|\\s{1,4}[A-ZÀ-Ý“"«])`);

/**
 * A paragraph break: a line break, optional spaces, another line break, then anything but a lower-case word or a
 * digit (a PDF copied with a blank line after every line goes on so: `…Human Rights Council\n\nand 5/2`).
 */
const PARAGRAPH_RE = sticky(`\\n[ \\t\\u00a0]{0,40}\\n\\s{0,40}(?![a-zà-ÿ\\d])`);

/**
 * The last walk of `digitBefore`: in `text`, no digit from `from` to before `to`, where a digit stands or the walk
 * stopped at its limit. Asked again at a later number of the same text inside that stretch, the walk goes on from `to`
 * instead of reading the same characters again (up to 300 at each of a list's numbers; session 45).
 */
const lastDigitWalk = { text: '', from: 0, to: 0 };

/**
 * Whether a digit stands in `text` from `from` to before `limit`: a loop over code units, where a sticky regex
 * (`[^\d]{0,299}\d`) cost a regex call and its walk at every list number (session 27).
 */
export function digitBefore(text: string, from: number, limit: number): boolean {
  // Not past the text's end (no digit there): a read past it throws V8's optimised code away (a deopt, a recompile).
  const end = Math.min(limit, text.length);
  const walk = lastDigitWalk;
  let i = from;
  if (walk.text === text && from >= walk.from && from <= walk.to) i = walk.to;
  else walk.from = from;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) break;
  }
  walk.text = text;
  walk.to = i;
  return i < end;
}

/**
 * Where the next number of a list starts after the number ending at `p`, past a gap of at most `MAX_GAP`
 * characters, or -1 when a break comes first or no separator stands right before the next digit.
 */
export function nextNumberAfterGap(text: string, p: number): number {
  const limit = Math.min(text.length, p + MAX_GAP);
  // The walk only ever ends well at a digit: none within reach, no walk (most citations in prose).
  if (!digitBefore(text, p, limit)) return -1;
  // `BODY_AFTER_RE` opens with `DATE_AFTER` or `CONNECTOR`: `,?${WS}` and a word of `d`, `e` or `o` (`wordMayStart`).
  if (wordMayStart(text, p, 'deo') && matchLengthAt(BODY_AFTER_RE, text, p) >= 0) return -1;
  let i = p;
  let sepBeforeNote = false;
  let noteEnd = p;
  while (i < limit) {
    const ch = text.charAt(i);
    if (ch >= '0' && ch <= '9') {
      // A footnote digit standing alone between the numbers (`23/9 of 13 June 2013, 1 29/11 of 2 July 2015 2 and
      // 35/25`, dev `en-205`): one or two digits before another number or a connector; skipped.
      const note = matchLengthAt(LONE_NOTE_RE, text, i);
      if (note >= 0 && (isRegexSpace(text.charCodeAt(i - 1)) || ',;”"»'.includes(text.charAt(i - 1) || '-'))) {
        sepBeforeNote = SEPARATOR_END.test(text.slice(Math.max(p, i - 20), i));
        i += note;
        noteEnd = i;
        continue;
      }
      const before = text.slice(Math.max(p, i - 20), i);
      if (SEPARATOR_END.test(before) || (sepBeforeNote && /^\s*$/.test(text.slice(noteEnd, i)))) return i;
      const year = isRegexSpace(text.charCodeAt(i - 1)) ? matchLengthAt(YEAR_WORD_RE, text, i) : -1;
      if (year < 0) return -1;
      i += year;
      continue;
    }
    if (ch === ':' || ch === ';' || ch === ')' || ch === ']') {
      // A semicolon is a separator only right before the next number (`8/12; 11/3`): look past its spaces.
      if (ch === ';' && /^;\s{0,4}\d/.test(text.slice(i, i + 6))) {
        i += 1;
        continue;
      }
      return -1;
    }
    if (ch === '.') {
      if (matchLengthAt(SENTENCE_END_RE, text, i) >= 0) return -1;
      i += 1;
      continue;
    }
    if (ch === '\n') {
      if (matchLengthAt(PARAGRAPH_RE, text, i) >= 0) return -1;
      i += 1;
      continue;
    }
    const token =
      ch === ',' || ch === ' '
        ? wordMayStart(text, i, 'deo') && digitBefore(text, i, i + DATE_DAY_REACH)
          ? matchLengthAt(DATE_RE, text, i)
          : -1
        : ch === '(' || ch === '['
          ? matchLengthAt(BRACKET_RE, text, i)
          : OPENING_QUOTES.includes(ch)
            ? matchLengthAt(QUOTE_RE, text, i)
            : -1;
    if (token >= 0) {
      i += token;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '“' || ch === '«' || ch === '"') return -1;
    const word = wordLength(text, i);
    if (word >= 0) {
      if (stopWordAt(text, i, word)) return -1;
      i += word;
      continue;
    }
    i += 1;
  }
  return -1;
}

/**
 * A gap between a plural head word and its first number that an incidental phrase ends (`its previous resolutions
 * and Presidential Statements on the situation in the Syrian Arab Republic, in particular 2254 (2015)`, `résolutions
 * antérieures sur la Somalie, en particulier 2036 (2012)`): digit-free, without a sentence stop, colon, semicolon or
 * bracket, up to 200 characters, then the phrase after a comma or a dash (`Other resolutions — including 1882 (2009)`, dev
 * en-216) or a colon (`its resolutions on the subject: 2254 (2015), …`). The
 * caller requires a full-shape number after it.
 */
export const HEAD_GAP_RE = sticky(
  `[^\\d.;:()\\[\\]\\n]{0,200}?(?::|(?:,|\\s?[—–])\\s{1,4}(?:(?:and|et|y)\\s{1,4})?${alt(
    'in\\s{1,4}particular',
    'including',
    'notably',
    'especially',
    'inter\\s{1,4}alia',
    'notamment',
    'en\\s{1,4}particul(?:ier|ar)',
    'en\\s{1,4}especial',
    'especialmente',
    'incluidas',
    'entre\\s{1,4}otras',
    'namely',
    'such\\s{1,4}as',
    'y\\s{1,4}compris',
    '[àa]\\s{1,4}savoir',
    'a\\s{1,4}saber',
  )},?)\\s{1,4}(?=\\d)`,
);

/**
 * Pinpoint markers: what follows one pinpoint word (`45`, `8 (b)`, `13 h)`, `o) ii)`, `3d`). Read by pinpoint chains
 * (`parse-pinpoint.ts`), pinpoints after a citation (`post-pinpoint.ts`) and article pinpoints (`article-pins.ts`).
 */

import { isRegexSpace } from './reading-chars';
import { execAt, LETTER_MARKER, PLAIN_NUMBER, ROMAN_MARKER, sticky } from './patterns';

/**
 * A paragraph number (see `PLAIN_NUMBER`); also refuses a letter glued to it (`45bis`, `2d`). The French ordinal of
 * one is read as 1 (`article 11, § 1er, du Protocole`, Belgian drafting; `alinéa 1er`; session 23); not `11er`. The
 * Spanish ordinal indicator after any (`inc. 3º`, `párrafo 1.º`, `numeral 2°`: Argentine and Peruvian drafting, probe
 * p8fres-117) is read as the number: left unread it stopped the span there, cutting off the letter after it
 * (`inc. 3º, apartado a)` read as 6(3)).
 */
const NUMBER_RE = sticky(`${PLAIN_NUMBER}(?:(?<=(?:^|\\D)1)er|\\.?[º°ª](?![a-zà-ÿ0-9]))?(?![a-zà-ÿ])`);

/**
 * A paragraph number with its subparagraph letter glued on, right before a connector (`paragraph 3d of Article Six`,
 * `paragraphe 2b de l'article 6`, Canadian `l’alinéa 3a) du Protocole…`): paragraph 3, letter d. Only before `of` / `de` / `du` / `del`, so `2d session` or a
 * footnote letter elsewhere is not read. Groups: the number, the letter.
 */
const GLUED_LETTER_RE = sticky(`(\\d{1,3})([a-h])\\)?(?=,?\\s{1,4}(?:of|de|du|del)\\s)`);

/**
 * The white space between two markers (`GAP`): one white space, or the run of two or three spaces a PDF's extraction
 * leaves between words (`Article  6  (3)  of  the  Protocol`, `paragraph  3  (a)`, dev en-466, en-467); never a blank
 * line, and bounded, so a marker's regex stays a few steps.
 */
export const GAP = '(?: {2,3}|\\s)';

/** A letter marker after optional space: `8 (b)`, `8b)`, `13 h)`, `3  (a)`; not `ii)`. */
const LETTER_RE = sticky(`${GAP}?${LETTER_MARKER}`);

/**
 * Where a pinpoint's letter written bare (no bracket) may end: at its clause's end, a full stop, semicolon, colon or
 * closing bracket before a space or the text's end (`dans son art. 3 al. a.`, `in article 3 a.`); not a plain space,
 * after which `a` is a word (`article 3 a pour objet`, `under article 3 a State`). Session 19 (tuner-pins).
 */
export const CLAUSE_END = '[.;:)](?:\\s|$)|$';

/**
 * A connector to a treaty noun ahead (`of the Protocol`, `du Protocole`, `de la Convention`, `del Protocolo`, `of the
 * Palermo Protocol`, `of this Convention`, `of UNTOC`), at most two words between: what lets a bare letter after the
 * article's number (`article 3 a of the Protocol`, `article 3-a du Protocole`) be a letter and not a word (`article 3
 * a de nombreux effets`, `l’article 3-a de la loi`).
 */
export const TREATY_AHEAD = `,?\\s{1,4}(?:of|du|de|del)\\s{1,4}(?:[a-zà-ÿ]{1,12}\\s{1,4}){0,2}(?:protocol|conven|cnucto|cnudot|untoc|ctoc|palerm)`;

/**
 * A bare letter after a letter word, before a connector (`apartado a del`, `inciso a, del`; not the word `a`) or at its
 * clause's end (`art. 3 al. a.`, `inciso b;`) or a comma (`en su art. 3, inc. a, define`: the word before is a
 * letter's).
 */
const BARE_LETTER_RE = sticky(`([a-h])(?=,?\\s{1,4}(?:of|del?|du)\\s|,\\s|${CLAUSE_END})`);

/** A roman marker after optional space: `o) ii)`, `(c)(iv)`. */
const ROMAN_RE = sticky(`${GAP}?${ROMAN_MARKER}`);

/**
 * Whether a letter marker (`LETTER_RE`) may start at `pos`: after at most three white space characters (its `GAP`),
 * an opening bracket, or a letter and a closing bracket. After most numbers neither stands (`paragraph 3 of`), and the
 * regex is not called (one call at each number of every pinpoint).
 */
function letterMayFollow(text: string, pos: number): boolean {
  for (let q = pos; q <= pos + 3 && q < text.length; q++) {
    const code = text.charCodeAt(q);
    if (code === 40) return true;
    const lower = code | 32;
    if (lower >= 97 && lower <= 122 && text.charCodeAt(q + 1) === 41) return true;
    if (!isRegexSpace(code)) return false;
  }
  return false;
}

/**
 * Whether a number with a glued letter (`GLUED_LETTER_RE`) may start at `pos`: one to three digits, then a letter `a`
 * to `h` in either case. Most numbers that are no plain number are none.
 */
function gluedLetterMayStart(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && i < pos + 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  const lower = text.charCodeAt(i) | 32;
  return i > pos && i < pos + 4 && lower >= 97 && lower <= 104;
}

/**
 * Whether a range of paragraphs (`RANGE_RE` in `parse-pinpoint.ts`) may start at `pos`: one to three digits, then,
 * past white space, a dash, a bracket, `to` / `through` / `à` / `a` / `au` / `al` (their first letter), or a letter and
 * a closing bracket. After most paragraph numbers a connector stands (`paragraph 3 of`), and the regex is not called.
 */
export function rangeMayFollow(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && i < pos + 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === pos || i === pos + 4) return false;
  while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  const lower = code | 32;
  if (code === 45 || code === 0x2013 || code === 40 || lower === 116 || lower === 97 || lower === 0xe0) return true;
  return lower >= 97 && lower <= 122 && text.charCodeAt(i + 1) === 41;
}

/** What the markers after one pinpoint word say. */
export interface Marker {
  paragraph?: number;
  subparagraph?: string;
  clause?: string;
  end: number;
}

/**
 * Markers at `pos`: a number with optional letter and roman (`8`, `8 (b)`, `13 h)`, `7 a) ii)`); in `letter` mode a
 * letter with optional roman (`c)`, `o) ii)`), in `any` mode either, in `roman` mode a roman (`iv)`).
 */
export function parseMarker(text: string, pos: number, mode: 'number' | 'letter' | 'roman' | 'any'): Marker | null {
  const out: Marker = { end: pos };
  let p = pos;
  if (mode === 'roman') {
    const r = execAt(ROMAN_RE, text, p);
    if (!r) return null;
    out.clause = (r[1] ?? r[2] ?? '').toLowerCase();
    out.end = p + r[0].length;
    return out;
  }
  const n = mode === 'letter' ? null : execAt(NUMBER_RE, text, p);
  const g = n || mode === 'letter' || !gluedLetterMayStart(text, p) ? null : execAt(GLUED_LETTER_RE, text, p);
  if (g) {
    out.paragraph = Number(g[1]);
    out.subparagraph = (g[2] ?? '').toLowerCase();
    out.end = p + g[0].length;
    return out;
  }
  if (n) {
    out.paragraph = Number(n[1]);
    p += n[0].length;
  } else if (mode === 'number') return null;
  const l =
    (letterMayFollow(text, p) ? execAt(LETTER_RE, text, p) : null) ??
    (mode !== 'number' ? execAt(BARE_LETTER_RE, text, p) : null);
  if (l) {
    out.subparagraph = (l[1] ?? l[2] ?? '').toLowerCase();
    p += l[0].length;
    const r = execAt(ROMAN_RE, text, p);
    if (r) {
      out.clause = (r[1] ?? r[2] ?? '').toLowerCase();
      p += r[0].length;
    }
  }
  if (out.paragraph === undefined && out.subparagraph === undefined) return null;
  out.end = p;
  return out;
}

/**
 * The numbers of a decision or resolution citation and how a list of them goes on (`résolutions 61/144 du …, 61/180
 * et 63/194`, `2253 (2015), which …, as well as 2242 (2015)`, `53/111[1] et 53/114[2]`), for `parse-instrument.ts`.
 */

import { commaRomanMayStart, councilSlashYear, partLetterAt, type InstrumentNumber } from './instrument-numbers';
import { continuesList } from './list-continues';
import { DATE_DAY_REACH, digitBefore, nextNumberAfterGap } from './list-gap';
import { parsePostPinpoint } from './post-pinpoint';
import { BRACKET_SYMBOL } from './symbol-regex';
import { cleanPinpoint } from './candidate';
import type { Pinpoint } from './types';
import { wordMayStart } from './next-word';
import {
  alt,
  DATE_AFTER,
  execAt,
  LIST_SEPARATOR,
  MAX_LIST,
  OWS,
  ROMAN_NUMBER,
  SC_NUMBER,
  SC_YEAR_BRACKET,
  SLASH_NUMBER,
  sticky,
  stickyCased,
  WS,
} from './patterns';

/** Re-exported for `parse-instrument.ts`: the words between a head and its first number (`instrument-head.ts`). */
export { headToNumber } from './instrument-head';

/**
 * The adoption date in brackets after a plain number, as OSCOLA and the Bluebook write it (`UNSC Res 2331 (20 December
 * 2016)`, `S.C. Res. 2331 (Dec. 20, 2016)`): the one bracket a plain number may be followed by (not in the span).
 */
const BRACKET_DATE = '\\d{1,2}\\s[A-Z][a-z]{2,8}\\s\\d{4}\\)|[A-Z][a-z]{2,8}\\.?\\s\\d{1,2},\\s\\d{4}\\)';

/**
 * The Assembly's special and emergency special sessions' numbering since 1978 (`resolution S-20/2`, `S-27/2`,
 * `ES-10/19`, `ES-11/1`; a hyphen, a non-breaking hyphen or a dash): groups 10–12 the session's letters (checked in
 * capitals), its number and the resolution's. Only the Assembly numbers so (`fits`).
 */
// A space after the hyphen, as a PDF's line-end hyphenation or extraction leaves it (`resolution S- 27/2`, dev en-360):
// in the span, keyed without it.
const SPECIAL_NUMBER = '(E?S)[-\u2011\u2013] ?(\\d{1,2})/(\\d{1,3})(?![\\d/]|[.,]\\d)';

/**
 * An instrument number, not glued to a letter: groups 1–2 Security Council `2331 (2016)`, 3–4 `n/m`, 5–7 a pre-1978
 * number with its roman session and an optional part letter (`317 (IV)`, `217 A (III)`, `16 (LVI)`), 8 a plain
 * number (kept only when the Security Council is named: "Security Council resolution 2331"), 9 its year in the
 * Colombian legal style (`Resolución 1325 de 2000`, `resolution 1325 of 2000`: in the span; still a plain number, so
 * the Council must be named in the text, as `Resolución 0456 de 2012` of a ministry is not its), 10–12 a special
 * session's number (`SPECIAL_NUMBER`).
 */
/** A list's connector glued to a slash number, a number after it (`ses résolutions5/1et 5/2`, dev fr-251). */
const GLUED_CONNECTOR = '(?<=/\\d{1,4})(?=(?:et|and|y)\\s{1,4}\\d)';

// A plain number may stand before a symbol in brackets (`BRACKET_SYMBOL`: the Council's own, `Security Council
// Resolution 1325 (S/RES/1325)`, dev en-361; a report's, `… pursuant to Security Council resolution 1820 (S/2009/362)`,
// dev en-512): the symbol is its own citation. A Council number's closing bracket ends it, even with a letter glued on
// (a list run together: `SCR 1325 (2000)SCR 1889 (2013)`, dev `es-141`).
const NUMBER_RE = sticky(
  `(?:${SC_NUMBER}|(?:${SLASH_NUMBER}|${ROMAN_NUMBER}|(\\d{1,4})(?![\\d/]|[.,]\\d|\\s?\\((?!${BRACKET_DATE}|${BRACKET_SYMBOL}))(?:${WS}(?:de|of)${WS}((?:19|20)\\d\\d)(?![\\d/]|[.,]\\d))?|${SPECIAL_NUMBER})(?:(?![a-zà-ÿ])|${GLUED_CONNECTOR}))`,
);

/**
 * The part letter of a General Assembly resolution adopted in parts (`General Assembly resolution 56/24 V of 24
 * December 2001`, `31/16 A`: the Assembly's own numbering since its thirty-first session): one capital, then a
 * connector, punctuation or the end, so an English sentence's `A new…` is not one. Case-sensitive; only the Assembly
 * numbers so (`fits`).
 */
const PART_LETTER_RE = /^ ([A-Z])(?=(?: (?:of|de|du|del|and|et|y|to|à|a)(?![\w'’])|[,;.)\]]|$))/;

/**
 * The part letter after the roman session, as the Bluebook writes it (`G.A. Res. 217 (III) A, U.N. Doc. A/810`, probe
 * pr-en-070; `resolution 2200 (XXI) A of 16 December 1966`): the same part as `217 A (III)`, in the span. A capital
 * of the parts' range (`ROMAN_NUMBER`'s, not `I`), then what `PART_LETTER_RE` allows after it, so `428 (V) A new…`
 * and `428 (V) A/RES/…` are not one. Case-sensitive.
 */
const ROMAN_PART_AFTER_RE = /^ ([A-HJ-M])(?=(?: (?:of|de|du|del|and|et|y|to|à|a)(?![\w'’])|[,;.)\]]|$))/;

/** A date after a number (skipped, see `DATE_AFTER`). */
const DATE_RE = sticky(DATE_AFTER);

/**
 * A list separator followed by a number: the common ones (`, `, ` et `, `, and `), and those legal and news writing adds
 * between resolutions: a semicolon (`Human Rights Council resolutions 8/12; 11/3; 14/2 and 17/1`), `as well as` /
 * `ainsi que` / `así como`, and a connector with a short aside set off by commas (`2331 (2016) et, dans une moindre
 * mesure, 2347(2017)`, `and, more recently, 2388 (2017)`, `y, en particular, 2388 (2017)`). The aside holds no digit or
 * sentence stop, so two sentences' numbers are not joined; `continuesList` then checks the next number's form.
 */
const LIST_NEXT_RE = sticky(
  `${alt(
    LIST_SEPARATOR,
    `${OWS};${OWS}`,
    // A connector glued to the previous number (`GLUED_CONNECTOR`).
    `(?<=\\d)(?:et|and|y)${WS}`,
    `,?${WS}(?:as${WS}well${WS}as|ainsi${WS}que|as[íi]${WS}como)${WS}`,
    // The article standing for the head word after a connector (`como la 1373 … y la 1267`, `comme la 1373 et la 1267`).
    `,?${WS}(?:et|y)${WS}(?:la|las|les)${WS}`,
    `,?${WS}(?:and|et|y)${OWS},[^,.;:()\\[\\]\\d\\n]{1,40},${OWS}`,
    // The same aside without its commas when it says when (`et plus récemment 43/6`, dev fr-299; `and most recently`,
    // `y más recientemente`): a fixed phrase, so prose between two numbers is not read as one.
    `,?${WS}(?:and|et|y)${WS}(?:(?:plus|more|most|m[áa]s)${WS})?(?:r[ée]cemment|recently|recientemente)${WS}`,
    // A quoted title after the previous number (`2003/29 of 22 July 2003, entitled “Prevention of …”, 2004/34`).
    `,${WS}(?:entitled|intitul[ée]e?|titulada)${WS}[“"«][^”"»\\n]{1,200}[”"»],${OWS}(?:(?:and|et|y)${WS})?`,
  )}(?=\\d|E?S[-\u2011\u2013] ?\\d)`,
);

export interface NumberItem extends InstrumentNumber {
  start: number;
  end: number;
  /** A pinpoint after the number inside a list (`415 (V), annexe, … et 46/152`): in the item's span. */
  pin?: Pinpoint;
}

/**
 * A slash number broken after its slash by a line break (`resolution 39/\n 141`, PDF extraction): groups n, m. Only a
 * line break (with spaces) may sit there, so `39/ 141` in prose stays unread.
 */
const BROKEN_SLASH_RE = sticky(`(\\d{1,4})/[ \\t]{0,2}\\n\\s{0,4}(\\d{1,4})(?![\\d/]|[.,]\\d)(?![a-zà-ÿ])`);

/**
 * A slash number with what extraction glued to it (case-sensitive), read only where `NUMBER_RE` refused it: group 3 a
 * part letter without its space (`General Assembly resolution 46/36H of 6 December 1991`, dev en-522; then what
 * `PART_LETTER_RE` allows after it, so `46/36A/RES` is not one), or, group 3 unset, a capitalised word of the next
 * line run on (`Conference resolution 9/1Vienna, 13–15 July 2020`, dev en-521: a masthead's lost line break; the word
 * stays out of the span; `gluedAfter`; a lower-case letter there, `5/1et`, is `GLUED_CONNECTOR`'s or no number).
 */
const GLUED_AFTER_RE = stickyCased(
  `${SLASH_NUMBER}(?:([A-Z])(?=(?: (?:of|de|du|del|and|et|y|to|à|a)(?![\\w'’])|[,;.)\\]]|$))|(?=[A-Z][a-zà-ÿ]{2}))`,
);

/**
 * `GLUED_AFTER_RE` at `pos`; a glued word only on a prose line, with two words or more before the number on its line:
 * a list of a session's decisions with their titles glued on (`Decision 1/1Adoption of the rules of procedure`, each
 * line a heading) is no citation.
 */
function gluedAfter(text: string, pos: number): RegExpExecArray | null {
  const g = execAt(GLUED_AFTER_RE, text, pos);
  if (!g || g[3] !== undefined) return g;
  // The 80 characters before, from the line's start if it is among them: a search back for the line break from `pos`
  // read the whole text before it on a text of one line, at each number (quadratic; session 27).
  const window = text.slice(Math.max(0, pos - 80), pos);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  return /\S\s+\S+\s+$/.test(line) ? g : null;
}

/**
 * A pre-1978 number with its roman session after a comma instead of in brackets (`(Resolución 317, IV)`, dev
 * `es-089`): groups n, roman; upper-case, and only before a closing bracket or a full stop, so `resolution 5, I think`
 * is not one. Case-sensitive.
 */
const COMMA_ROMAN_RE = stickyCased(`(\\d{1,4}),\\s?([IVXL]{1,7})(?=\\s?[).;]|\\s*$)`);

/**
 * A Council number written with a thousands dot, as Spanish writes figures (`resolución 1.977`, `resolución 1.540
 * (2004)`, dev es-252): groups thousands, hundreds, year. One to three thousands, exactly three digits after the dot,
 * nothing numeric glued after, so a decimal (`1.5`) or a date (`1.12.2004`) is not one.
 */
// Or a thousands space, as French typesets figures (`résolution n° 1 593`, dev fr-278; a no-break space too): one or
// two thousands only (the Council's numbers), still a plain number, so kept only in a text naming the Council.
const THOUSANDS_RE = sticky(
  `([1-3])(?:\\.|(?<=[12])[ \u00a0\u202f])(\\d{3})(?:[\\s?]?${SC_YEAR_BRACKET})?(?![\\d/]|[.,]\\d)(?![a-zà-ÿ])`,
);

export function parseNumber(text: string, pos: number): NumberItem | null {
  // The bound first: `charAt` past the end is '', but reading there makes V8 drop this function's optimised code.
  const t =
    pos + 1 < text.length && /[. \u00a0\u202f]/.test(text.charAt(pos + 1)) ? execAt(THOUSANDS_RE, text, pos) : null;
  if (t) {
    const n = `${t[1] ?? ''}${t[2] ?? ''}`;
    const end = pos + t[0].length;
    return t[3] ? { n, m: '', scYear: t[3], start: pos, end } : { n, m: '', plain: true, start: pos, end };
  }
  const r = commaRomanMayStart(text, pos) ? execAt(COMMA_ROMAN_RE, text, pos) : null;
  if (r) return { n: r[1] ?? '', m: '', roman: r[2] ?? '', start: pos, end: pos + r[0].length };
  const m = execAt(NUMBER_RE, text, pos);
  if (!m) {
    const b = execAt(BROKEN_SLASH_RE, text, pos) ?? gluedAfter(text, pos);
    if (!b) return null;
    const item: NumberItem = { n: b[1] ?? '', m: b[2] ?? '', start: pos, end: pos + b[0].length };
    if (b[3] !== undefined) item.letter = b[3];
    return item;
  }
  const end = pos + m[0].length;
  if (m[1] !== undefined) return { n: m[1], m: '', scYear: m[2], start: pos, end };
  if (m[3] !== undefined) {
    const part = partLetterAt(text, end) ? PART_LETTER_RE.exec(text.slice(end, end + 8)) : null;
    if (part) return { n: m[3], m: m[4] ?? '', letter: part[1], start: pos, end: end + 2 };
    // A Council number with a slash before its year (`1820/2008`, dev en-340; `Resolución 1325/2000`).
    if (councilSlashYear(m[3], m[4] ?? '')) return { n: m[3], m: '', scYear: m[4], start: pos, end };
    return { n: m[3], m: m[4] ?? '', start: pos, end };
  }
  if (m[5] !== undefined) {
    if ((m[7] ?? '') !== (m[7] ?? '').toUpperCase()) return null;
    const item: NumberItem = { n: m[5], m: '', roman: m[7] ?? '', start: pos, end };
    if (m[6] !== undefined) item.letter = m[6];
    const after = m[6] === undefined ? ROMAN_PART_AFTER_RE.exec(text.slice(end, end + 8)) : null;
    if (after) {
      item.letter = after[1];
      item.end = end + 2;
    }
    return item;
  }
  if (m[10] !== undefined) {
    if (m[10] !== 'S' && m[10] !== 'ES') return null;
    // Parts adopted together cited as a range (`S-20/4 A a E`, `A to E`): the whole resolution, the range in the span.
    const range = PART_RANGE_RE.exec(text.slice(end, end + 12));
    return { n: `${m[10]}-${m[11] ?? ''}`, m: m[12] ?? '', start: pos, end: end + (range?.[0].length ?? 0) };
  }
  return { n: m[8] ?? '', m: '', plain: true, ...(m[9] ? { scYear: m[9] } : {}), start: pos, end };
}

/** A range of part letters after a number (`A a E`, `A to E`, `A à E`, `A-E`): capitals, case-sensitive. */
const PART_RANGE_RE = /^ [A-H](?: (?:a|to|à)|[-–]) ?[B-Z](?![\w'’])/;

export function skipDate(text: string, pos: number): number {
  // `DATE_AFTER` opens with `,?${WS}` and `en`, `dated`, `du`, `del`, `de` or `of`: elsewhere no call (`wordMayStart`).
  if (!wordMayStart(text, pos, 'deo') || !digitBefore(text, pos, pos + DATE_DAY_REACH)) return pos; // its day in reach
  const d = execAt(DATE_RE, text, pos);
  return d ? pos + d[0].length : pos;
}

/**
 * A bracketed footnote marker glued after a number (`les résolutions 53/111[1] et 53/114[2]`), or the year in brackets
 * news and legal writing put after an Assembly or Council number (`its resolutions 64/293 (2010) and 68/192 (2013)`,
 * `G.A. Res. 55/25(2000)`): skipped inside a list, so the list goes on after it (neither is in a span).
 */
// And a marker in brackets inside brackets (`55/255 ([5]) de l’Assemblée générale`, dev `fr-091`).
const NOTE_MARK_RE = sticky(`\\[\\d{1,3}\\]|\\s?\\((?:19|20)\\d\\d\\)|\\s?\\(\\[\\d{1,3}\\]\\)`);
/** A bracket at `pos` or after one space: what every `NOTE_MARK_RE` form starts with (else the regex is not run). */
const noteAhead = (text: string, pos: number): boolean => /[[(]/.test(text.charAt(pos)) || text.charAt(pos + 1) === '(';

/** Past a footnote marker after a number (`[1]`, `([5])`), or `pos` when none. */
export function skipNote(text: string, pos: number): number {
  const m = /^\s?\(?\[\d{1,3}\]\)?/.exec(text.slice(pos, pos + 10));
  return m ? pos + m[0].length : pos;
}

/**
 * A footnote number a PDF's text glued after a date, before the body that adopted the list (`les résolutions 36/16 du
 * 29 septembre 2017 9 et 37/22 du 23 mars 2018 10 du Conseil des droits de l’homme`, dev fr-206; `of 23 March 2018 10
 * of the Human Rights Council`, `de 23 de marzo de 2018 10, del Consejo`): one to three digits, then a comma or a space.
 * Read only after a date, and only where a body's name must follow (`ORG_AFTER_RE` in parse-instrument).
 */
const DATE_NOTE_RE = sticky(`[ \\t]\\d{1,3}(?=,?[ \\t])`);

/** Past a footnote number after a date (see `DATE_NOTE_RE`), or `pos` when none. */
export function skipDateNote(text: string, pos: number): number {
  const m = execAt(DATE_NOTE_RE, text, pos);
  return m ? pos + m[0].length : pos;
}

/** White space alone before a Council number with its year (see `readNumberList`). */
const SPACED_SC_RE = sticky(`[ \\t]{1,3}(?=\\d{1,4}\\s?\\((?:19|20)\\d\\d,?\\))`);

/**
 * Reads the numbers listed after `items`' first one from `p` (dates, footnote markers and relative clauses between
 * them skipped); appends them to `items` and returns where the list ends.
 */
export function readNumberList(text: string, p: number, items: NumberItem[], named: boolean, plural = false): number {
  // Twice the usual bound: a Council preamble recalls some 25 resolutions in one list (`Recalling its resolutions
  // 1267 (1999), 1373 (2001), … 2467 (2019)`).
  for (let i = 0; i < 2 * MAX_LIST; i++) {
    // A pinpoint after a number that the list goes on past (`415 (V), annexe, en date du …, et 46/152`).
    const post = parsePostPinpoint(text, p);
    const at0 = post ? post.end : p;
    const note = noteAhead(text, at0) ? execAt(NOTE_MARK_RE, text, at0) : null;
    const q = skipDate(text, note ? p + note[0].length : p);
    const sep = execAt(LIST_NEXT_RE, text, q);
    // Else the list's grammar: any gap that is not a sentence-level break, then a separator (`list-gap.ts`).
    // Two Council numbers with their years and only a space between (a dropped comma: `1820 (2008) 1888 (2009)`).
    const spaced = !sep && items[items.length - 1]?.scYear !== undefined ? execAt(SPACED_SC_RE, text, at0) : null;
    const at = sep ? q + sep[0].length : spaced ? at0 + spaced[0].length : nextNumberAfterGap(text, at0);
    if (at < 0) break;
    const prev = items[items.length - 1];
    let next = parseNumber(text, at);
    // What the separator led to is no number of the list (a lone footnote digit, `, 1 29/11`): the gap's grammar.
    if (sep && (!next || !continuesList(prev, next, named, plural))) {
      const walked = nextNumberAfterGap(text, at0);
      next = walked < 0 ? null : parseNumber(text, walked);
    }
    if (!next || !continuesList(prev, next, named, plural)) break;
    if (post && prev) {
      prev.end = post.end;
      prev.pin = post.pin;
    }
    items.push(next);
    p = next.end;
  }
  return p;
}

/** An item's pinpoint: the one after the citation for the last item, else its own inside the list. */
export function itemPin(item: NumberItem, last: boolean, post: { pin: Pinpoint } | null): Pinpoint | undefined {
  const pin = last ? post?.pin : item.pin;
  return pin ? cleanPinpoint(pin) : undefined;
}

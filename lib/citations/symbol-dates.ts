/**
 * A symbol glued to the date after it, as extraction leaves a document's heading when it drops the line break
 * between its cells (`CRC/C/15/Add.23830 juin 2004`: the symbol `CRC/C/15/Add.238`, the date `30 juin 2004`, dev
 * fr-107; `CERD/C/SR.191718 janvier 2010`, an OHCHR document store page). A UN heading always writes its date with
 * the day, so a symbol's last number followed by a month and a year ends with that day's one or two digits.
 */

import { MONTHS_EN, MONTHS_ES, MONTHS_FR } from '../text/months';
import { isRegexSpace } from './reading-chars';
import { hasSpace } from './symbol-chars';
import { alt, execAt, perText, sticky } from './patterns';
import { SYMBOL_ROOT } from './symbol-regex';
import { orPlain } from './plain-letters';

/** A month's name in English, French or Spanish, with or without its accents (`fevrier`, `decembre`). */
export const MONTHS = orPlain(alt(...MONTHS_EN, ...MONTHS_FR, ...MONTHS_ES));

/**
 * From a symbol's start: its characters up to the two digits before one space, a month in English, French or
 * Spanish (`de` before it and the year in Spanish) and a four-digit year (`…/Add.23830 juin 2004`). No space inside
 * (a spaced symbol is not read glued) and bounded; group 1 the last two digits.
 */
const GLUED_DATE_RE = sticky(
  `[^\\s]{0,80}?(\\d\\d)(?=[ \\u00a0](?:de[ \\u00a0])?${MONTHS}[ \\u00a0](?:de[ \\u00a0])?(?:19|20)\\d\\d(?!\\d))`,
);

/**
 * Whether `GLUED_DATE_RE` may match at `pos`: its two digits end the run of non-space characters from `pos` (82 at
 * most), a space or a no-break space right after them. Read by code at each symbol, where the regex's lazy walk of up
 * to 80 characters matched none on the bench's prose.
 */
function dayBeforeSpace(text: string, pos: number): boolean {
  const limit = Math.min(text.length, pos + 83);
  let j = pos;
  while (j < limit && !isRegexSpace(text.charCodeAt(j))) j++;
  if (j >= limit) return false;
  const space = text.charCodeAt(j);
  if (j - pos < 2 || (space !== 32 && space !== 0xa0)) return false;
  const d1 = text.charCodeAt(j - 2);
  const d2 = text.charCodeAt(j - 1);
  return d1 >= 48 && d1 <= 57 && d2 >= 48 && d2 <= 57;
}

/**
 * Where the symbol at `pos` may end when a date's day is glued to its last number: before a day of one digit
 * (1–9) and before a day of two (10–31), whichever is a day; none when no date follows. The caller keeps the one cut
 * that leaves a symbol (`SR.191718`: `SR.19171` has too many digits, `SR.1917` + `18 janvier`), and none when both do.
 */
export function gluedDateCuts(text: string, pos: number): number[] {
  if (!dayBeforeSpace(text, pos)) return [];
  const m = execAt(GLUED_DATE_RE, text, pos);
  if (!m) return [];
  const end = pos + m[0].length;
  const two = m[1] ?? '';
  const cuts: number[] = [];
  if (two.charAt(1) !== '0') cuts.push(end - 1);
  if (two.charAt(0) !== '0' && Number(two) <= 31) cuts.push(end - 2);
  return cuts;
}

/** Whether `symbol` stands on its own in `text` other than at `pos` (not inside a longer number or word). */
function writtenElsewhere(text: string, symbol: string, pos: number): boolean {
  const cache = standaloneCache(text);
  let found = cache.get(symbol);
  if (!found) cache.set(symbol, (found = standalone(text, symbol)));
  return found.some((i) => i !== pos);
}

/**
 * Where `symbol` stands on its own in `text`: the first two places (one of them is not `pos`), read once per text and
 * symbol (every glued date of a page repeating one symbol read the whole text: quadratic; session 25, tuner-hostile).
 */
function standalone(text: string, symbol: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(symbol); i >= 0 && out.length < 2; i = text.indexOf(symbol, i + 1)) {
    if (!/[\w/]/.test(text.charAt(i + symbol.length)) && !/[\w./-]/.test(text.charAt(i - 1))) out.push(i);
  }
  return out;
}

/** `standalone`'s answers for the last text, by symbol. */
const standaloneCache = perText(new Map<string, number[]>(), () => new Map<string, number[]>());

/**
 * The symbol at `pos` with a date's day glued to its last number cut off (see `gluedDateCuts`; `parse` reads a symbol
 * on a text), or null. When the number as written reads as no symbol, the one cut that leaves one; when it does
 * (`A/HRC/7/7814 de julio de 2008`: `A/HRC/7/7814`, `…/781` and `…/78` all read), or two cuts do, only the cut the
 * text writes elsewhere as a symbol of its own (a running header repeats it: `A/HRC/7/78 08-14665`, dev es-122).
 */
export function datedSymbol<T extends { end: number }>(
  text: string,
  pos: number,
  readsAsWritten: boolean,
  parse: (text: string, pos: number) => T | null,
): T | null {
  // The cuts that leave a symbol, counted in one loop, not gathered by `map` then `filter`: the array `map` made was
  // empty on most texts and held objects on some, a change of its elements' kind that threw away the optimised code
  // of this function and of its callers `readSymbol` and `parseSymbolCitation` in the bench's second pass (recompiled
  // in its third and fifth, the fifth a measured one: 15 ms of TurboFan; session 32, `node --trace-deopt`).
  let cuts = 0;
  let first: T | null = null;
  let firstCut = pos;
  let last: T | null = null;
  /** The cuts the text writes elsewhere as a symbol of their own (`writtenElsewhere`), and the last of them. */
  let seen = 0;
  let seenSymbol: T | null = null;
  const at = gluedDateCuts(text, pos);
  for (let i = 0; i < at.length; i++) {
    const cut = at[i] ?? pos;
    const s = parse(text.slice(0, cut), pos);
    if (s?.end !== cut) continue;
    if (cuts === 0) {
      first = s;
      firstCut = cut;
    }
    last = s;
    cuts += 1;
    if (writtenElsewhere(text, text.slice(pos, cut), pos)) {
      seen += 1;
      seenSymbol = s;
    }
  }
  if (cuts === 0) return null; // no cut leaves a symbol (most symbols: no date glued on), as every path below says
  if (seen === 1) return seenSymbol;
  if (cuts === 1 && !readsAsWritten) return first;
  // On a heading's line (the symbol first on it), where the glue is: of two cuts the day of two digits
  // (`CRC/C/15/Add.18313 juin 2002`: `Add.183` + `13 juin`, not `Add.1831` + `3 juin`; `CAT/C/SR.80313 décembre`, dev
  // fr-137, fr-316: every glued heading of dev has a day of two digits, which are 22 days of 31); and the cut even when
  // the number as written reads, when a Spanish date's `de` follows the day (`CO/125 de junio de 2008`, dev es-248: a
  // heading writes the day before `de`). Not in prose (`voir CRC/C/15/Add.18313 juin 2002`, `A/59/2005 de marzo`).
  if (!LINE_START_RE.test(text.slice(Math.max(0, pos - 4), pos))) return null;
  if (readsAsWritten && !SPANISH_DAY_RE.test(text.slice(firstCut, firstCut + 8))) return null;
  return last;
}

/** The start of a line, maybe indented: where a heading's symbol stands. */
const LINE_START_RE = /(?:^|\n)[ \t]*$/;

/** A day of one or two digits then `de` (`5 de`, `25 de`): a Spanish date, whose day the heading wrote. */
const SPANISH_DAY_RE = /^\d{1,2}[ \u00a0]de[ \u00a0]/;

/** A month in any of the three languages, with Spanish's `de` before it and the year after it. */
const MONTH_YEAR = `(?:de[ \\u00a0])?${MONTHS}[ \\u00a0](?:de[ \\u00a0])?(?:19|20)\\d\\d(?!\\d)`;

/**
 * A last component of one or two digits after a slash and white space, then a month and a year (`A/HRC/15/34/\n8 de
 * enero de 2009`, dev es-307: a stray slash ending the symbol, the heading's date on the next line): the day, not a
 * component. Tested at the end of the symbol's segments.
 */
const DAY_AFTER_RE = sticky(`[ \\u00a0]${MONTH_YEAR}`);
const SLASH_DAY = /\/\s{1,4}\d{1,2}$/;

/** `segments` without a date's day read as their last component (see `DAY_AFTER_RE`), or null when there is none. */
export function dayCut(segments: string, text: string, end: number): string | null {
  if (!hasSpace(segments)) return null; // `SLASH_DAY` needs white space after its slash: most symbols have none
  const day = SLASH_DAY.exec(segments);
  return day && execAt(DAY_AFTER_RE, text, end) ? segments.slice(0, day.index) : null;
}

/**
 * A heading's date after a symbol with the next symbol glued to its year (a bitext's two cells run together: `CAT/C/GC/2
 * 24 de enero de 2008CAT/C/GC/2 24 janvier 2008`, dev es-276): the second symbol starts after the year. A root in
 * capitals, as symbols are written (checked by the caller's parse); tried only where a space and a digit follow.
 */
const DATE_THEN_ROOT_RE = sticky(`[ \\u00a0]\\d{1,2}[ \\u00a0]${MONTH_YEAR}(?=(?:${SYMBOL_ROOT})/)`);

/** Where a symbol glued to the year of the date after the symbol ending at `end` starts, or null. */
export function symbolAfterDate(text: string, end: number): number | null {
  if (!/^[ \u00a0]\d/.test(text.slice(end, end + 2))) return null;
  const m = execAt(DATE_THEN_ROOT_RE, text, end);
  return m && /[A-Z]/.test(text.charAt(end + m[0].length)) ? end + m[0].length : null;
}

/** A date's year right before a symbol glued to it (see `symbolAfterDate`). */
export const YEAR_GLUED_BEFORE = /[ \u00a0](?:19|20)\d\d$/;

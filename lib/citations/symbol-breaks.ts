/**
 * A symbol cut by a line break before its last number, as a PDF's text layer or a running header leaves it
 * (`A/AC.293/2022/L.\n\n1`, `A/HRC/5/L.\n4 Report of the…`, `(CRC/C/Q/COS.\n2)`), for `parse-symbol.ts`. The break
 * is read as inside the symbol only where the symbol is incomplete without the number: a series letter with its full
 * stop and no number (`L.`, `CRP.`, `Add.`: never written so) or a treaty body's country code with its full stop
 * (`COS.`). A complete symbol at a line's end (`A/HRC/5/L.4`⏎`4 Report…`) never takes the next line's number: its
 * last component already has one, so these readings are not tried.
 */

import { councilSlashYear } from './instrument-numbers';
import { execAt, sticky, stickyCased } from './patterns';
import { MONTHS } from './symbol-dates';

/**
 * A symbol's last segment that is a series letter needing its number (`L.`, `CRP.`, `Add.`, `Rev.`, `Corr.`, `WP.`,
 * `INF.`, `Misc.`), and the number after its full stop across spaces and line breaks (`L.\n\n1`: a running header
 * broken by extraction). The series is incomplete without it, so a number on the next line is its number.
 */
export const SERIES_END = /\/\s?(?:L|CRP|Add|Rev|Corr|WP|INF|Misc)$/i;

/**
 * A month's abbreviation as headers write it, in English, French or Spanish (`Sept.`, `déc.`, `abr.`), then its full
 * stop or a year (`22 Sep 2010`); not a word that starts so (`Decision`, `Marine`, `Junta`).
 */
const MONTH_ABBR =
  '(?:jan|janv|feb|f[ée]vr?|mar|apr|avr|abr|jun|jul|juil|aug|ago|sept?|oct|nov|dec|d[ée]c|dic|ene)(?:\\.|[ \\t](?:19|20)\\d\\d)';

/**
 * The number after the cut: a full stop, white space (a line break among it), one to three digits (group 1). Refused:
 * more digits, a decimal or a slash after them (`22.09.2010`, `12/2010`: a date or another symbol's numbers), and a
 * date's day (`CTOC/COP/WG.4/2010/CRP.\n\n22 September 2010`: the number was lost, the next line is the header's date;
 * `9 de octubre`, `1er janvier`, `22 Sept. 2010`). A word after the number is running text, not a date
 * (`L.\n4 Report of the…`, `L.\n10 contendrá`, `L.\n11 página 2`: the next line goes on after the symbol).
 */
const BROKEN_NUMBER_RE = sticky(
  `\\.\\s{1,6}(\\d{1,3})(?![\\d/.,]\\d|\\d|/|(?:er|st|nd|rd|th)?[ \\t]{1,3}(?:de[ \\t])?(?:${MONTHS}|${MONTH_ABBR})(?![a-zà-ÿ]))`,
);

/** The number of a series cut at its full stop (`SERIES_END`), as `BROKEN_NUMBER_RE` reads it at `end`, or null. */
export const seriesNumber = (text: string, end: number): RegExpExecArray | null => execAt(BROKEN_NUMBER_RE, text, end);

/**
 * A treaty body's country code of three capitals as the last segment (`CRC/C/Q/COS`, a list of issues, dev es-104):
 * its number is part of it (`COS.2`, `parse-symbol.ts`'s `LETTERED_END`). Case-sensitive: a lower-case word is prose.
 */
const CODE_END = /\/\s?[A-Z]{3}$/;

/**
 * What follows a country code's number cut from it: the closing bracket, comma, semicolon or bracket that ends the
 * symbol written in brackets or a list (`(CRC/C/Q/COS.\n2), aunque`). Not a full stop and space (`CAT/C/GBR.`⏎`2. The
 * Committee…`: a sentence's end, then a numbered paragraph), nor a word (a paragraph's or a page's number).
 */
const CODE_TAIL = /[),;\]]/;

/**
 * The number of a country code cut at its full stop by a line break (`(CRC/C/Q/COS.\n2)`), or null: under a root of
 * several letters (a treaty body's), not repeating the root (debris), and closed by `CODE_TAIL`.
 */
export function codeNumber(root: string, segments: string, text: string, end: number): RegExpExecArray | null {
  if (root.length === 1 || !CODE_END.test(segments) || text.charCodeAt(end) !== 0x2e) return null;
  if (segments.toUpperCase().includes(`/${root.toUpperCase()}/`)) return null;
  const m = seriesNumber(text, end);
  return m && CODE_TAIL.test(text.charAt(end + m[0].length)) ? m : null;
}

/**
 * A Security Council resolution's year whose closing bracket extraction lost (`S/RES/2391 (2017 Nations Unies Conseil
 * de sécurité`, dev fr-353: a masthead run onto its next line; the form issue #11 names): an optional space, the
 * bracket and a year, then white space and a capital or the text's end, so `(2017, para. 3)` or `(2017 and 2018)` is
 * not one. Case-sensitive. Group 1 the year.
 */
const UNCLOSED_YEAR_RE = stickyCased('\\s?\\(((?:19|20)\\d\\d)(?=\\s+[A-ZÀ-Ý]|\\s*$)');

/** The unclosed year after a resolution symbol's number (`segments`' last), when it fits the number, or null. */
export function unclosedYear(segments: string, text: string, end: number): RegExpExecArray | null {
  if (text.charAt(end) !== '(' && text.charAt(end + 1) !== '(') return null;
  const y = execAt(UNCLOSED_YEAR_RE, text, end);
  const n = /\d{3,4}$/.exec(segments)?.[0];
  return y && n !== undefined && councilSlashYear(n, y[1] ?? '') ? y : null;
}

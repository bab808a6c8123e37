/**
 * Headings recognised by their words, never by their markdown level (meetings use `##` and `###`, Part B `##` to
 * `####`, bold or not). Each regex tolerates any `#` prefix and `**` bold wrapping.
 */

import { MONTHS_FR } from '../../lib/text/months';

/** `## A. Recommandations adoptées par le Groupe de travail…`: start of Part A (the table of contents line has `<b>`). */
export const PART_A_HEADING = /^#{1,6}\s*(?:\*\*)?A\.\s+Recommandations adoptées\b/;

/** `## **B. Résolutions et décisions adoptées par la Conférence des Parties…`: start of Part B. */
export const PART_B_HEADING = /^#{1,6}\s*(?:\*\*)?B\.\s+Résolutions et décisions adoptées\b/;

/**
 * `**Index thématique` at a line start (bold or heading): start of the thematic index. The table of contents line
 * starts with `<b>Index`, so it is not taken.
 */
export const INDEX_HEADING = /^(?:#{1,6}\s*)?\*\*Index thématique\b/;

/**
 * `### IV. Quatrième réunion, 10 au 12 octobre 2011`: a Working Group meeting. The line must end with the year, so the
 * table of contents entry (`… 2011 .....\t13`) is not taken.
 */
const MEETING_HEADING = /^(?:#{1,6}\s*)?(?:\*\*)?([IVX]+)\.\s+(\p{Lu}\p{Ll}+ réunion),\s+(.+?\d{4})(?:\*\*)?\s*$/u;

/** `## V. Cinquième session de la Conférence des Parties, 2010`: a COP session; must end with the year (not the ToC). */
const SESSION_HEADING =
  /^(?:#{1,6}\s*)?(?:\*\*)?([IVX]+)\.\s+(\p{Lu}\p{Ll}+ session de la Conférence des Parties),\s+(\d{4})(?:\*\*)?\s*$/u;

/** `#### **Décision 1/5**`, `### Résolution 5/2`: an instrument heading; nothing may follow the number. */
const INSTRUMENT_HEADING = /^(?:#{1,6}\s*)?(?:\*\*)?(Décision|Résolution)\s+(\d+)\/(\d+)(?:\*\*)?\s*$/;

/** `#### **Title**`: any markdown heading line; used for the instrument title that follows its heading. */
const ANY_HEADING = /^#{1,6}\s+(?:\*\*)?(.+?)(?:\*\*)?\s*$/;

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** Value of an upper-case roman numeral (I … XXXIX). */
export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUES[roman[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export interface MeetingHeading {
  roman: string;
  title: string;
  dates: string;
}
export interface SessionHeading {
  roman: string;
  title: string;
  year: number;
}
export interface InstrumentHeading {
  kind: 'decision' | 'resolution';
  id: string;
  session: number;
}

export function readMeetingHeading(text: string): MeetingHeading | null {
  const m = MEETING_HEADING.exec(text);
  return m ? { roman: m[1] ?? '', title: m[2] ?? '', dates: (m[3] ?? '').trim() } : null;
}

export function readSessionHeading(text: string): SessionHeading | null {
  const m = SESSION_HEADING.exec(text);
  return m ? { roman: m[1] ?? '', title: m[2] ?? '', year: Number(m[3]) } : null;
}

export function readInstrumentHeading(text: string): InstrumentHeading | null {
  const m = INSTRUMENT_HEADING.exec(text);
  if (!m) return null;
  return { kind: m[1] === 'Décision' ? 'decision' : 'resolution', id: `${m[2]}/${m[3]}`, session: Number(m[2]) };
}

/** The text of a markdown heading line, bold removed; null when the line is not a heading. */
export function readAnyHeading(text: string): string | null {
  const m = ANY_HEADING.exec(text);
  return m ? (m[1] ?? '').replace(/\*\*/g, '').trim() : null;
}

const MONTHS: readonly string[] = MONTHS_FR;

/**
 * `14 et 15 avril 2009`, `10 au 12 octobre 2011`, `19 octobre 2010`: one day or a span within one month (the only
 * shapes in the source); anything else returns null and is reported.
 */
const DATES = /^(\d{1,2})(?:\s+(?:et|au)\s+(\d{1,2}))?\s+(\p{Ll}+)\s+(\d{4})$/u;

/** ISO first and last day of a heading's dates, or null. */
export function parseDates(dates: string): { start: string; end: string; year: number } | null {
  const m = DATES.exec(dates);
  if (!m) return null;
  const month = MONTHS.indexOf(m[3] ?? '') + 1;
  if (month === 0) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const year = Number(m[4]);
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  return { start: `${year}-${pad(month)}-${pad(first)}`, end: `${year}-${pad(month)}-${pad(last)}`, year };
}

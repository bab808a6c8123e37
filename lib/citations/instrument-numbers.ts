/**
 * How each body numbers its instruments (`n/m`, `2331 (2016)`, `317 (IV)`) and the citation key of an instrument:
 * plausibility ranges per body (`fits`) and keys (`instrumentKey`).
 */

import type { OrgId } from './org-names';

/**
 * An instrument number as written: `n/m` (`4/4`, `2004/45`), a Security Council number with its year
 * (`2331 (2016)`), a pre-1978 number with its roman session (`317 (IV)`, `217 A (III)`, `16 (LVI)`), or a plain
 * number (`Security Council resolution 2331`, only with the Council named).
 */
export interface InstrumentNumber {
  n: string;
  m: string;
  scYear?: string;
  roman?: string;
  /** Part letter of a General Assembly resolution (`217 A (III)`, `56/24 V`). */
  letter?: string;
  plain?: true;
}

/** What is cited: a decision, a resolution, or a Security Council presidential statement. */
export type InstrumentType = 'decision' | 'resolution' | 'prst';

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a roman numeral (`LVI` → 56); NaN when it is not one. */
export function romanValue(roman: string): number {
  let total = 0;
  const r = roman.toUpperCase();
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r.charAt(i)];
    const next = ROMAN_VALUES[r.charAt(i + 1)] ?? 0;
    if (v === undefined) return Number.NaN;
    total += v < next ? -v : v;
  }
  return total;
}

const between = (x: number, lo: number, hi: number): boolean => x >= lo && x <= hi;

/**
 * The Security Council's numbers run with the years, about 60 a year since 1990 (646 in 1990, 1325 in 2000, 2331 in
 * 2016, 2722 in 2023: within 95 of `1285 + 60 × (year − 2000)` every year): a number with a year further from it is
 * another body's (`Resolution 1702 (2010)` of the Council of Europe's Parliamentary Assembly, whose numbers lag the
 * Council's; the Council's 2010 resolutions were 1904–1965). Before 1990 (resolutions 1–645), any number up to 700.
 */
const councilYearFits = (n: number, year: number, slack = 120): boolean =>
  year < 1990 ? n <= 580 + slack : Math.abs(n - 1285 - 60 * (year - 2000)) <= slack;

/**
 * A Council number written with a slash before its year (`1820/2008`, `Resolución 1325/2000`): three or four digits,
 * then a year that fits it (`councilYearFits`). No other body numbers `n/yyyy` (their second parts stay below 600).
 */
export const councilSlashYear = (n: string, m: string): boolean =>
  /^\d{3,4}$/.test(n) &&
  /^(?:19[4-9]|20[0-3])\d$/.test(m) &&
  Number(n) <= 3000 &&
  councilYearFits(Number(n), Number(m));

/**
 * A list of plain numbers whose last one carries its year as a word (`las resoluciones 1814, 1816 y 1838 de 2008`, dev
 * es-340; `resolutions 1814, 1816 and 1838 of 2008`): the year closes the list and dates every member, keyed with it
 * (`S/RES/1814(2008)`), when each number fits that year (`councilYearFits`; `1325 and 1820 of 2008` keeps `S/RES/1325`).
 * Not a bracketed year (`1814, 1816 and 1838 (2008)`): the Council's citation form binds it to its own number.
 * Session 23 (tuner-r29-res).
 */
export function shareListYear(items: readonly InstrumentNumber[]): void {
  const last = items[items.length - 1];
  const year = last?.plain ? last.scYear : undefined;
  if (year === undefined || items.length < 2) return;
  const rest = items.slice(0, -1);
  if (!rest.every((o) => o.plain && o.scYear === undefined && councilYearFits(Number(o.n), Number(year)))) return;
  for (const o of rest) o.scYear = year;
}

/**
 * The key of a Council number whose year the writer got wrong, keyed as written (the labels' convention): `1889
 * (2013)` (1889 is of 2009) among the Council's numbers of a list, `SCR 1889 (2013)`, `1897 (2008)` (of 2009). Only
 * for a number whose body the text settles otherwise (the caller: the Council named with it, or another number of its
 * list that fits the Council), and within five years' numbers of its year.
 */
export function councilKeyAsWritten(num: InstrumentNumber): string | undefined {
  if (num.scYear === undefined || num.plain || num.m !== '' || num.roman !== undefined) return undefined;
  const n = Number(num.n);
  const year = Number(num.scYear);
  if (!between(n, 1, 3000) || !between(year, 1946, 2035) || !councilYearFits(n, year, 300)) return undefined;
  return `S/RES/${num.n}(${num.scYear})`;
}

/**
 * A pre-1978 number with its session: the Assembly's regular sessions I–XXX, special (`S-VI`) and emergency special
 * (`ES-I`) sessions; ECOSOC's sessions to LXIII (2130 (LXIII) of 1977 was its last), its special sessions (`2046
 * (S-III)`) and organizational sessions by year (`1915 (ORG-75)`, ECOSOC's only); a part letter for both (`217 A
 * (III)`, `1926 B (LVIII)`, `155 C (VII)`).
 */
function romanFits(org: OrgId, n: number, roman: string, letter: string | undefined): boolean {
  const special = /^(E?S)-(.+)$/.exec(roman);
  if (/^ORG-\d\d$/.test(roman)) return org === 'ECOSOC' && between(n, 1, 2130) && letter === undefined;
  const session = romanValue(special ? (special[2] ?? '') : roman);
  if (special) {
    if (org === 'GA') return between(session, 1, special[1] === 'ES' ? 10 : 7) && between(n, 1, 3500);
    return org === 'ECOSOC' && special[1] === 'S' && between(session, 1, 5) && between(n, 1, 2130);
  }
  if (org === 'GA') return between(session, 1, 30) && between(n, 1, 3500);
  // ECOSOC numbered its resolutions to 2130 (LXIII) in 1977, about 35 a session (`155 C (VII)`, `1733 (LIV)`): a
  // number far above that for its session is the Assembly's (`217 A (III)`, `1386 (XIV)`).
  if (org === 'ECOSOC') return between(session, 1, 63) && between(n, 1, Math.min(2130, 40 * session + 60));
  // The Commission on Human Rights numbered by session until its year numbering (`resoluciones 7 (XXVI) y 17 (XXV) de
  // la Comisión de Derechos Humanos`, `decisiones … 3 (XXX), 5 (XXXIV) y 9 (XXXVI)`, dev `es-151`, `es-152`): a few
  // dozen a session, to its thirty-eighth (1982).
  if (org === 'CHR') return between(session, 1, 38) && between(n, 1, 80);
  return false;
}

/** A special (`S-20`) or emergency special (`ES-10`) session as a number's first part: groups the letters, the number. */
const SPECIAL_SESSION = /^(E?S)-(\d{1,2})$/;

/**
 * Special sessions numbered `S-n/m`: the Assembly's since the eighth (1978) to the thirty-second (2021), and the
 * Human Rights Council's since its first (2006; `resolution S-28/1`, `A/HRC/RES/S-28/1`), so a bare `S-20/2` fits
 * both and its body comes from the text; emergency special sessions `ES-n/m`, the Assembly's only, since the sixth
 * (1980) to the eleventh (2022). A few dozen instruments each at most (`ES-10/19`); never with a year, a roman session
 * or a part letter.
 */
function specialFits(
  org: OrgId,
  letters: string,
  session: number,
  m: number,
  num: InstrumentNumber,
  dec: boolean,
): boolean {
  if (num.scYear !== undefined || num.roman !== undefined || num.plain || num.letter !== undefined) return false;
  // The Council numbers a special session's decisions from 101 as its regular ones (`decisions S-4/101`, dev `en-237`).
  if (org === 'HRC') return letters === 'S' && between(session, 1, 40) && between(m, dec ? 101 : 1, dec ? 110 : 10);
  if (org !== 'GA') return false;
  return between(session, letters === 'ES' ? 6 : 8, letters === 'ES' ? 12 : 35) && between(m, 1, 40);
}

/**
 * Whether a number is a plausible instrument of a body, from how each body numbers them (the sessions held so far and
 * a generous number of instruments per session): COP to UNTOC sessions 1–12, fewer than ten each; Human Rights Council
 * 1–60 (decisions from 101); General Assembly sessions 31–80 as `n/m` (decisions from 401), sessions I–XXX as
 * `n (XIV)`; ECOSOC `yyyy/m` from 1978 and roman sessions before; Commission on Human Rights `yyyy/m` 1978–2005;
 * CCPCJ sessions 1–35; Security Council 1–3000, with a year near its number's (`councilYearFits`).
 */
export function fits(org: OrgId, instrument: InstrumentType, num: InstrumentNumber): boolean {
  const first = num.n.charCodeAt(0); // `S` or `E` (`SPECIAL_SESSION`), by code: most numbers are plain figures
  const special = first === 83 || first === 69 ? SPECIAL_SESSION.exec(num.n) : null;
  if (special)
    return specialFits(org, special[1] ?? '', Number(special[2]), Number(num.m), num, instrument === 'decision');
  const n = Number(num.n);
  const m = Number(num.m);
  if (instrument === 'prst') return org === 'SC' && between(n, 1994, 2035) && between(m, 1, 99);
  if (num.scYear !== undefined || num.plain) {
    return (
      org === 'SC' &&
      instrument === 'resolution' &&
      between(n, 1, 3000) &&
      num.m === '' &&
      (num.scYear === undefined || councilYearFits(n, Number(num.scYear)))
    );
  }
  if (num.roman !== undefined) return romanFits(org, Number(num.n), num.roman, num.letter);
  // A second part padded with a zero (`Decision No. 14/06`, `160/08`) is another body's number, its year's two digits
  // (the OSCE's Ministerial Council, a prosecutor's office): no UN body pads its numbers (probe p12en-053; session 35).
  if (num.m.length > 1 && num.m.startsWith('0')) return false;
  const dec = instrument === 'decision';
  if (num.letter !== undefined && org !== 'GA') return false; // `56/24 V`: only the Assembly adopts in parts
  switch (org) {
    case 'COP':
      // No session adopted ten instruments of a kind (4 to 8 each: decisions 1/1–1/6, 3/1–3/4, 4/1–4/8; resolutions
      // 9/1–9/4, 10/1–10/6): a second part of two digits is a footnote marker glued on by a page's extraction
      // (`Resolution 9/11 and … Resolution 10/12 of the 10th session of the Conference of the Parties`, dev en-224).
      return between(n, 1, 12) && between(m, 1, 9);
    case 'HRC':
      return between(n, 1, 60) && between(m, 1, dec ? 130 : 60);
    case 'GA':
      // Resolutions up to 600 too: those adopted at a resumed session or on the rules of procedure run past the
      // session's committee numbering (`résolution 56/509 du 8 juillet 2002`, dev fr-145, in an Assembly document).
      return between(n, 31, 80) && between(m, 1, 600);
    case 'CCPCJ':
      return between(n, 1, 35) && between(m, 1, dec ? 10 : 12);
    case 'ECOSOC':
      return between(n, 1978, 2035) && between(m, 1, 400);
    case 'CHR':
      return between(n, 1978, 2005) && between(m, 1, 300);
    case 'SC':
      return false;
  }
}

/** Citation key of an instrument of a body, or undefined when the number does not fit that body's numbering. */
export function instrumentKey(org: OrgId, instrument: InstrumentType, num: InstrumentNumber): string | undefined {
  if (!fits(org, instrument, num)) return undefined;
  const kind = instrument === 'decision' ? 'DEC' : 'RES';
  if (instrument === 'prst') return `S/PRST/${num.n}/${num.m}`;
  if (num.roman !== undefined) {
    const roman = num.roman.toUpperCase();
    const series = org === 'GA' ? 'A' : org === 'CHR' ? 'E/CN.4' : 'E';
    return `${series}/${kind}/${num.n}${num.letter?.toUpperCase() ?? ''}(${roman})`;
  }
  switch (org) {
    case 'SC':
      return num.scYear !== undefined ? `S/RES/${num.n}(${num.scYear})` : `S/RES/${num.n}`;
    case 'GA':
      return `A/${kind}/${num.n}/${num.m}${num.letter ?? ''}`;
    case 'HRC':
      return `A/HRC/${kind}/${num.n}/${num.m}`;
    case 'ECOSOC':
      return `E/${kind}/${num.n}/${num.m}`;
    case 'CHR':
      return `E/CN.4/${kind}/${num.n}/${num.m}`;
    case 'CCPCJ':
      return `CCPCJ ${instrument} ${num.n}/${num.m}`;
    case 'COP':
      return `COP ${instrument} ${num.n}/${num.m}`;
  }
}

/**
 * Whether a number with a comma and a roman session may start at `pos` (`instrument-list.ts`'s `COMMA_ROMAN_RE`,
 * `resolución 1410, XXV)`): one to four digits, then a comma. Read by code at each number of a citation, where the
 * regex cost a call and matched none on the bench's prose.
 */
export function commaRomanMayStart(text: string, pos: number): boolean {
  const limit = Math.min(pos + 5, text.length);
  let i = pos;
  while (i < limit && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > pos && i < limit && text.charCodeAt(i) === 44;
}

/** Whether a space and a capital stand at `end` (how `instrument-list.ts`'s `PART_LETTER_RE` opens: `217 A`). */
export function partLetterAt(text: string, end: number): boolean {
  const capital = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && capital >= 65 && capital <= 90;
}

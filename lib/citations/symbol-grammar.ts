/**
 * What the UN's symbol grammar says beyond `parse-symbol.ts`'s pattern: a pre-1976 resolution's session in brackets,
 * a component of two words, and the series whose numbers are not all documents.
 */

import { isRegexSpace } from './reading-chars';

/**
 * The regular session in brackets after a pre-1976 resolution's number, with the resolution's part letter before it:
 * `A/RES/3010 (XXVII)`, `A/RES/217 A (III)`, `E/RES/1733 (LIV)`, and an encyclopedia's composite `A/RES/27/3010
 * (XXVII)` (dev fr-090, keyed as written). Only after a `/RES/` series of the Assembly or ECOSOC and only a roman in
 * capitals (checked in `sessionOf`), so a list marker `(iii)` or an OAS session `(XXXIV-O/04)` is not read. Groups:
 * the part letter, the roman.
 */
export const SESSION = '\\s?(?:([A-H])\\s?)?\\(([IVXL]{1,7})\\)';

/**
 * What the UN's grammar puts after a one-letter root as its first number, each slash as written or spaced: the
 * Assembly's session (`A/66/457`: 31–80, numbered so since 1976), or the year of an ECOSOC (since 1978) or Security
 * Council (since 1994) document (`E/2009/L.18`, `S/2017/939`). A regex source, for `parse-symbol.ts` and
 * `symbol-spaced.ts`.
 */
export const SESSION_OR_YEAR = 'A\\s?\\/\\s?(?:3[1-9]|[4-7]\\d|80)|[ES]\\s?\\/\\s?(?:19[89]\\d|20[0-3]\\d)';

/**
 * A document word right before a symbol (`document S/24111`, `documento`, `doc.`, `UN Doc.`), with its spaces: what
 * makes an old single-number symbol a document (`S/1775` alone is Peru's sol). A regex source.
 */
export const DOCUMENT_WORD_BEFORE = '\\b(?:documents?|documentos?|docs?\\.?)\\s{1,3}';

/**
 * A treaty body's combined periodic reports as a typesetter writes them, with an en dash (`CRC/C/KEN/CO/3–5`,
 * `CRC/C/LUX/Q/3–4/Add.1`, `CERD/C/AND/CO/1–6`, `CRC/C/OPSC/USA/3–4`, `E/C.12/KEN/CO/2–5`): one symbol, keyed with the
 * hyphen the UN writes (`parse-symbol.ts`). A lookbehind on the en dash, for `SEGMENT`: a committee's series (`CRC/C/`,
 * `CERD/C/`, `CEDAW/C/`, `CCPR/C/`, `CAT/C/`, `CMW/C/`, `CRPD/C/`, `CED/C/`, the CESCR's `E/C.12/`), then up to three
 * components, and right before the numbers a country's code (three letters), concluding observations `CO` or a list of
 * issues `Q`: the only places the UN numbers combined reports. Elsewhere an en dash between numbers is a range of
 * documents and stays one (`A/64/29–30`, `CRC/C/GC/13–14`: two general comments, `CCPR/C/SR.3–4`: two records). Only
 * tried at an en dash after a number in a symbol.
 */
export const COMBINED_REPORTS =
  '(?<=\\b(?:(?:CRC|CERD|CEDAW|CCPR|CAT|CMW|CRPD|CED)/C|E/C\\.12)/(?:[\\w.]{1,8}/){0,3}(?:[A-Z]{3}|CO|Q)/\\d{1,2}\u2013)';

/** Two words in a component (see `SEGMENT`): both in capitals (`OLIVE OIL.10`), else no symbol (`TD/see fig.10`). */
const SPACED_WORDS = /[a-z] [a-z]/i;
const CAPITAL_WORDS = /(?:^|\/)[A-Z]{1,8} [A-Z]{2,8}\./;

/**
 * OHCHR's series `HR/` is a document symbol only as its publications (`HR/PUB/10/2`) and training series (`HR/P/PT/10`):
 * its press releases (`HR/CN/1061`, `HR/CT/581`, `HR/4889`) are not documents.
 */
const HR_DOCUMENT = /^\s?\/\s?P(?:UB)?\s?\//i;

/**
 * The Human Rights Council's resolutions and decisions written without the Assembly's `A/` (`HRC/RES/48/13`, an
 * encyclopedia's infobox, dev fr-298), keyed with its `A/` (`parse-symbol.ts`); and its information series with a year
 * (`HRC/NONE/2017/7`, a brochure's imprint, dev fr-210), a symbol as written: the only `HRC/` series read.
 */
const HRC_INSTRUMENT = /^\/(?:RES|DEC)\/\d|^\/NONE\/(?:19|20)\d\d\/\d/;

/** A hyphen and number after letters (see `SEGMENT`): only a special (`S-27`) or emergency special (`ES-10`) session. */
const HYPHEN_NUMBER = /[a-z]-\d/i;
const SPECIAL_SESSION = /\/\s?E?S-\d/i;

/**
 * A special session's component written with a space for its hyphen (`A/S 23/10/Rev.1`, a thesis's copy of Security
 * Council resolution 1325, dev fr-125; see `SEGMENT`): the session after a slash (`SPACED_SESSION`), read only in
 * capitals (`GOOD_SPACED_SESSION`): a resolution's number after `A/RES/S 23`, else a lettered component after the
 * session or its number (`A/S 23/10/Rev.1`, `A/S 23/PV.1`), so a Danish company's `A/S` before a date or a fraction
 * (`A/S 23/10/2020`, `A/S 23/10 meeting`, `A/S 1/2`) is no symbol.
 */
const SPACED_SESSION = /\/E?S \d/i;
const GOOD_SPACED_SESSION = /^\/(?:RES\/E?S \d{1,2}\/\d{1,2}(?![\d.]|\/\d)|E?S \d{1,2}\/(?:\d{1,2}\/)?[A-Z])/;

/**
 * Letters joined by a hyphen or an ampersand in a component (see `SEGMENT`), and the same in capitals, as the CBD's
 * series write them (`COP-MOP`, `WG-L&R`): a component in lower case (`A/see-also/2`, a path) is no symbol's.
 */
const JOINED_LETTERS = /[a-z][-&][a-z]/i;

/**
 * ECOWAS's acts, numbered like UN symbols: its Supplementary Protocols (`Supplementary Protocol A/SP.1/01/05`, dev
 * en-433), Protocols (`A/P.1/8/94`, dev fr-343; `A/P1/7/91`), Decisions (`A/DEC.1/5/83`) and Supplementary Acts
 * (`A/SA.1/01/10`): no UN series has `A/P`, `A/SP`, `A/DEC` or `A/SA` with a dot or a number glued (the Assembly's
 * decisions are `A/DEC/63/…`, its committees `A/SPC/`, its records `A/PV.`, its special sessions `A/S-`).
 */
const ECOWAS_ACT = /^\/\s?(?:S?P|DEC|SA)\.?\s?\d/i;

/**
 * The series or components that make no document symbol: two words not in capitals, letters joined not in capitals,
 * a hyphen number other than a special session's, OHCHR's press releases.
 */
export function seriesRefused(root: string, segments: string): boolean {
  // Each regex below needs what most symbols lack (an `A` root, a space, a hyphen or `&`), tested first (by code).
  if ((root === 'A' || root === 'a') && ECOWAS_ACT.test(segments)) return true;
  const spaced = segments.includes(' ');
  if (spaced && SPACED_SESSION.test(segments) && (root !== 'A' || !GOOD_SPACED_SESSION.test(segments))) return true;
  if (spaced && SPACED_WORDS.test(segments) && !CAPITAL_WORDS.test(segments)) return true;
  const hyphen = segments.includes('-');
  // A component's joined letters are the whole string's (no `/` inside one): split only when there are some.
  const joined = (hyphen || segments.includes('&')) && JOINED_LETTERS.test(segments);
  if (joined && segments.split('/').some((c) => JOINED_LETTERS.test(c) && c !== c.toUpperCase())) return true;
  if (hyphen && HYPHEN_NUMBER.test(segments) && !SPECIAL_SESSION.test(segments)) return true;
  if (root.toUpperCase() === 'HRC') return root !== 'HRC' || !HRC_INSTRUMENT.test(segments);
  return root.toUpperCase() === 'HR' && !HR_DOCUMENT.test(segments);
}

/** The key's tail for a pre-1976 session in brackets (`A(III)`, `(XXVII)`; see `SESSION`), or '' when none applies. */
export function sessionOf(root: string, segments: string, letter?: string, roman?: string, other?: boolean): string {
  if (roman === undefined || other || !/^[AE]$/i.test(root) || !/\/\s?RES\s?\/.*\d$/i.test(segments)) return '';
  if (!/^[IVXL]+$/.test(roman) || (letter !== undefined && !/^[A-H]$/.test(letter))) return '';
  return `${letter ?? ''}(${roman})`;
}

/**
 * An organisation's own file label right before a symbol-shaped code (`Réf. interne : UNODC/HTMSS/2023/047`, an
 * e-mail, probe p15fr-042; `Internal ref.`, `Our ref:`, `Notre réf.`, `Nuestra referencia`): a file number in its
 * registry, never a document the UN publishes. Case-insensitive; the label's colon and spaces up to the symbol.
 */
const INTERNAL_REFERENCE_BEFORE =
  /(?:\b(?:r[ée]f(?:[ée]rence)?|referencia)\.?\s{1,3}(?:interne|internal|interna)|\binternal\s{1,3}ref(?:erence)?\.?|\b(?:our|your|notre|votre|nuestra|su)\s{1,3}(?:r[ée]f(?:[ée]rence)?|referencia)\.?)\s{0,3}:?\s{0,3}$/i;

/**
 * Whether a symbol at `pos` follows an internal file label (`INTERNAL_REFERENCE_BEFORE`): the regex only where the last
 * character before the white space and colon is one a label ends with (`e`, `l`, `a`, `f`, either case, or a stop),
 * where it cost a call at every symbol and matched none on the bench's prose.
 */
export function internalReference(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 32);
  let i = pos;
  while (i > from && (isRegexSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 58)) i--;
  const last = i > from ? text.charCodeAt(i - 1) : 0;
  const lower = last | 32;
  if (lower !== 101 && lower !== 108 && lower !== 97 && lower !== 102 && last !== 46) return false;
  return INTERNAL_REFERENCE_BEFORE.test(text.slice(from, pos));
}

/** Whether `segments` holds exactly one slash: `segments.split('/').length === 2` without the array (each symbol). */
export function oneSlash(segments: string): boolean {
  const slash = segments.indexOf('/');
  return slash >= 0 && segments.indexOf('/', slash + 1) < 0;
}

/**
 * A symbol's key as written: its white space (`\s`) dropped, in capitals. `replace(/\s/g, '')` only where a loop
 * finds white space: a regex call at each symbol, most of which have none.
 */
export function keyUpper(written: string): string {
  let spaced = false;
  for (let i = 0; i < written.length && !spaced; i++) spaced = isRegexSpace(written.charCodeAt(i));
  return (spaced ? written.replace(/\s/g, '') : written).toUpperCase();
}

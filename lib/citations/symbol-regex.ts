/**
 * The regex of a UN document symbol: its roots (a closed list), segments, slashes, volume and the whole symbol at the
 * cursor, for `parse-symbol.ts` (moved out of it as is: the module-size limit).
 */

import { COMBINED_REPORTS, SESSION } from './symbol-grammar';
import { alt, optional, sticky } from './patterns';

/**
 * First segment of a symbol: the series. The bodies whose documents the domain cites (General Assembly `A`, Security
 * Council `S`, ECOSOC and its commissions `E`, Secretariat `ST`, UNTOC COP `CTOC`, treaty bodies…; UNHCR's own `HCR/GIP/02/01`, `HCR/GS/12/03`, dev es-302). A closed list:
 * sales numbers (`F.09.V.11`), note references (`CU 2009/92 (A)`) and fractions (`24/7`) have no such root.
 */
export const SYMBOL_ROOTS = [
  'CTOC',
  'UNODC',
  'FCCC',
  'ICCD',
  'NPT',
  'HRC',
  'HCR',
  'HR',
  'CAC',
  'CEDAW',
  'CERD',
  'CCPR',
  'CRC',
  'CMW',
  'CRPD',
  'CAT',
  'CED',
  'HRI',
  'UNEP',
  'ICEF',
  'ECE',
  'JIU',
  'EC',
  'DP',
  'TD',
  'ST',
  'A',
  'S',
  'E',
];

/** Symbol roots as a regex source (longest first). */
export const SYMBOL_ROOT = alt(...[...SYMBOL_ROOTS].sort((a, b) => b.length - a.length));

/**
 * A UNEP division in brackets glued to its root (`UNEP(DTIE)/Hg/INC.1/4`, the mercury negotiations' documents, dev
 * es-130; `UNEP(DEPI)/…`): part of the root. Only after `UNEP`, two to six letters.
 */
export const ROOT_DIVISION = '(?:(?<=UNEP)\\([a-z]{2,6}\\))?';

/**
 * One segment after a slash: letters with an optional `.number` (`RES`, `CN.15`, `WG.4`, `C.3`, `L.12`, `Rev.1`,
 * `Add.1`) or a number (`2011`, `8`). The two alternatives start with disjoint characters, and `.` must be followed by
 * a digit, so a sentence-final dot is never taken.
 */
// A number may be a treaty body's range of combined reports (`CRC/C/KEN/CO/3-5`: one symbol, written as is); only
// one or two digits on each side and no slash after but before a lettered component (its addendum:
// `CRC/C/LUX/Q/3-4/Add.1`, dev en-363, es-250), so a hyphen joining two symbols (`…/CRP.1-CTOC/…`) or a year range is
// not taken. An en dash for the hyphen in a treaty body's series only (`COMBINED_REPORTS`; `CRC/C/KEN/CO/3–5`, keyed with the
// hyphen).
// A lettered component's own number may follow one space after its full stop, as extraction leaves it (`A/AC.
// 254/4/Add. 1/Rev. 6`: the UN's component grammar is `AC.n`, `Add.n`, so a space there is debris). Only that first
// number and only a space: `A/57/50/Rev.1.\n02` (a footnote's number on the next line) is not `Rev.1.02`.
// A commission's, committee's, conference's or working group's number may even follow a line break (`E/CN.\n\n15/2005/15`,
// a header set on two lines, dev es-128; `A/HRC/WG.\n\n6/40/VEN/2`, dev es-306): `CN.`, `AC.`, `CONF.`, `WG.` are never
// written without their number.
// A special or emergency special session's component (`A/RES/S-27/2`, `A/ES-10/L.22`, `A/RES/ES-10/19`): a hyphen and
// its number after the letters, then a slash (`symbol-grammar.ts` allows it after `S` and `ES` only); a space for the
// hyphen after `S` / `ES` alone (`A/S 23/10/Rev.1`, dev fr-125; checked in `symbol-grammar.ts`, keyed with its hyphen).
// Two words may make a lettered component (UNCTAD's commodity conferences: `TD/OLIVE OIL.10/L.1/Add.1`, dev es-028):
// one space, then a word and its number; in capitals only (checked in `symbol-grammar.ts`).
// Letters joined by a hyphen or an ampersand make one component (the CBD's meetings and working groups:
// `UNEP/CBD/BS/COP-MOP/3/15`, `UNEP/CBD/BS/WG-L&R/4/1/Add.1`, dev fr-106); in capitals only (`symbol-grammar.ts`).
// The UNCCD writes its session in brackets inside a component (`ICCD/COP(13)/21/Add.1`, `ICCD/CRIC(16)/2`), then a slash.
const SEGMENT = alt(
  '[a-z]{1,8}(?:[-&][a-z]{1,8}){0,2}(?:(?:-|(?<=/e?s) )\\d{1,2}(?=/))?(?:\\(\\d{1,2}\\)(?=/))?(?: [a-z]{2,8}(?=\\.\\d))?(?:\\.(?: |(?<=[/\\s](?:cn|ac|conf|wg)\\.)\\s{1,6})?\\d{1,4})?(?:\\.(?:\\d{1,4}|[a-z]{1,8}(?=[./]))){0,2}',
  `\\d{1,2}(?:-|\u2013${COMBINED_REPORTS})\\d{1,2}(?!\\d|/(?![a-z]))`,
  '\\d{1,5}',
);

/**
 * What may stand before a symbol inside its brackets, as a regex source: a document link's address
 * (`https://undocs.org/`, `https://undocs.org/en/`, `https://docs.un.org/en/`, the UN's resolvers, with or without
 * the scheme or `www.`) or a document label and its space (`UN Doc. `, `U.N. Doc `, `document `, `documento `), so
 * `Security Council Resolution 1325 (https://undocs.org/S/RES/1325)` reads as `(S/RES/1325)` does. A closed list:
 * another site's path (`example.org/S/RES/1325`) or another word (`(see S/RES/1325)`) is no such lead.
 */
export const SYMBOL_LEAD =
  '(?:(?:https?://)?(?:www\\.)?(?:undocs\\.org|docs\\.un\\.org)/(?:[a-z]{2}/)?|(?:U\\.?N\\.? ?)?doc(?:ument(?:o)?)?\\.? )';

/**
 * A symbol's start inside a bracket after a plain number (`instrument-list.ts`), so the number ends there: the
 * Council's own (`Security Council Resolution 1325 (S/RES/1325), on women…`, dev en-361, an encyclopedia's lead
 * sentence), as written or spaced on both sides (`(S / RES / 1325)`, a PDF's text layer: `symbol-spaced.ts`), after a
 * link or a document label (`(https://undocs.org/S/RES/1325)`, `(UN Doc. S/RES/1325)`: `SYMBOL_LEAD`); since session
 * 23 any document's, a report's after the resolution it answers (`Report of the Secretary-General pursuant to Security
 * Council resolution 1820 (S/2009/362)`, dev en-512). A root, a slash, then a number or a lettered component and its
 * slash: `(a/b testing)` is none.
 */
export const BRACKET_SYMBOL = `${SYMBOL_LEAD}?(?:${SYMBOL_ROOT})(?: / |/)(?:[a-z]{1,8}(?:\\.\\d{1,4})? ?/|\\d)`;

/**
 * A slash between symbol segments, with the spaces that extraction leaves around it: `A / RES / 70/179`,
 * `S/ PV.7847`, `E/CN.15/2008/ CRP.2` (one space at most on each side).
 */
const SLASH = '\\s?/\\s?';

/**
 * The first slash, which a heading set on two lines may put on the next line after a root of three letters or more
 * (`Nations Unies CRPD\n\n/C/4/3`, dev fr-252): up to four white-space characters before it there.
 */
export const FIRST_SLASH_GAP = '(?:(?<=[a-z]{3}(?:\\([a-z]{2,6}\\))?)\\s{2,4}|\\s)?';
const FIRST_SLASH = `${FIRST_SLASH_GAP}/\\s?`;

/**
 * A volume or part after a symbol: `A/55/49 (Vol. I)`, `A/65/456/Add.2 (Part II)`, in Arabic figures too (the ILC
 * Yearbook's `A/CN.4/SER.A/2002/Add.1 (Part 2)`), and a supplement as the UN's library writes it (`A/74/10 (SUPP)`).
 * French and Spanish `Partie` / `Parte` too (`A/CONF.157/24 (Parte I)`, dev es-099), and several of them (`VOLUME_MORE`).
 * Only after `Vol.` / `Part` / `Sect.` (a budget section, `A/64/6 (Sect. 16)`: read in session 9, dropped for the
 * content script's bytes, read again since session 11 now the engine is its own module), so a bracketed page number
 * is not one. A meeting record's resumption, its English word in every language's edition (`S/PV.4176 (Resumption 1)`,
 * dev es-278).
 */
const VOLUME_NUMBER = '(?:[IVX]{1,4}|\\d{1,2})';
// Several volumes or parts (session 20, dev en-503): the plural word or not (`(Parts I and II)`, `(Vols. I–III)`,
// `(Parties I et II)`, `(Partes I a III)`, `(Vol. I and II)`), further numerals after a comma, a dash or a list or range
// word, kept in the key as written (`(PARTSIANDII)`); only numerals up to the closing bracket, so `(Part I and annex)`
// is no qualifier.
const VOLUME_MORE = `(?:(?:,\\s?|\\s?[-–]\\s?|\\s(?:and|et|y|to|à|a)\\s)${VOLUME_NUMBER}){0,3}`;
const VOLUME = `(?:(?:Vols?\\.|Part(?:ie|e)?s?)\\s?${VOLUME_NUMBER}${VOLUME_MORE}|Sect\\.\\s?\\d{1,2}[A-D]?|SUPP|Resumption\\s?\\d{1,2})`;

/**
 * A symbol at the cursor: root, 2 to 12 segments (bounded: `CTOC/COP/WG.4/` repeated a million times stays linear),
 * and for Security Council resolutions a year in brackets (after a stray slash too: `S/RES/2598/(2021)`, a press
 * release's "document à paraître"), else a volume or part, then a pre-1976 resolution's session. Groups: 1 root, 2 the
 * segments, 3 the bracketed year, 4 the volume, 5 and 6 the session's part letter and roman.
 */
export const SYMBOL_RE = sticky(
  `(${SYMBOL_ROOT}${ROOT_DIVISION})((?:${FIRST_SLASH}${SEGMENT})(?:${SLASH}${SEGMENT}){0,11})${optional('[\\s/]?\\(((?:19|20)\\d\\d)\\)')}${optional(`\\s?\\((${VOLUME})\\)`)}${optional(SESSION)}`,
);

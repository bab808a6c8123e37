/**
 * A symbol written with one space on each side of every slash, as a PDF's text layer or a web page sets it
 * (`E / 2009 / L.18`, `S / PV.8114`, `E / 2009 / INF / 2 / Add.1`, `HRC / RES / 48/13`): read by `parse-symbol.ts` as
 * the same symbol unspaced, on a window where those slashes are closed up; its end mapped back to the text as written.
 * A spacing that holds at every slash is the typesetter's, not prose's; a mixed spacing (`S/ PV.7847`,
 * `E/CN.15/2008/ CRP.2`) is the plain grammar's.
 */

import { execAt, stickyCased } from './patterns';
import { SYMBOL_ROOT } from './symbol-regex';
import { DOCUMENT_WORD_BEFORE, SESSION_OR_YEAR } from './symbol-grammar';

type Parse = (text: string, pos: number) => { key: string; end: number } | null;

/**
 * The head of a spaced symbol: a root in capitals as written (with UNEP's division, `UNEP(DTIE)`), a space, a slash,
 * a space, then a capital or a digit. Case-sensitive: `Grade a / 20`, `E / and` (a lower-case word after the slash)
 * are prose.
 */
const SPACED_HEAD_RE = stickyCased(`(?:${SYMBOL_ROOT})(?:\\([A-Z]{2,6}\\))? / (?=[A-Z\\d])`);

/**
 * A lower-cased text's head (a tokenised corpus: `( s / prst / 2004 / 7 )`, dev es-332): a one-letter root, then a
 * series the UN puts right after it, `res`, `dec`, `prst`, `hrc`, a spaced slash, or a numbered one, `pv.8114`,
 * `c.3`, `cn.4`, `ac.25`. A closed list, so lower-case prose with slashes (`a / b / 12`, `e / and / or`) is not read.
 */
const LOWER_HEAD_RE = stickyCased('[ase] / (?=(?:res|dec|prst|hrc) / |(?:pv|sr|cn|ac|c)\\.\\d)');

/**
 * One more component of the run: a space, a slash, a space, then a capital or a digit, as at the head. A UN component
 * is a number or a series in capitals (`L.18`, `SR.32`, `Add.1`, `INF`); a lower-case word after a spaced slash is
 * prose (`CEDAW / C / JAM / Q / 5 / and Add.1`: the symbol ends before that slash).
 */
// Or a Council resolution's year in brackets after it (`S / RES / 2598 / (2021)`, a press release's stray slash, as
// `SYMBOL_RE` reads it unspaced).
const SPACED_SLASH_RE = stickyCased(' / (?=[A-Z\\d]|\\((?:19|20)\\d\\d\\))');
/** The same in a lower-cased text: a lower-case letter or a digit. */
const LOWER_SLASH_RE = stickyCased(' / (?=[a-z\\d])');

/** A slash, then at most a space, before the root (see `spacedSymbol`). */
const PATH_BEFORE = /\/\s?$/;
/**
 * But a masthead's cell before it (`United Nations / A / HRC / 27 / 53`, dev en-510 spaced): a word in title case
 * (three letters or more, a space and the slash), not a path's folder (lower case, `path / docs / CTOC / …`). Session 23.
 */
const CELL_BEFORE = /(?:^|\s)[A-Z][a-z]{2,} \/ $/;

/** A component as written: up to white space (its own slashes kept: a resolution's number `48/13` is set whole). */
const COMPONENT_RE = stickyCased('\\S{1,40}');

/**
 * A one-letter root's first number when spaced: only the session (`A / 66 / 457`: 31–80, numbered so since 1976) or
 * the year (ECOSOC since 1978, the Council since 1994: `E / 2009 / L.18`, `S / 2004 / 525`) the UN's grammar puts
 * there, so `Form A / 12 / 2019` or `class S / 25 / 30` is no symbol. On the closed-up text.
 */
const SESSION_OR_YEAR_RE = new RegExp(`^(?:${SESSION_OR_YEAR})\\/`);

/**
 * What makes a spaced old single-number symbol (`A / 1775`, `E / 5248`) a document and not a quotient (`E / 1000`,
 * `A / 100`): a document word right before it (`UN Doc. A / 1775`, `document S / 24111`), or the bracket after an
 * official record's supplement (`Supplement No. 3 (E / 5248)`, `Supplément no 3 (…`, `Suplemento núm. 3 (…`).
 */
const OLD_NUMBER_BEFORE = new RegExp(
  `(?:${DOCUMENT_WORD_BEFORE}|\\b(?:Supplement|Suppl[ée]ment|Suplemento)\\s(?:No\\.|n[o°º]|núm\\.)\\s?\\d{1,2}[A-Z]?\\s\\()$`,
  'i',
);

/**
 * Whether a spaced symbol whose first component is a number (`key`, closed up) is one the UN's grammar writes so. A
 * one-letter root: several components with a session or a year first (`SESSION_OR_YEAR_RE`), or one old number after
 * a document word (`OLD_NUMBER_BEFORE`). A root of several letters: a year first (`DP / 2019 / 3`) or a lettered
 * component after the number (`EC / 47 / SC / CRP.29`, UNHCR's Executive Committee), so numbers alone (`ST / 2 / 3`,
 * `CAT / 12 / 5`: a ratio, a score) are not read.
 */
function numberFirstHolds(key: string, before: string): boolean {
  const parts = key.split('/');
  if (!/^\d/.test(parts[1] ?? '')) return true;
  if (/^[ASE]$/.test(parts[0] ?? ''))
    return parts.length > 2 ? SESSION_OR_YEAR_RE.test(key) : OLD_NUMBER_BEFORE.test(before);
  return /^(?:19[4-9]\d|20[0-3]\d)$/.test(parts[1] ?? '') || parts.slice(2).some((c) => /^[A-Z]/.test(c));
}

/** A capital or a bracket: what a root and its division (`UNEP(DTIE)`) are written with. */
const isRootChar = (c: number): boolean => (c >= 65 && c <= 90) || c === 40 || c === 41;

/** How many slashes a run closes up at most (a symbol has 12 segments at most: `SYMBOL_RE`). */
const MAX_SLASHES = 12;

/** How far past the run the window reaches: a volume, a Council year, a session or a number on the next line. */
const TAIL = 80;

/** How far before the symbol the window reaches: the URL and document-word checks read 40 characters. */
const LEAD = 40;

/**
 * The symbol at `pos` read with its spaced slashes closed up (`parse` on that window); null when it does not read so
 * (the plain grammar's looser reading of spaced slashes is not tried then: `A / SP.1 / 01 / 05`, an ECOWAS act, is
 * refused as `A/SP.1/01/05` is), undefined when the text there is not spaced so. Cheap then: a few character tests.
 */
export function spacedSymbol(text: string, pos: number, parse: Parse): { key: string; end: number } | null | undefined {
  // The gate: past the root's capitals and its division's brackets (10 characters at most), a space and a slash.
  let at = pos;
  while (at < pos + 10 && isRootChar(text.charCodeAt(at))) at++;
  if (at === pos && /[ase]/.test(text.charAt(pos))) at++;
  if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 47) return undefined;
  const lower = at === pos + 1 && text.charCodeAt(pos) >= 97;
  const head = execAt(lower ? LOWER_HEAD_RE : SPACED_HEAD_RE, text, pos);
  if (!head) return undefined;
  // A spaced slash right before the root: a path spaced like it (`path / docs / CTOC / COP / 2010 / 17`), as a slash
  // before an unspaced symbol is (`parse-symbol.ts`).
  if (
    PATH_BEFORE.test(text.slice(Math.max(0, pos - 3), pos)) &&
    !CELL_BEFORE.test(text.slice(Math.max(0, pos - 24), pos))
  )
    return null;
  const slash = lower ? LOWER_SLASH_RE : SPACED_SLASH_RE;
  // The run: components joined by spaced slashes; `slashes` holds each closed-up slash's index in the window.
  const lead = Math.max(0, pos - LEAD);
  let window = text.slice(lead, pos + head[0].length - 3) + '/';
  const slashes = [window.length - 1];
  let i = pos + head[0].length;
  for (;;) {
    const component = execAt(COMPONENT_RE, text, i);
    if (!component) break;
    window += component[0];
    i += component[0].length;
    if (slashes.length >= MAX_SLASHES || !execAt(slash, text, i)) break;
    window += '/';
    slashes.push(window.length - 1);
    i += 3;
  }
  window += text.slice(i, i + TAIL);
  const s = parse(window, pos - lead);
  if (!s) return null;
  if (!numberFirstHolds(s.key, text.slice(lead, pos))) return null;
  // Each closed-up slash before the end stood for three characters.
  const closed = slashes.filter((k) => k < s.end).length;
  return { key: s.key, end: lead + s.end + 2 * closed };
}

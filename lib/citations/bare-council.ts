/**
 * A Security Council number with its year and no head word of its own (`which supports compliance with 2178 (2014)`,
 * dev en-384; `la primera resolución …, la 1261 (1999)`, dev es-275; `las posteriores a ella 2419 (2018) y 2535
 * (2020)`, dev es-207; `WPS (1820/2008)`, dev en-340; a list cut by a page's markup, `1999, 1296 (2000) du 19 avril 2000
 * <strong>et</strong> 1314 (2000)`, dev fr-125): the `n (yyyy)` shape is the Council's wherever it stands (the session 8
 * convention), each spanned on its number and year. Read once per text, after the parses, and only where no parse
 * read or refused a citation.
 */

import type { Candidate } from './candidate';
import { councilSlashYear, fits } from './instrument-numbers';
import { COUNCIL_NAMED_RE } from './infer-body';
import { Coverage } from './overlap';
import { DECISION_WORD, RESOLUTION_WORD, SC_YEAR_BRACKET } from './patterns';

/**
 * The shape: three or four digits after a word boundary, then the year in brackets (a space or a lost no-break space
 * `?` before it, a space inside, a typo's comma before the bracket: `(2009,)`, dev en-505) or after a slash. Groups:
 * number, bracketed year, slashed year.
 */
const BARE_RE = new RegExp(`\\b(\\d{3,4})(?:[\\s?]?${SC_YEAR_BRACKET}|\\/((?:19|20)\\d\\d)(?![\\d/]|[.,]\\d))`, 'g');

/**
 * What may not stand right before it: a symbol's slash or dot, a hyphen or a digit (`S/RES/1325 (2000)`, `A-1325`), a
 * number sign or a statute's word (`Law No. 1098 (2006)`, `Ley 1448 (2011)`, `Décret 1325 (2000)`, `p. 1325 (2000)`),
 * or a head word, maybe with an adjective (`résolution consensuelle 1325 (2000)`): that number is the head word's
 * parse's, kept or refused there (a document's own heading, another body's list).
 */
const BEFORE_RE = new RegExp(
  `(?:[/.\\-–\\d]|\\b(?:No|Nos|n[°º]|n[úu]m|nº|p|pp|page|pages|law|act|ley|loi|decreto|d[ée]cret|decree|regulation|reglamento|r[èe]glement)\\.?\\s{0,2}|\\b(?:${RESOLUTION_WORD}|${DECISION_WORD}|res\\.?)(?:\\s{1,4}[a-zà-ÿ]{2,16})?\\s{0,4}(?:n\\.?\\s?[°º]\\s?|no\\.\\s?|n[úu]m\\.\\s?)?)$`,
  'i',
);

/** Another body named right after the number (`1702 (2010) de l’Assemblée parlementaire`): not the Council's. */
const OTHER_BODY_AFTER_RE =
  /^,?\s{1,4}(?:of|du|de|del|des)\s{1,4}(?:the\s{1,4}|la\s{1,4}|l['’]\s?|el\s{1,4})?(?!Security\b|Conseil\s+de\s+s|Consejo\s+de\s+Seguridad|UN\b|ONU\b|Naciones\b|Nations\b)[A-ZÀ-Ý]/;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The marks a year follows in `yearAfterMark`: an opening bracket, a slash. */
const YEAR_MARKS = '(/';

/**
 * Cheap gate: whether `text` holds `[(/] ?(?:19|20)\d\d`, a bracket or slash, maybe a space, then a year's first
 * digits. Read at each `(` and `/` (`indexOf`): the regex tried its class at every position of every text, about 1 ms
 * a bench pass (session 38). Each match starts at one of them, its year right after it or after one space.
 */
function yearAfterMark(text: string): boolean {
  // The marks by index, not `for … of` (the iterator's try/finally in the graph), and the four codes read together,
  // each test run at every mark: a sum V8 had not seen run (read only after `19` or `20`) threw its optimised code
  // away ("insufficient type feedback", session 47).
  for (let k = 0; k < YEAR_MARKS.length; k++) {
    const mark = YEAR_MARKS.charAt(k);
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      const j = i + 1 < text.length && text.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
      if (j + 3 >= text.length) continue; // no code read past the end
      const a = text.charCodeAt(j);
      const b = text.charCodeAt(j + 1);
      const c = text.charCodeAt(j + 2);
      const d = text.charCodeAt(j + 3);
      if ((a === 49 ? b === 57 : a === 50 && b === 48) && isDigit(c) && isDigit(d)) return true;
    }
  }
  return false;
}

/**
 * Adds the bare Council numbers of `text` that no candidate of `parsed` covers to `kept`. Each match is read as it comes
 * and dropped unless it fits the Council's numbering and no parse covers it (`Coverage`, a binary search): a `some`
 * over `parsed` per number made a page of glued Council symbols (`S/RES/2388(2017)S/RES/…`) quadratic (6 s at 1 MB,
 * session 26), and gathering every match and its candidate first held 27 MB at 1 MB long enough for the collector to
 * move it to the old generation — half of what that page promoted (session 29).
 */
export function addBareCouncil(kept: Candidate[], parsed: readonly Candidate[], text: string): Candidate[] {
  return yearAfterMark(text) ? addCouncilNumbers(kept, parsed, text) : kept;
}

/**
 * `addBareCouncil` past its gate (one text in seven): a function of its own, so the gate, run on every text, compiles
 * without the rest (the whole took TurboFan 5–20 ms in the bench's window, session 47).
 */
function addCouncilNumbers(kept: Candidate[], parsed: readonly Candidate[], text: string): Candidate[] {
  const coverage = new Coverage(parsed);
  let council: boolean | undefined;
  BARE_RE.lastIndex = 0;
  for (let m = BARE_RE.exec(text); m; m = BARE_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (coverage.covers(start, end)) continue;
    const n = m[1] ?? '';
    const year = m[2] ?? m[3] ?? '';
    if (m[3] !== undefined ? !councilSlashYear(n, year) : !fits('SC', 'resolution', { n, m: '', scYear: year }))
      continue;
    if (BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (OTHER_BODY_AFTER_RE.test(text.slice(end, end + 60))) continue;
    // The text must be about the Council: it names it, or cites one of its resolutions.
    council ??= COUNCIL_NAMED_RE.test(text) || parsed.some((p) => p.key.startsWith('S/RES/'));
    if (!council) return kept;
    kept.push({ start, end, kind: 'resolution', key: `S/RES/${n}(${year})`, ref: { type: 'none' } });
  }
  return kept;
}

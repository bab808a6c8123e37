/**
 * What a symbol's citation lists after it: corrigenda and addenda (`A/64/440 and Corr.1`), further meeting records
 * (`CRC/C/SR.177, 178 y 179`), each its own citation keyed on the symbol's series; for `parse-symbol.ts`.
 */

import type { Candidate } from './candidate';
import { execAt, OWS, sticky, WS } from './patterns';
import { wordAfterGap, wordMayStart } from './next-word';

/**
 * Corrigenda and addenda named after a symbol: "A/64/440 and Corr.1", "E/CONF.82/15, Corr.1 and Corr.2", "A/55/595 y Corr.1 y 2", "A/69/488/Add.2 et
 * Corr.1", "A/CN.4/579 y Add.1 a 4". Each is its own citation (`A/64/440/CORR.1`), spanning `Corr.1` or the bare number
 * of a further one.
 */
// One space may follow the full stop (`and Corr. 1`), as inside a symbol (`SEGMENT`).
const CORR_RE = sticky(`(?:,${OWS}|${WS}(?:and|et|y)${WS})((Corr|Add)\\. ?(\\d{1,2}))(?![\\w/])`);
/**
 * A further number (`y 2`, `and Corr.2`), or the last of a range (`Add.1 a 4`, `to 4`, `à 4`: the range's end, as
 * labelled). Group 1 the span, group 2 the number.
 */
// A hyphen or en dash too (`A/62/439 and Add.1-6`: the range's end, as `a 4`); only upwards (`parseListedAfter`).
// The word, when written, is group 2 as in `CORR_RE`: a list may go from corrigenda to addenda (`A/50/141 et Corr.2 et
// Add.1 à 3`, dev fr-248), each word its own series counted from 1.
const MORE_CORR_RE = sticky(
  `(?:,${OWS}|${WS}(?:and|et|y|a|to|à)${WS}|[-–])((?:(Corr|Add)\\. ?)?(\\d{1,2}))(?![\\w/]|\\.\\d)`,
);

/**
 * Further meeting records after a summary or verbatim record (`CRC/C/SR.177, 178 y 179`, `S/PV.7847 and 7848`): each
 * its own citation on its number, keyed with that number. Only a number that ends its list item (a separator, a
 * bracket, the end of its line or of the text after it: `- Séances plénières A/61/PV.38 et 39\n`, dev fr-248), so a
 * date (`S/PV.7847, 20 December 2016`) is not a record.
 */
// Or the end of a range after a hyphen, a non-breaking hyphen or an en dash (`voir CRC/C/SR.665‑666`, dev `fr-143`: the
// range's end, as `Add.1-6`).
const RECORD_NEXT_RE = sticky(
  `(?:,${OWS}|${WS}(?:and|et|y)${WS}|[-\u2011–])((\\d{1,5}))(?=${OWS}(?:[,;)\\]]|(?:and|et|y)${WS}\\d)|\\.?[ \\t]*(?:\\n|$))`,
);

/**
 * A symbol whose last component is a plain number, with its series before it (`E/CN.15/2008/` of `E/CN.15/2008/6`):
 * documents listed on that series share it (`E/CN.15/2008/6 and 7`, `A/HRC/29/38, 39 and 40`). Three components at
 * least, so `S/2017/939` lists `940` but a session alone (`A/64`) is no series.
 */
const NUMBERED_SERIES = /^[^/]+\/[^/]+\/(?:.*\/)?(?=\d{1,5}$)/;

/**
 * Drafts and papers listed on a shared series after one (`A/C.3/62/L.11 and L.12`, `CTOC/COP/2020/CRP.4, CRP.5`): the
 * same series word and its number, each its own citation spanned on it. Groups: 1 the span, 2 the word, 3 the number.
 */
const DRAFT_NEXT_RE = sticky(`(?:,${OWS}|${WS}(?:and|et|y)${WS})((L|CRP|WP|INF)\\. ?(\\d{1,3}))(?![\\w/]|\\.\\d)`);

/** A symbol ending in such a series and its number: group 1 the key up to the number, group 2 the word. */
const DRAFT_SERIES = /^(.*\/(L|CRP|WP|INF)\.)\d{1,3}$/i;

/**
 * A part or volume qualifier ending a key (`A/66/153(PARTI)`, `A/51/49(VOL.I)`; not a Council year nor a session): the
 * addenda listed after it are the whole report's (`A/66/153 (Part I) and Add.1 and 2` → `A/66/153/ADD.1`, dev en-504),
 * keyed without it; a corrigendum keeps it (the UN numbers a volume's own: `A/59/5 (Vol. I)/Corr.1`).
 */
const QUALIFIER_END = /\((?:VOLS?\.|PART)[^()]*\)$/;

/**
 * A key ending in an addendum or corrigendum (`A/59/668/ADD.7`): group 1 its report's key with the slash, 2 the word,
 * 3 the number. A further one of the same word is its sibling (`A/59/668/Add.7 à Add.10` → `A/59/668/ADD.10`, dev
 * fr-347; `Add.2 and Add.3`), not an addendum to the addendum; another word is the listed document's own
 * (`A/69/488/Add.2 et Corr.1` → `A/69/488/ADD.2/CORR.1`).
 */
const LISTED_END = /^(.*\/)(ADD|CORR)\.(\d{1,2})$/;

/**
 * A sibling's bare number right after the symbol (`A/62/439/Add.1-6`, `A/59/668/Add.7 à 10.`, `Add.2 and 3`): after a
 * glued dash, or after a list or range word when the number ends its list item (a separator, a bracket, the end of the
 * line or text), so `Add.7 to 10 December` or `Add.1 and 2 others` is none; never after a comma (`(A/64/440/Add.1,
 * 12)`: a page). Group 1 the number.
 */
const SIBLING_BARE_RE = sticky(
  `(?:[-–]|${WS}(?:and|et|y|a|to|à)${WS})(\\d{1,2})(?=${OWS}[,;)\\]]|\\.?[ \\t]*(?:\\n|$)|\\.${WS}[A-ZÀ-Ý])`,
);

/** A listed document's number must go up, by at most this much (a page `(A/64/440, 12)` or a year is not one). */
const MAX_STEP = 50;

/**
 * Whether `DRAFT_NEXT_RE` or `RECORD_NEXT_RE` may match at `pos`: a dash there, or after the gap (a comma, white space)
 * a digit, a conjunction's first letter (`and`, `et`, `y`) or a draft series' (`L`, `CRP`, `WP`, `INF`).
 */
function listedMayFollow(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c === 45 || c === 0x2011 || c === 0x2013) return true;
  const lead = wordAfterGap(text, pos);
  const lower = lead | 32;
  if (lead >= 48 && lead <= 57) return true;
  return (
    lower === 97 || lower === 101 || lower === 121 || lower === 108 || lower === 99 || lower === 119 || lower === 105
  );
}

/** The series of listed documents of `word` after `key`: an addendum's on the key without its qualifier (`bare`). */
function seriesOf(word: string, key: string, bare: string): string {
  return `${word === 'ADD' ? bare : key}/${word}.`;
}

/**
 * The corrigenda and addenda after a symbol, else (with `records`, when no pinpoint follows the symbol) the further
 * records after a record, each its own citation; groups: 1 the span, then the number (3 for the first corrigendum, with
 * its series in 2; 2 otherwise).
 */
export function parseListedAfter(text: string, pos: number, key: string, records: boolean): Candidate[] {
  const out: Candidate[] = [];
  // Cheap tests first (every symbol comes here): a qualifier ends in `)`, a listed key holds `ADD.` or `CORR.`.
  const bare = key.endsWith(')') ? key.replace(QUALIFIER_END, '') : key;
  const own = bare.includes('ADD.') || bare.includes('CORR.') ? LISTED_END.exec(bare) : null;
  // `CORR_RE` opens with a comma then `Corr` or `Add`, or a conjunction (`and`, `et`, `y`): their first letters.
  let m = wordMayStart(text, pos, 'caey') ? execAt(CORR_RE, text, pos) : null;
  // The range's end written with its word (`Add.7 à Add.10`, `Add.7 to Add.10`, `Add.7 a Add.10`): a sibling only.
  if (!m && own) {
    const range = execAt(MORE_CORR_RE, text, pos);
    if (range?.[2]?.toUpperCase() === own[2] || (range?.[2] === undefined && execAt(SIBLING_BARE_RE, text, pos)))
      m = range;
  }
  // Nothing listed after it (most symbols), found by code: the reads below would only lead to the same null.
  if (!m && !listedMayFollow(text, pos)) return out;
  const sibling = own !== null && m !== null && (m[2] === undefined || m[2].toUpperCase() === own[2]);
  let last = m && !sibling ? 0 : Number(/\d+$/.exec(bare)?.[0] ?? 0);
  let series = m
    ? sibling
      ? `${own?.[1] ?? ''}${own?.[2] ?? ''}.`
      : seriesOf((m[2] ?? '').toUpperCase(), key, bare)
    : records
      ? (/^.*\/(?:SR|PV)\.(?=\d{1,5}$)/.exec(key)?.[0] ?? NUMBERED_SERIES.exec(key)?.[0])
      : undefined;
  const draft = !m && records ? DRAFT_SERIES.exec(key) : null;
  const corr = m !== null;
  const next = corr ? MORE_CORR_RE : draft ? DRAFT_NEXT_RE : RECORD_NEXT_RE;
  if (!m && (series || draft)) m = execAt(next, text, pos);
  let end = pos;
  for (let i = 0; m && i < 8; i++) {
    const n = Number(m[3] ?? m[2] ?? 0);
    // Another word after the first corrigendum starts its own series (`Corr.2 et Add.1`).
    const word = corr && i > 0 ? m[2]?.toUpperCase() : undefined;
    if (word && !series?.endsWith(`/${word}.`)) {
      series = seriesOf(word, key, bare);
      last = 0;
    }
    // Listed documents go up (after the first corrigendum, or from a sibling's number); a draft's list keeps its word.
    if ((i > 0 || !corr || sibling) && (n <= last || n > last + MAX_STEP)) break;
    if (draft && (m[2] ?? '').toUpperCase() !== (draft[2] ?? '').toUpperCase()) break;
    last = n;
    end += m[0].length;
    const listed = `${draft ? (draft[1] ?? '').toUpperCase() : (series ?? '')}${m[3] ?? m[2] ?? ''}`;
    out.push({
      start: end - (m[1] ?? '').length,
      end,
      kind: 'symbol',
      key: listed,
      ref: { type: 'symbol', symbol: listed },
    });
    m = execAt(next, text, end);
  }
  return out;
}

/**
 * What a symbol's citation lists after it: corrigenda and addenda (`A/64/440 and Corr.1`), further meeting records
 * (`CRC/C/SR.177, 178 y 179`), each its own citation keyed on the symbol's series; for `parse-symbol.ts`.
 */

import type { Candidate } from './candidate';
import { execAt, OWS, sticky, WS } from './patterns';

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
const MORE_CORR_RE = sticky(`(?:,${OWS}|${WS}(?:and|et|y|a|to|à)${WS})((?:(?:Corr|Add)\\. ?)?(\\d{1,2}))(?![\\w/.])`);

/**
 * Further meeting records after a summary or verbatim record (`CRC/C/SR.177, 178 y 179`, `S/PV.7847 and 7848`): each
 * its own citation on its number, keyed with that number. Only a number that ends its list item (a separator, a
 * bracket or the end after it), so a date (`S/PV.7847, 20 December 2016`) is not a record.
 */
const RECORD_NEXT_RE = sticky(
  `(?:,${OWS}|${WS}(?:and|et|y)${WS})(\\d{1,5})(?=${OWS}(?:[,;)\\]]|(?:and|et|y)${WS}\\d)|\\.?\\s*$)`,
);

export function parseRecordList(text: string, pos: number, key: string): Candidate[] {
  const series = /^(.*\/(?:SR|PV)\.)\d{1,5}$/.exec(key);
  const out: Candidate[] = [];
  let end = pos;
  for (let i = 0; series && i < 8; i++) {
    const m = execAt(RECORD_NEXT_RE, text, end);
    if (!m) break;
    end += m[0].length;
    const record = `${series[1] ?? ''}${m[1] ?? ''}`;
    out.push({
      start: end - (m[1] ?? '').length,
      end,
      kind: 'symbol',
      key: record,
      ref: { type: 'symbol', symbol: record },
    });
  }
  return out;
}

export function parseCorrigenda(text: string, pos: number, key: string): Candidate[] {
  const m = execAt(CORR_RE, text, pos);
  if (!m) return [];
  const out: Candidate[] = [];
  const series = (m[2] ?? 'Corr').toUpperCase();
  const push = (n: string, start: number, end: number): void => {
    const corr = `${key}/${series}.${n}`;
    out.push({ start, end, kind: 'symbol', key: corr, ref: { type: 'symbol', symbol: corr } });
  };
  let end = pos + m[0].length;
  push(m[3] ?? '', end - (m[1] ?? '').length, end);
  for (let i = 0; i < 5; i++) {
    const more = execAt(MORE_CORR_RE, text, end);
    if (!more) break;
    end += more[0].length;
    push(more[2] ?? '', end - (more[1] ?? '').length, end);
  }
  return out;
}

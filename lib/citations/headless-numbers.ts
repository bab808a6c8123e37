/**
 * Resolution numbers written without their head word, which what stands after them names (read once per text, after
 * the parses, only where no parse read a citation):
 * - a slash number, or a list of them, with a body of the table named in full right after the last (`63/193 y 64/180
 *   de la Asamblea General`, a site's title line that cut the footnote's head word, dev es-127; `Rappelant2005/69 de
 *   la Commission des droits de l’homme`, a scrambled text layer, dev fr-305; `resolutions … and 64/180 of the General
 *   Assembly`): each a citation, the first spanned on its number, the last through the body (as a headed list);
 * - a number with its roman session (`1296 (XLIV)`, a section heading, dev fr-297) that the text cites with its head
 *   word too: the same instrument, keyed as that citation;
 * - at a page's top, the tail of a list whose head word stood on the page before: two or more slash numbers each with
 *   its date (`33/7 du 29 septembre 2016 et 35/17 du 22 juin 2017`, dev fr-300), the author's resolutions (its own
 *   symbol, its preamble's subject: `inferAuthor`), each spanned on its number;
 * - a slash number after `sous le n°` / `under No.` / `con el número` (`puis par l’assemblée générale de l’ONU … sous
 *   le n°\n66/167`, dev fr-304): the number an adoption gave, the instrument of the body named in full shortly before
 *   in the sentence when its numbering fits it, spanned on the number.
 */

import type { Candidate } from './candidate';
import { parseNumber, type NumberItem } from './instrument-list';
import { ORG_NAME, UN_AFTER_BODY } from './org-names';
import { inferAuthor } from './infer-body';
import { isRegexSpace } from './reading-chars';
import { allMatches, CONNECTOR, DATE_AFTER, execAt, LIST_SEPARATOR, sticky, WS } from './patterns';
import { orPlainRe } from './plain-letters';
import { tableRows } from './table-rows';
import { bodyNamedAt, fullBody, headless, keyOf } from './headless-candidate';
import { Coverage } from './overlap';
import { wordMayStart } from './next-word';

/** A slash number not inside a symbol, a date or a decimal (no digit, slash, dot or hyphen before it). */
const SLASH = '(?<![\\d/.\\-–])\\d{1,4}/ ?\\d{1,4}(?![\\d/]|[.,]\\d)';

/** The body named right after (`de la Asamblea General`, `of the UN General Assembly`): group 1 on of `ORG_NAME`. */
const BODY_AFTER = `${CONNECTOR}(?:(?:UN|U\\.N\\.|United${WS}Nations)${WS})?(?:${ORG_NAME})(?:${UN_AFTER_BODY})?`;
const BODY_AFTER_RE = sticky(BODY_AFTER);

/**
 * Slash numbers joined by list separators, then the connector before a body's name, at the end of what stands before
 * a body name the scanner found (`orgStarts`): read back from each body name, never over the whole text.
 */
const HEADLESS_RE = new RegExp(
  `${SLASH}(?:${LIST_SEPARATOR}${SLASH}){0,9}(?=${CONNECTOR}(?:(?:UN|U\\.N\\.|United${WS}Nations)${WS})?$)`,
  'i',
);

/** Each slash number of a matched list, at its start. */
const SLASH_RE = new RegExp(SLASH, 'g');

/**
 * What may not stand right before the list: a head word's parse read it or refused it, a number sign, a page, a
 * statute or a case (`No. 12/34 of the Council`, `p. 12/3`, `communication 33/7`).
 */
const BEFORE_RE = orPlainRe(
  /(?:\b(?:No|Nos|n[°º]|núm|p|pp|pages?|law|ley|loi|decreto|décret|communication|comunicación|case|affaire|caso|r[ée]solu\w*|d[ée]cisi\w*|res)\.?\s{0,3}|[,\s](?:and|et|y)\s{1,3})$/i,
);

/** How far from the text's start a list cut from its head word by a page break may start. */
const PAGE_TOP = 300;

/** Two or more slash numbers, each with its date after it, joined by list separators. */
const DATED_LIST_RE = sticky(`${SLASH}${DATE_AFTER}(?:${LIST_SEPARATOR}${SLASH}${DATE_AFTER}){1,9}`);

/**
 * `under the number`, then a slash number (`sous le n°\n66/167`, `under No. 66/167`, `con el número 66/167`), looked
 * for in the 200 characters after a body's name the scanner found, no sentence end between (an abbreviated month's
 * stop before a digit is none: `du 19 déc. 2011`). Group 1: where the number starts.
 */
const UNDER_NUMBER_RE =
  /\b(?:sous|under|bajo|con)\s{1,4}(?:(?:le|the|el)\s{1,4})?(?:n[°º]|no\.|num[ée]ro|n[úu]mero|number)\s{0,4}(?=\d{1,4}\/ ?\d)/i;
const SIGN_BEFORE_SLASH_RE = /(?:[°º]|no\.|mero|méro|number)\s{0,4}\d{1,4}$/i;

/**
 * `SIGN_BEFORE_SLASH_RE` on the 20 characters before the slash at `slash`: only where one to four digits stand right
 * before it and, past white space, a sign's last character (`°`, `º`, the stop of `no.`, the `o` of `número`, the `r`
 * of `number`), found by code (at every body name with a slash after it, a regex call that matched none on the bench).
 */
function signBeforeSlash(window: string, slash: number): boolean {
  const from = Math.max(0, slash - 20);
  let i = slash;
  while (i > from && i > slash - 5 && window.charCodeAt(i - 1) >= 48 && window.charCodeAt(i - 1) <= 57) i--;
  if (i === slash || i === slash - 5) return false;
  while (i > from && isRegexSpace(window.charCodeAt(i - 1))) i--;
  const last = i > from ? window.charCodeAt(i - 1) : 0;
  const lower = last | 32;
  if (last !== 0xb0 && last !== 0xba && last !== 46 && lower !== 111 && lower !== 114) return false;
  return SIGN_BEFORE_SLASH_RE.test(window.slice(from, slash));
}
const SENTENCE_END_RE = /[.!?;](?!\s{0,4}\d)\s/;

/** Whether an ASCII digit (`\d`) stands at `pos`: by code, where `/\d/.test(text.charAt(pos))` cost a regex call. */
const isDigitAt = (text: string, pos: number): boolean => text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57;

/**
 * The dated list starting at a slash number in the page's top (`PAGE_TOP`): found from each slash there (a fixed-string
 * search; a regex walking the top of every paragraph cost a percent of the engine), read sticky from its number.
 */
function datedListAtTop(text: string): RegExpExecArray | null {
  for (let slash = text.indexOf('/'); slash >= 0 && slash < PAGE_TOP; slash = text.indexOf('/', slash + 1)) {
    let start = slash;
    while (start > 0 && start > slash - 4 && isDigitAt(text, start - 1)) start--;
    // A slash number's own shape first (figures before and after, white space or a comma next): not a symbol's.
    let end = slash + 1;
    while (end < slash + 6 && isDigitAt(text, end)) end++;
    const next = end < text.length ? text.charCodeAt(end) : 0; // no read past the end (NaN: an optimised code's loss)
    if (start === slash || end === slash + 1 || !(isRegexSpace(next) || next === 44)) continue;
    // Its date's connector next (`DATE_AFTER`: `,?${WS}` then `en`, `dated`, `du`, `del`, `de` or `of`), else no call.
    if (!wordMayStart(text, end, 'deo')) continue;
    const m = execAt(DATED_LIST_RE, text, start);
    if (m) return m;
  }
  return null;
}

/** A number with its roman session (`1296 (XLIV)`), after a word boundary: groups number, roman. */
const ROMAN_RE = /\b(\d{1,4}) ?\(([IVXL]{1,7})\)/g;

/** The slash numbers of a matched list (`list`, found at `index` of `text`), each read at its start. */
function numbersOf(text: string, index: number, list: string): NumberItem[] {
  const items: NumberItem[] = [];
  for (const s of allMatches(SLASH_RE, list)) {
    const item = parseNumber(text, index + s.index);
    if (item) items.push(item);
  }
  return items;
}

/** Slash numbers with a body named in full right after the last (`63/193 y 64/180 de la Asamblea General`). */
function beforeBodies(text: string, orgStarts: readonly number[], coverage: Coverage): Candidate[] {
  const out: Candidate[] = [];
  for (const q of orgStarts) {
    // The last number's slash within 30 characters (its figures, a connector, `UN`), a digit before it, else nothing
    // to read (by code: a slice and a regex test at each body name cost more, session 38).
    const from = Math.max(0, q - 160);
    const near = Math.max(0, q - 30);
    let slash = q - 1;
    while (slash >= near && text.charCodeAt(slash) !== 47) slash--;
    const digit = slash > 0 ? text.charCodeAt(slash - 1) : 0;
    if (slash < near || digit < 48 || digit > 57) continue;
    // A list that matches holds that slash (its last number's: no slash in the connector after it), and a parse's span
    // over the slash covers the list: skipped before the search (most lists before a body name are parsed citations'
    // numbers, `résolution 55/25 de l'Assemblée générale`; session 46).
    if (coverage.covers(slash, slash + 1)) continue;
    const found = HEADLESS_RE.exec(text.slice(from, q));
    if (!found || (found.index === 0 && from > 0)) continue; // not a number cut by the window
    const index = from + found.index;
    const end = index + found[0].length;
    if (coverage.covers(index, end) || BEFORE_RE.test(text.slice(Math.max(0, index - 24), index))) continue;
    const body = execAt(BODY_AFTER_RE, text, end);
    // A body of the table named in full, whose numbering takes every number.
    const org = fullBody(body);
    if (!body || !org) continue;
    const items = numbersOf(text, index, found[0]);
    const keys = items.map((item) => keyOf(org, item));
    if (items.length === 0 || keys.some((k) => k === undefined)) continue;
    items.forEach((item, i) =>
      out.push(headless(item.start, i === items.length - 1 ? end + body[0].length : item.end, keys[i] ?? '')),
    );
  }
  return out;
}

/** A dated list at the page's top, the author's (`33/7 du 29 septembre 2016 et 35/17 du 22 juin 2017`). */
function datedAtTop(text: string, coverage: Coverage): Candidate[] {
  const dated = datedListAtTop(text);
  if (!dated || coverage.covers(dated.index, dated.index + dated[0].length)) return [];
  const author = inferAuthor(text);
  const org = author === 'OTHER' || author === 'COP' ? undefined : author;
  const items = numbersOf(text, dated.index, dated[0]);
  const keys = org ? items.map((item) => keyOf(org, item)) : [];
  if (keys.length < 2 || keys.some((k) => k === undefined)) return [];
  return items.map((item, i) => headless(item.start, item.end, keys[i] ?? ''));
}

/** `sous le n° 66/167`, after a body named in full whose numbering fits it. */
function underNumber(text: string, orgStarts: readonly number[], coverage: Coverage): Candidate[] {
  const out: Candidate[] = [];
  for (const q of orgStarts) {
    // The first slash after the body, a number sign's word shortly before it (fixed-string tests), else nothing.
    const window = text.slice(q, q + 200);
    const slash = window.indexOf('/');
    if (slash < 0 || !signBeforeSlash(window, slash)) continue;
    const m = UNDER_NUMBER_RE.exec(window);
    if (!m || SENTENCE_END_RE.test(window.slice(0, m.index))) continue;
    const org = bodyNamedAt(text, q);
    const start = q + m.index + m[0].length;
    const item = parseNumber(text, start);
    if (!org || !item || coverage.covers(start, item.end)) continue;
    const key = keyOf(org, item);
    if (key) out.push(headless(start, item.end, key));
  }
  return out;
}

/** A resolution's key with a roman session (`…/1296(XLIV)`): fixed-character tests. */
// The kind first: most candidates are no resolution, and their keys are not read (each text's candidates, every text).
const romanKey = (c: Candidate): boolean =>
  c.kind === 'resolution' && c.key.endsWith(')') && 'IVXL'.includes(c.key.charAt(c.key.length - 2));

/**
 * A number with its roman session where a parse read that number with its head word (`La résolution 1296 (XLIV) de
 * l'ECOSOC`). A fixed-character test on each key first: most texts cite no roman session. The keys by their last part
 * (`1296(XLIV)`), the first of each, as a search of the keys would find it: one look-up per number in the text.
 */
function romanSessions(text: string, parsed: readonly Candidate[], coverage: Coverage): Candidate[] {
  if (!parsed.some(romanKey)) return [];
  const byNumber = new Map<string, string>();
  for (const c of parsed) {
    const number = c.key.slice(c.key.lastIndexOf('/') + 1);
    if (romanKey(c) && number !== c.key && !byNumber.has(number)) byNumber.set(number, c.key);
  }
  const out: Candidate[] = [];
  for (const m of allMatches(ROMAN_RE, text)) {
    const end = m.index + m[0].length;
    const key = byNumber.get(`${m[1]}(${m[2]})`);
    if (!key || coverage.covers(m.index, end) || BEFORE_RE.test(text.slice(Math.max(0, m.index - 24), m.index)))
      continue;
    out.push(headless(m.index, end, key));
  }
  return out;
}

/** Adds the headless numbers of `text` that no candidate of `parsed` covers to `kept`. */
export function addHeadless(
  kept: Candidate[],
  parsed: readonly Candidate[],
  text: string,
  orgStarts: readonly number[],
): Candidate[] {
  const coverage = new Coverage(parsed);
  // Every slash-number reading needs a slash (most paragraphs have none).
  if (text.includes('/'))
    kept.push(
      ...beforeBodies(text, orgStarts, coverage),
      ...datedAtTop(text, coverage),
      ...underNumber(text, orgStarts, coverage),
      ...tableRows(text, orgStarts, parsed),
    );
  kept.push(...romanSessions(text, parsed, coverage));
  return kept;
}

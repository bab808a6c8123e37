/**
 * Pinpoints written after what they point into: a document's or instrument's `, par. 45`, ` paragraph 8 (b)`,
 * `, annexe II`, `, Annex`; and the paragraphs listed after an article's first one (`paragraphs 3 (d) and 4`).
 * Moved from `parse-pinpoint.ts` as is (session 15), which keeps the markers and the chains written before.
 */

import type { Pinpoint } from './types';
import { parseMarker } from './pin-marker';
import { readList, type ListItem } from './pin-lists';
import { MONTHS_EN, MONTHS_ES, MONTHS_FR } from '../text/months';
import { alt, execAt, LIST_SEPARATOR, MAX_LIST, OWS, sticky, WS } from './patterns';
import { orPlain } from './plain-letters';
import { wordMayStart } from './next-word';

/**
 * A pinpoint written after a document: `, par. 45`, ` paragraph 8 (b)`, `, párr. 13 h)`, `, annexe II`. The marker is
 * parsed after `POST_PARAGRAPH_RE`'s word.
 */
// Session 24 (tuner-res): the pilcrow of legal citations (`S.C. Res. 2388, ¶ 17`, probe pr-en-008); `operative` or
// `preambular` before the word (`A/HRC/RES/47/21, operative para. 4`, pr-en-059: in the span, S2; group 1 says
// preambular), and OSCOLA's `para` without its stop (`UN Doc A/RES/70/1, para 18`, pr-en-007) after a comma only and
// before a number of one to three digits no lower-case word follows: Spanish `para` ("for") is prose (`, para 2 años`,
// `, para 2030`).
const POST_PARAGRAPH_RE = sticky(
  `(?:,${OWS}|${WS})(?:(?:operative|(preambular))${WS}(?=para))?${alt('paragraphes?', 'paragraphs?', 'p[áa]rrafos?', 'p[áa]rr\\.', 'paras?\\.', 'par\\.', '¶(?!¶)', '(?<=,\\s{0,4})para(?=\\s{1,4}\\d{1,3}(?![\\d/]|[.,]\\d|\\s{1,4}[a-zà-ÿ]))')}${OWS}`,
);

/** `, annexe II` / `, annex I` / `, anexo III`: group 1 the roman (upper-case in the pinpoint). */
const POST_ANNEX_RE = sticky(`,${OWS}(?:annexe|annex|anexo)${WS}([IVX]{1,5})(?![a-z0-9])`);

/**
 * `, Annex` / `, anexo` without a numeral (legal citations: "Human Rights Council Res. 5/2, Annex"): part of the
 * span, but no pinpoint (the text does not say which annex).
 */
const POST_BARE_ANNEX_RE = sticky(`,${OWS}(?:annexe|annex|anexo)(?![a-zà-ÿ0-9])(?!${WS}[IVX]{1,5}(?![a-z0-9]))`);

/** A month after a number: the number is a date's day (`, paras. 12, 14 December 2005`), not a paragraph. */
const MONTH = `${orPlain(alt(...MONTHS_EN, ...MONTHS_FR, ...MONTHS_ES))}(?![a-zà-ÿ])`;

/** Between two paragraphs of a range: a dash, or `to` / `à` / `a` / `al`. */
const RANGE_SEP = `(?:${OWS}[-–‑]${OWS}|${WS}(?:to|[àa]|al)${WS})`;

/**
 * A range of paragraphs after a document (`CRC/C/33, paras. 29-32`, dev en-352; `A/49/38,paras.126-185`, fr-249;
 * `, párrs. 3 a 7`, `, paragraphes 4 à 9`, `para. 5-6`), or after a plural word a list of paragraphs and ranges
 * (`, paras. 29 and 32`, `, párrs. 3, 5 y 7 a 9`): in the span, no pinpoint field (the card opens the document, not
 * one paragraph of many; the pilcrows `¶¶ 17-18` too, session 24). Numbers of at most three digits (not a year), none with a slash or a decimal after it, and
 * no listed one before a month (a date's day). Moved from `symbol-pins.ts` (session 20): an instrument's chain
 * reads it too (`parsePostChain`).
 */
export const PARAGRAPH_RANGE_RE = sticky(
  `(?:,${OWS}|${WS})(?:${alt('paragraphes', 'paragraphs', 'p[áa]rrafos', 'p[áa]rrs\\.', 'paras\\.', 'par\\.', '¶¶')}${OWS}\\d{1,3}(?:(?:${RANGE_SEP}|,${OWS}|${WS}(?:and|et|y)${WS})\\d{1,3}(?![\\d/]|[.,]\\d|${WS}(?:de${WS})?${MONTH})){1,8}|${alt('paragraphe', 'paragraph', 'p[áa]rrafo', 'p[áa]rr\\.', 'para\\.', '¶')}${OWS}\\d{1,3}${RANGE_SEP}\\d{1,3})(?![\\d/]|[.,]\\d)`,
);

/** Pinpoint after a document at `pos`, or null. The pinpoint is empty for a bare `, Annex`. */
export function parsePostPinpoint(text: string, pos: number): { pin: Pinpoint; end: number } | null {
  const a = text.charAt(pos) === ',' ? execAt(POST_ANNEX_RE, text, pos) : null; // no regex call without its comma
  if (a) return { pin: { annex: (a[1] ?? '').toUpperCase() }, end: pos + a[0].length };
  const bare = text.charAt(pos) === ',' ? execAt(POST_BARE_ANNEX_RE, text, pos) : null;
  if (bare) return { pin: {}, end: pos + bare[0].length };
  // `POST_PARAGRAPH_RE` opens with `,${OWS}` or `${WS}` then `operative`, `preambular`, a paragraph word or `¶`.
  const w = wordMayStart(text, pos, 'op¶') ? execAt(POST_PARAGRAPH_RE, text, pos) : null;
  // A capitalised word on the next line with no comma before it starts that line (`EC/SCP/2/Corr.1\nParagraphe 4`, a
  // corrigendum's own heading), so it is no pinpoint of the document.
  if (!w || /^\s*\n\s*[A-Z]/.test(w[0])) return null;
  const marker = parseMarker(text, pos + w[0].length, 'number');
  if (!marker) return null;
  const pin: Pinpoint = { paragraph: marker.paragraph };
  if (w[1] !== undefined) pin.preambular = true;
  // A list of the paragraph's letters (`párr. 21 a) y f)`, dev es-338; `para. 21 (a) and (f)`, `par. 21 a) et f)`): in
  // the span through its last letter; the pinpoint is the paragraph that holds them all.
  const letters =
    marker.subparagraph !== undefined && marker.clause === undefined ? letterListEnd(text, marker.end) : 0;
  if (letters > marker.end) return { pin, end: letters };
  if (marker.subparagraph !== undefined) pin.subparagraph = marker.subparagraph;
  if (marker.clause !== undefined) pin.clause = marker.clause;
  return { pin, end: marker.end };
}

/**
 * Before the next letter of a paragraph's list: a list separator (`LETTER_NEXT_RE`'s), or a range's dash or word
 * (`(a)-(f)`, `(a) to (f)`, `a) à f)`, `a) a f)`), the letter marker after it.
 */
const LETTER_SEP_RE = sticky(
  `(?:${LIST_SEPARATOR}|${OWS}[-–]${OWS}|${WS}(?:to|through|à|au|a|al)${WS})(?=\\(?[a-z]\\))`,
);

/** Where the letters listed after a paragraph's first one end (`, c) y f)`, `-(f)`; `LETTER_SEP_RE`), letters only. */
function letterListEnd(text: string, pos: number): number {
  const items: ListItem[] = [];
  return readList(text, pos, LETTER_SEP_RE, 'letter', items, (next) =>
    next.subparagraph !== undefined && next.clause === undefined ? { subparagraph: next.subparagraph } : null,
  );
}

/**
 * The chain after an instrument's number: an annex, bare or numbered, then its paragraph after a comma (`Resolución
 * 64/222, anexo, párr. 21 a) y f)`, dev es-338; `resolution 64/222, annex II, para. 3`, `résolution 64/222, annexe, par.
 * 5`): in the span, one pinpoint (the paragraph, with the annex's roman when written), as a symbol's chain
 * (`symbol-pins.ts`). Else the one pinpoint `parsePostPinpoint` reads.
 */
export function parsePostChain(text: string, pos: number): { pin: Pinpoint; end: number } | null {
  const range = paragraphRange(text, pos, {});
  if (range) return range;
  const first = parsePostPinpoint(text, pos);
  if (!first || first.pin.paragraph !== undefined || text.charAt(first.end) !== ',') return first;
  const more = paragraphRange(text, first.end, first.pin);
  if (more) return more;
  const para = parsePostPinpoint(text, first.end);
  if (!para || para.pin.paragraph === undefined) return first;
  return { pin: { ...first.pin, ...para.pin }, end: para.end };
}

/**
 * Several paragraphs after an instrument or its annex (`resolution 64/222, paras. 21 and 22`, `, párrafos 21 a 23`,
 * `, annex, paras. 3-5`; `PARAGRAPH_RANGE_RE`, as after a symbol): in the span, no paragraph in the pinpoint (`pin`
 * keeps the annex's roman).
 */
function paragraphRange(text: string, pos: number, pin: Pinpoint): { pin: Pinpoint; end: number } | null {
  // `PARAGRAPH_RANGE_RE` opens with `,${OWS}` or `${WS}` then a paragraph word or `¶`.
  const m = wordMayStart(text, pos, 'p¶') ? execAt(PARAGRAPH_RANGE_RE, text, pos) : null;
  return m ? { pin: { ...pin }, end: pos + m[0].length } : null;
}

/**
 * A list separator before the next paragraph number (`paragraphs 3 (d) and 4`, `párrafos 2 y 3`), the singular word
 * repeated or not (group 1: `paragraph 1 (a) (i) and paragraph 1 (a) (ii)`, a second pinpoint of the same article).
 */
const PARAGRAPH_NEXT_RE = sticky(`${LIST_SEPARATOR}(${alt('paragraphe', 'paragraph', 'p[áa]rrafo')}${OWS})?(?=\\d)`);

/**
 * The paragraphs listed after the first one (`paragraphs 3 (d) and 4`): one item each, same article, its own
 * pinpoint; the first item keeps `first` and ends at `end`. After a singular word (`wordEach`) each item needs the
 * word again (`paragraph 1 (a) (i) and paragraph 1 (a) (ii)`) and is spanned from it. Returns where the list ends.
 */
export function listParagraphs(
  text: string,
  end: number,
  items: { article: number; start: number; end: number; pin?: Pinpoint }[],
  first: Pinpoint,
  wordEach: boolean,
): number {
  const head = items[0];
  if (!head) return end;
  let p = end;
  const more: { article: number; start: number; end: number; pin: Pinpoint }[] = [];
  for (let i = 0; i < MAX_LIST; i++) {
    const sep = execAt(PARAGRAPH_NEXT_RE, text, p);
    const next = sep ? parseMarker(text, p + sep[0].length, 'number') : null;
    if (!sep || !next || (wordEach && !sep[1])) break;
    const pin = { paragraph: next.paragraph, subparagraph: next.subparagraph, clause: next.clause };
    more.push({ article: head.article, start: p + sep[0].length - (sep[1]?.length ?? 0), end: next.end, pin });
    p = next.end;
  }
  if (more.length === 0) return end;
  head.pin = first;
  head.end = end;
  items.push(...more);
  return p;
}

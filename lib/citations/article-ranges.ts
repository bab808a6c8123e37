/**
 * Ranges of articles (`articles 5 à 8 de la Convention`): the key grammar has none, so a range gives no card, but it
 * says which treaty the text cites, and the articles listed after it are cited (`articles 5 to 8 and 23 of the
 * Convention`: article 23). Split from `parse-treaty.ts` (session 30), with the candidate of one article.
 */

import type { Candidate } from './candidate';
import { cleanPinpoint } from './candidate';
import { hasArticle, treatyKey, type TreatyId } from './keys';
import { ARTICLE_WORD, execAt, LIST_SEPARATOR, MAX_LIST, OWS, sticky, WS } from './patterns';
import { type TreatyContext } from './treaty-names';
import { parseTreatyAfter } from './treaty-connector';
import type { Pinpoint } from './types';

/** The candidate of an article of `id` with its pinpoint (`pin` holds the article), from `start` to `end`. */
export function articleCandidate(id: TreatyId, pin: Pinpoint, start: number, end: number): Candidate {
  const clean = cleanPinpoint(pin) ?? {};
  return { start, end, kind: 'treaty', key: treatyKey(id, clean), pinpoint: clean, ref: { type: 'none' } };
}

/**
 * A range of articles (`articles 5 à 8`, `articles 9 to 11`, `artículos 5 a 7`, `articles 5-8`): groups 1 and 2 its
 * bounds. Not a decimal, a date or a code's hyphenated number after the second (`225-4-1`).
 */
const RANGE_RE = sticky(
  `${ARTICLE_WORD}${OWS}(\\d{1,3})(?:${WS}(?:to|à|a|al|au|through)${WS}|\\s?[-–]\\s?)(\\d{1,3})(?![\\d/]|[.,\\-–]\\d|[a-zà-ÿ])`,
);

/**
 * A plain article number listed after a range (`and 23`, `, 10 et 12`): no decimal, date, slash or letter after it
 * (`and 23.1`, `and 23 mai`, `and 23/2`), so only a list member is read. Group 1: the number.
 */
const LISTED_NUMBER_RE = sticky(`${LIST_SEPARATOR}(\\d{1,3})(?![\\d/]|[.,]\\d|${OWS}[a-zà-ÿ]{1,3}\\d)(?![a-zà-ÿ])`);

/**
 * A range of articles at `pos` (`RANGE_RE`), read where the article head refused the text. Read through its connector
 * to a bare treaty noun (`Les articles 5 à 8 de la Convention portent sur l'incrimination, tandis que l'article 10…`,
 * probe fres-018; `Articles 9 to 11 of the Protocol`): no card (the key grammar has no range), but the text cites that
 * noun as ours exactly as `article 5 de la Convention` does (`bareCited`, which a later bare article's noun reads in
 * `nounTreaty`). With articles listed after it (`articles 5 to 8 and 23 of the Convention`, probe p6en-095): one card
 * each, the range none, the last spanned through the treaty's name. Every number, the range's bounds too, must be an
 * article of that treaty (`articles 52 à 55 de la Convention` is another's).
 */
export function readRange(text: string, pos: number, ctx: TreatyContext): Candidate[] {
  const r = execAt(RANGE_RE, text, pos);
  if (!r) return [];
  const from = Number(r[1]);
  const to = Number(r[2]);
  let p = pos + r[0].length;
  const items: { article: number; start: number; end: number }[] = [];
  for (let i = 0; i < MAX_LIST; i++) {
    const m = execAt(LISTED_NUMBER_RE, text, p);
    if (!m) break;
    items.push({ article: Number(m[1]), start: p + m[0].search(/\d/), end: p + m[0].length });
    p += m[0].length;
  }
  if (items.length === 0 && (to <= from || !ctx.doc || ctx.doc.bareCited !== undefined)) return [];
  const after = parseTreatyAfter(text, p, ctx);
  if (!after || !hasArticle(after.id, from) || !hasArticle(after.id, to)) return [];
  if (items.some((it) => !hasArticle(after.id, it.article))) return [];
  if (after.named === false && ctx.doc) ctx.doc.bareCited ??= after.id;
  const last = items.length - 1;
  return items.map((it, i) =>
    articleCandidate(after.id, { article: it.article }, it.start, i === last ? after.end : it.end),
  );
}

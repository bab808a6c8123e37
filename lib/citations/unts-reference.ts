/**
 * A treaty cited by its United Nations Treaty Series reference right before a bare article, as legal citation styles
 * write it (OSCOLA `…Organized Crime (adopted 15 November 2000, entered into force 25 December 2003) 2237 UNTS 319, art
 * 6(3)(d)`, probe p8en-003; Bluebook `2237 U.N.T.S. 319, art. 6`): the volume and first page name the treaty exactly,
 * whatever the title before them says or how far back it stands.
 */

import type { TreatyId } from './keys';

/** Our treaties' UNTS volume and first page (`volume/page`), as the Treaty Series registered them. */
const OUR_VOLUMES: ReadonlyMap<string, TreatyId> = new Map([
  ['2225/209', 'UNTOC'],
  ['2237/319', 'TIP'],
  ['2241/507', 'MIG'],
  ['2326/208', 'FIRE'],
]);

/**
 * A UNTS reference ending right before the article: a volume (not glued to a digit before it), `UNTS` with or without
 * its stops and spaces (`U.N.T.S.`, `U.N.T.S`), the first page, an optional bracketed year, a comma and spaces. Groups:
 * volume, page. Anchored at the end, so a reference elsewhere in the sentence says nothing of this article.
 */
const UNTS_BEFORE =
  /(?<!\d)(\d{1,4})[ \t]?U\.?[ \t]?N\.?[ \t]?T\.?[ \t]?S\.?[ \t]{1,2}(\d{1,4})(?:[ \t]?\(\d{4}\))?,?[ \t]{1,3}$/;

/**
 * The treaty of the UNTS reference right before `start`: one of ours by its volume and page, null for another treaty's
 * (`1577 UNTS 3, art 35`, the Convention on the Rights of the Child), undefined when no reference stands there.
 */
export function untsTreatyBefore(text: string, start: number): TreatyId | null | undefined {
  const m = UNTS_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
  return m ? (OUR_VOLUMES.get(`${m[1]}/${m[2]}`) ?? null) : undefined;
}

/**
 * An article after a reference marker's colon (`…exploitation.[1]:Article 3 (c) This definition…`, Wikipedia's page
 * pinpoint rendered inline): a pinpoint into the source the marker cites, which the passage shows only by what the
 * claim before it says. Read by `bare-article.ts` for an article with nothing of ours in focus and nothing named in its
 * sentence.
 */

import { articleNumber } from './focus-article';
import { hasArticle, type TreatyId } from './keys';
import type { TreatyText } from './treaty-text';
import { OUR_SUBJECT } from './treaty-subjects';

/** A reference number and its colon right before the article (`[1]:`, `[12]: `); a footnote's `[a]` is not one. */
const MARKER_BEFORE = /\[\d{1,3}\]:[ \t]?$/;

/**
 * A pinpoint written before the article, up to the article (`Subparagraph (c) of `, `paragraph 2 of `, `Apartado c) del
 * `, `alinéa c) de l’`): a paragraph's or subparagraph's word, a space, a letter or number with its closing bracket (an
 * opening one optional), a space and the connector (`of`, `del`, `de l’`) at the end.
 */
const PIN_FIRST_BEFORE =
  /(?:(?:sub)?paragraph|paragraphe|alin[ée]a|apartado|inciso|p[áa]rrafo)[ \t]\(?[a-z\d]{1,3}\)?[ \t](?:of[ \t]|del[ \t]|de[ \t]l['’])$/i;

/** The length of a pinpoint written before the article at `start` (`PIN_FIRST_BEFORE`), else 0. */
export const pinFirstBefore = (text: string, start: number): number =>
  PIN_FIRST_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[0].length ?? 0;

/**
 * The TIP Protocol's definition, in its own words, in the claim before the marker (`is defined as the "recruitment,
 * transportation, transfer, harboring…`, `la captación, el transporte, el traslado`, `le recrutement, le transport, le
 * transfert`): the claim quotes that Protocol's article 3 though it does not name its subject.
 */
const DEFINITION_WORDS =
  /recruitment,?\s{1,3}(?:the\s{1,3})?transportation|captaci[óo]n,?\s{1,3}(?:el\s{1,3})?transporte|recrutement,?\s{1,3}(?:le\s{1,3})?transport/i;

/**
 * The treaty of an article at `start`..`end` right after a reference marker (`[1]:Article 3 (c)`), `claim` being its
 * sentence before it, or undefined: the one Protocol the text is about (`subjectProtocol`, one subject only), when the
 * claim names our subject or quotes the TIP Protocol's definition, the text names one of our treaties in full
 * somewhere (the source, which a Wikipedia page names in its prose: dev en-463 names the CRC and an ILO Convention
 * too, without articles) and the article is one that Protocol has (`[4]:Article 35` is not).
 */
export function markerArticleTreaty(
  text: string,
  start: number,
  end: number,
  claim: string,
  doc: TreatyText | undefined,
): TreatyId | undefined {
  // The marker before the article, or before a pinpoint written first (`[1]:Subparagraph (c) of Article 3`).
  const at = start - pinFirstBefore(text, start);
  if (!doc || !MARKER_BEFORE.test(text.slice(Math.max(0, at - 7), at))) return undefined;
  if (!OUR_SUBJECT.test(claim) && !DEFINITION_WORDS.test(claim)) return undefined;
  const id = doc.subjectProtocol();
  return id && doc.namesOurTreaty() && hasArticle(id, articleNumber(text, start, end)) ? id : undefined;
}

/**
 * What a bare article's bracket says of its treaty, read by `bare-article.ts`. An article opening a bracket right after
 * another treaty's name (`la Convention contre la corruption (art. 31)`, probe p20fr-052; `Protocole facultatif à la
 * Convention relative aux droits de l'enfant, concernant la vente d'enfants (art. 2)`, p20fr-046): the bracket points
 * back to that treaty, whatever treaty the sentence names after it (`…, le Protocole de Palerme (art. 3) exige…`),
 * read before the nouns after the article decide. And a commentary's abbreviated pointer in brackets, which the
 * text's evidence reads as the treaty of ours it is about.
 */

import { nounsBefore, nounTreaty } from './bare-article-nouns';
import { perText } from './patterns';
import type { TreatyContext } from './treaty-names';

/** The bracket right before the article (`(art. 31)`, `( article 5`). */
const OPENS_BRACKET = /\(\s?$/;

/**
 * Where the clause holding the bracket starts: after the last stop, semicolon, colon, line break or other bracket
 * before it. A comma does not end it: a title goes on past one (`…de l'enfant, concernant la vente d'enfants`).
 */
const CLAUSE_BREAK = /[.;:\n()\]][^.;:\n()\]]*$/;

/** How far back the treaty's name may start before the bracket (the longest other title, with its parts). */
const NAME_REACH = 160;

/** Whether the article at `start` opens a bracket whose clause's last treaty noun names another treaty. */
export function otherTreatyBracketed(text: string, start: number, ctx: TreatyContext): boolean {
  if (!OPENS_BRACKET.test(text.slice(Math.max(0, start - 2), start))) return false;
  const open = text.lastIndexOf('(', start - 1);
  const window = text.slice(Math.max(0, open - NAME_REACH), open);
  const clause = window.slice((CLAUSE_BREAK.exec(window)?.index ?? -1) + 1);
  // The clause's last treaty noun (`nounsBefore`, which skips UNTOC named inside a Protocol's title).
  const last = nounsBefore(text, open - clause.length, clause).at(-1) ?? -1;
  // Not a hashtag's noun (`Le #ProtocoleMigrants (Art.3 a)`, probe p11fr-040): no title follows it to read. Another
  // treaty's name only when the text's bare nouns can be ours: else a bare noun reads null too.
  if (last < 0 || text.charAt(last - 1) === '#' || ctx.doc?.ourSubject() === false) return false;
  return nounTreaty(text, last, ctx) === null;
}

/**
 * A commentary's abbreviated pointer in brackets: `(Art.5)`, or `(art. 2 b))` in a text that names no law, code or act
 * (a report on a national law points to the law's articles so: `the law … (art. 20)`, dev en-529; session 41).
 */
export function abbreviatedPointer(text: string, start: number): boolean {
  const head = text.slice(start, start + 4);
  return /^Art\./.test(head) || (/^art\./.test(head) && !namesLaw(text));
}
const namesLaw = perText(false, (text: string) =>
  /\b(?:laws?|loi|ley|act|code|c[óo]digo|d[ée]cret|decreto)\b/i.test(text),
);

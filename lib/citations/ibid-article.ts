/**
 * An article after `Ibid` / `Id.` at a footnote's start: the article of the reference on the line before, ours only when
 * that line names our subject or a Protocol's short name. Split from `other-text-article.ts` (session 31), which reads
 * it first for a bare article.
 */

import { OUR_SUBJECT } from './treaty-subjects';

/**
 * `Ibid, article 2`: the article of the reference just before (a footnote list). Group 1 ends at the start of the
 * `Ibid` line, so that line's predecessor says whose article it is.
 */
const IBID_BEFORE = /(?:^|\n)[ \t]*(?:ibid(?:em)?|ibíd(?:em)?|id(?:em)?)\.?,?[ \t]{0,3}$/i;

/**
 * True for an article after `Ibid` whose previous line names nothing of ours (`Human Rights Act 1998\nIbid, article
 * 2`): the article is that reference's, not the treaty in focus. A previous line naming our subject keeps it ours.
 */
export function ibidNotOurs(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 16), start);
  const ibid = IBID_BEFORE.exec(lead);
  if (!ibid) return false;
  const lineStart = start - lead.length + ibid.index + (ibid[0].startsWith('\n') ? 1 : 0);
  const previous = text.slice(Math.max(0, lineStart - 200), lineStart);
  const line = previous.slice(previous.lastIndexOf('\n', previous.length - 2) + 1);
  return !OUR_SUBJECT.test(line) && !OUR_SHORT_NAME.test(line);
}

/**
 * A Protocol's short name on the line before `Ibid` (`¹² Trafficking Protocol, supra note 3, art. 3(a).\n¹³ Id. art.
 * 5(2)(b).`, a law review's footnotes, probe p7en-120; session 31): the reference `Id.` repeats is ours. Read here
 * only: our subject at large (`OUR_SUBJECT`) decides a bare noun elsewhere, where a short name is not enough.
 */
const OUR_SHORT_NAME = /(?:traf?ficking|smuggling)\s+protocol/i;

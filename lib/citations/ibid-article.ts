/**
 * An article after `Ibid` / `Id.` at a footnote's start: the article of the reference on the line before, ours only when
 * that line names our subject or one of our treaties. Split from `other-text-article.ts` (session 31), which reads
 * it first for a bare article.
 */

import { OUR_SUBJECT, OUR_TREATY_NAMED } from './treaty-subjects';

/**
 * `Ibid, article 2`: the article of the reference just before (a footnote list). Group 1 ends at the start of the
 * `Ibid` line, so that line's predecessor says whose article it is.
 */
const IBID_BEFORE = /(?:^|\n)[ \t]*(?:ibid(?:em)?|ibíd(?:em)?|id(?:em)?)\.?,?[ \t]{0,3}$/i;

/**
 * True for an article after `Ibid` whose previous line names nothing of ours (`Human Rights Act 1998\nIbid, article
 * 2`): the article is that reference's, not the treaty in focus. A previous line naming our subject or one of our
 * treaties keeps it ours (`OUR_TREATY_NAMED`: `¹² Trafficking Protocol, supra note 3, art. 3(a).\n¹³ Id. art.
 * 5(2)(b).`, a law review's footnotes, probe p7en-120; session 31).
 */
/**
 * A short name of one of our Protocols (`Migrants Protocol`, `Smuggling Protocol`, `TIP Protocol`, `SOM Protocol`): a
 * footnote's reference line names the treaty so (`³³ Migrants Protocol, art. 16(1).\n³⁴ Ibid., art. 16(2).`, probe
 * p14en-079; session 38), where `OUR_TREATY_NAMED` wants a subject's words. The noun must follow the qualifier, so
 * `the Protocol on migrants` (another text's wording) stays out.
 */
const OUR_SHORT_NAME = /\b(?:migrants?|smuggling|traf?ficking|firearms|TIP|SOM)\s+protocol/i;

export function ibidNotOurs(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 16), start);
  const ibid = IBID_BEFORE.exec(lead);
  if (!ibid) return false;
  const lineStart = start - lead.length + ibid.index + (ibid[0].startsWith('\n') ? 1 : 0);
  const previous = text.slice(Math.max(0, lineStart - 200), lineStart);
  const line = previous.slice(previous.lastIndexOf('\n', previous.length - 2) + 1);
  return !OUR_SUBJECT.test(line) && !OUR_TREATY_NAMED.test(line) && !OUR_SHORT_NAME.test(line);
}

/**
 * Whether a text's statutes called `Act` are common-law statutes, divided into sections (`through section 3 of the
 * Prevention of Organised Crimes Act, 2010`, a UNODC country review; `sections 2 and 3 of the Act`, `s. 12 of the
 * Act`): their provisions are never `articles`, so naming such an Act between our treaty and a bare article does not
 * make the article the Act's (`…article 5, paragraph 1 (a) (i), of the Convention, through section 3 of the … Act. The
 * reviewers noted that the Act does not expressly cover the conduct described in article 5, paragraph 1 (b)`, probe
 * p2en-001: UNTOC's). Not where the text cites an Act's article anywhere (`article 3 of the Act on Punishment of
 * Organized Crimes`, a civil-law statute in English, `the Act, in its article 2`, `the Act (art. 5)`): then every `Act`
 * stays another text, as before. English only (a `loi`, a `ley` has articles). Session 25 (tuner-dev).
 */

import type { TreatyText } from './treaty-text';

/**
 * A section (or sections, `s.`, `ss.`) of an Act through its connector: `section 3 of the Prevention of Organised
 * Crimes Act`, `sections 2(1) and 3 of the Act`, `s. 12 of this Act`; only a title's words between the determiner and
 * `Act`: capitalised, or the short words a title joins them with (so `section 3 of the report on the Act` is not one).
 */
const ACT_SECTION_RE =
  /\b(?:[Ss]ections?|ss?\.)[ \t\u00a0]{1,3}\d{1,3}[A-Z]?(?:\(\w{1,4}\)){0,3}(?:(?:,|[ \t]and|[ \t]or|[ \t]to)[ \t]{1,3}\d{1,3}[A-Z]?(?:\(\w{1,4}\)){0,3}){0,6},?[ \t]{1,3}of[ \t]{1,3}(?:the|this|that)[ \t]{1,3}(?:(?:\(?[A-Z][\w'’(),-]*|of|and|on|for|in|to|against|the)[ \t]{1,3}){0,12}Act\b/;

/**
 * An Act's article, in any of the forms a text cites one by: through the connector after the article and its
 * pinpoints (`article 3 of the Act on Punishment…`, `article 5(1) of this Act`, `art. 2 under the Act`), in
 * apposition after the Act and maybe its year (`the Trafficking Act, article 5`, `Act 2010 (art. 5)`), or by a
 * possessive pointing back to it (`The Act, in its article 2`, `the Act, whose article 3`).
 */
const ACT_ARTICLE_RE =
  /\b(?:[Aa]rticles?|[Aa]rts?\.)[ \t]{0,3}\d{1,3}(?:[ \t]?\(\w{1,4}\)|,?[ \t]{1,2}(?:paragraph|para\.)[ \t]{1,2}\d{1,3})*,?[ \t]{1,3}(?:of|in|under)[ \t]{1,3}(?:the|this|that|said)[ \t]{1,3}(?:(?:\(?[A-Z][\w'’(),-]*|of|and|on|for|in|to|against|the)[ \t]{1,3}){0,12}Act\b|\bAct\b(?:,?[ \t]{1,2}\d{4})?(?:,|[ \t]?\()[ \t]{0,2}(?:[Aa]rticles?|[Aa]rts?\.)[ \t]{0,3}\d|\bAct\b[^.;\n]{0,30}\b(?:its|whose)[ \t]{1,3}[Aa]rticles?\b/;

/** Whether `text`'s Acts are cited by section and never by article (`ACT_SECTION_RE`, `ACT_ARTICLE_RE`); once a text. */
export function sectionedActs(text: string, doc: TreatyText | undefined): boolean {
  if (!doc) return false;
  return (doc.sectionedActs ??= ACT_SECTION_RE.test(text) && !ACT_ARTICLE_RE.test(text));
}

/**
 * What stands around an instrument citation that says whose it is or whether it is the document's own heading: the
 * possessive before its head word, the subject after it, the heading's adoption line and title (moved as is from
 * `parse-instrument.ts`: the module-size limit).
 */

import { ORG_NAME } from './org-names';
import { execAt, OWS, sticky, stickyCased, WS } from './patterns';
import { isRegexSpace } from './reading-chars';

/** A possessive right before the head word: "sa résolution", "its decision", "su resolución". */
const POSSESSIVE_BEFORE = /(?:^|[^a-zà-ÿ])(?:sa|ses|its|their|su|sus|leur|leurs)\s{1,4}$/i;

/**
 * The subject of the sentence after a possessive citation names the author: "Dans sa résolution 2004/45, le Conseil
 * économique et social a …", "its decision 1/2 of 7 July 2004, in which the Conference decided", "its Resolution
 * 60/251 of 15 March 2006, entitled “Human Rights Council”, the UN General Assembly". Not part of the span.
 */
export const SUBJECT_ORG_RE = sticky(
  `,${OWS}(?:(?:in${WS}which|by${WS}which|dans${WS}laquelle|par${WS}laquelle|en${WS}(?:la${WS})?que|entitled${WS}“[^”\\n]{1,150}”,|intitul[ée]e?${WS}«[^»\\n]{1,150}»,|titulada${WS}“[^”\\n]{1,150}”,)${OWS})?(?:(?:le|la|the|el)${WS}|l['’]${OWS})(?:(?:UN|ONU)${WS})?(?:${ORG_NAME})`,
);

/**
 * Where a document's own heading starts: the start of the text or of a line, or right after its session line
 * (`Human Rights Council Eleventh Session Resolution 11/3. Trafficking…`, flattened).
 */
export const LINE_START_BEFORE = /(?:^|\n|[Ss]ession|sesiones)[ \t]*$/;

/**
 * The adoption line of a document's own heading, after its number on the same line (`Résolution 2365 (2017) Adoptée
 * par le Conseil de sécurité…`, flattened PDFs) or on the next (`Resolution 2388 (2017)\nAdopted by the Security
 * Council…`, dev `en-013`): the settled convention (session 9 relabelled dev `en-013`, `en-016` to it). A page reads
 * the heading's block alone, without its adoption line, and keeps its card. Capitalised: a citation goes on in lower
 * case (`resolution 1325 (2000) adopted by the Council`). Case-sensitive.
 */
// Loose debris may stand before it: an ordinal's letters cut from their number (`Résolution 2178 (2014) e Adoptée par
// le Conseil de sécurité à sa 7272 séance`, dev `fr-093`: `7272e`).
export const ADOPTED_AFTER_RE = stickyCased(
  `(?:\\s{1,4}(?:[a-z]{1,2}|[ªº]))?\\s{1,4}(?:Adopted|Adopt[ée]e|Aprobada) (?:by|par|por) `,
);

/**
 * A full stop and a capitalised title right after the number (`Resolution 8/12. Special Rapporteur…`, `Decision 5/1.
 * Ensuring…`): on a line of its own near the start of a text, with a capitalised head word, the document's own heading,
 * not a citation of it. Without the stop it is kept (`Résolution 2388 (2017) Maintenance of…` in a record; a page's
 * heading `Décision 1/5 Protocole visant…` keeps its card). Case-sensitive.
 */
// The title may start the next line (`Consejo de Derechos Humanos\nResolución 7/13.\nMandato del Relator…`, dev es-149).
export const OWN_TITLE_AFTER_RE = stickyCased(`\\.(?:[ \\t]{1,4}|[ \\t]{0,4}\\n[ \\t]{0,4})[A-ZÀ-Ý][a-zà-ÿ]`);

/** Where the run of `\s` white space ending right before `end` starts (not before `from`): `end` when none is there. */
export function spaceRunStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && isRegexSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * A possessive head (`its`, `sa`, `su`) tells inference that the author cites its own instrument. The regex only where
 * white space stands before the head word and the word before it ends as a possessive does (`a`, `s`, `r`, `u`, either
 * case): after most head words' `the`, `la`, `de` the call is skipped (a regex call at every head word).
 */
export function isPossessive(text: string, headStart: number): boolean {
  const from = Math.max(0, headStart - 12);
  const wordEnd = spaceRunStart(text, from, headStart);
  if (wordEnd === headStart || wordEnd === from) return false;
  const last = text.charCodeAt(wordEnd - 1) | 32;
  if (last !== 97 && last !== 115 && last !== 114 && last !== 117) return false;
  return POSSESSIVE_BEFORE.test(text.slice(from, headStart));
}

/**
 * An encyclopedia's navigation between neighbouring resolutions, `1815 Lists of resolutions 1817` (dev en-386, a
 * Wikipedia mirror's infobox: links, not citations): the head word after a number and `Lists of` / `Liste des` /
 * `Lista de`. Prose's `the list of resolutions 1325 and 1820` has no number before it.
 */
const NAVIGATION_BEFORE = /\d\s{1,4}(?:Lists?\s{1,4}of|Listes?\s{1,4}des|Listas?\s{1,4}de)\s{1,4}$/;

/**
 * `NAVIGATION_BEFORE` in the 24 characters before the head word at `pos`: only where `List` stands in them (each of
 * its forms holds it, case-sensitive), found by a loop over that window, where the regex cost a call at every head
 * word without a body before it and never matched on the bench's prose.
 */
export function navigationBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 24);
  let list = false;
  for (let i = from; i + 4 <= pos && !list; i++) list = text.charCodeAt(i) === 76 && text.startsWith('ist', i + 1);
  return list && NAVIGATION_BEFORE.test(text.slice(from, pos));
}

/** `SUBJECT_ORG_RE` at `pos`: it opens with a comma. */
export const subjectOrgAt = (text: string, pos: number): RegExpExecArray | null =>
  text.charAt(pos) === ',' ? execAt(SUBJECT_ORG_RE, text, pos) : null;

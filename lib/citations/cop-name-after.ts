/**
 * The Conference of the Parties named after an instrument's number, through the name of its Convention (the lead's
 * span convention S3, session 15): `decision 4/4 of the Conference of the Parties to the United Nations Convention
 * against Transnational Organized Crime`, `décision 4/4 de la Conférence des Parties à la Convention des Nations Unies
 * contre la criminalité transnationale organisée`, `resolución 8/3 de la Conferencia de las Partes en la Convención de
 * las Naciones Unidas contra la Delincuencia Organizada Transnacional` (dev es-129, es-154): the body's full name is in
 * the span, as a treaty's full name after an article is. Only UNTOC named (in full, by a short name or an acronym); a
 * bare `the Convention` after `Parties` stays out. Another treaty named in full there (`to the United Nations Framework
 * Convention on Climate Change`, `to the Convention against Corruption`) makes the Conference that treaty's: the
 * instrument is not ours.
 */

import { execAt, sticky, stickyCased, WS } from './patterns';
import { parseTreatyName } from './treaty-names';

/**
 * The connector from the Conference to its treaty: `to (the)`, `à (la)`, `en (la)`, `de (la)`, `of (the)`, after
 * white space. Sticky at the end of the body's name, so no text is scanned for a Conference named without it.
 */
const TO_TREATY_RE = sticky(`${WS}(?:to|[àa]|en|de|of)${WS}(?:(?:the|la|el)${WS})?`);

/**
 * Another treaty named in full after the connector: capitalised words before its noun (`United Nations Framework
 * Convention`, `Basel Convention`), its subject after it (`Convention on Biological Diversity`, `Convention sur la
 * diversité biologique`, `Convención … contra la Corrupción`), or Spanish `Convenio` (never UNTOC). Case-sensitive (a
 * title's capitals). Read only where `parseTreatyName` found none of ours, so a bare `the Convention (2008)` or `the
 * Convention, entitled` names no other treaty.
 */
// With a framework's hyphenated word (`Convention-cadre`, `Convención-marco`, session 19).
const NOUN = '(?:Convention|Convenci[óo]n|Protocol[eo]?)(?:-(?:cadre|marco))?(?![a-zà-ÿ])';
/** A title's capitalised word or linking word, then white space (bounded: no backtracking on long text). */
const TITLE_WORD = `(?:[A-ZÀ-Ý][\\w’'-]{0,20}|of|on|de|des|du|la|las|the|and|et|y)${WS}`;
const OTHER_TREATY_RE = stickyCased(
  `(?:[A-ZÀ-Ý][\\w’'-]{0,20}${WS}(?:${TITLE_WORD}){0,5}${NOUN}|${NOUN}${WS}(?:${TITLE_WORD}){0,6}(?:on|sur|sobre|against|contre|contra|relative|relativa|relating|concerning|concernant|for|pour|para)${WS}|Convenio(?![a-zà-ÿ]))`,
);

/** UNTOC's subject words: a title of ours written in a form `parseTreatyName` does not read (then: not another's). */
const OUR_TITLE_WORDS = /organi[sz]|transnational|transnacional|palerm/i;

/**
 * Where the span of a Conference of the Parties named after the number ends (`end`: right after its name): past
 * UNTOC's name when it follows, else `end`; null when another treaty named in full follows (not our Conference).
 */
export function copNameEnd(text: string, end: number): number | null {
  const to = execAt(TO_TREATY_RE, text, end);
  if (!to) return end;
  const at = end + to[0].length;
  const named = parseTreatyName(text, at, {});
  if (named) return named.id === 'UNTOC' && named.named ? named.end : end;
  const other = execAt(OTHER_TREATY_RE, text, at);
  return other && !OUR_TITLE_WORDS.test(text.slice(at, at + other[0].length + 80)) ? null : end;
}

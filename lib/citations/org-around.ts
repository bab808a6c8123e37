/**
 * Body names around an instrument's number that the instrument parser reads besides `org-names.ts`' patterns: a
 * one-word name between the head word and the number, and a body named after the number through a participle.
 */

import {
  isBareBody,
  ORG_NAME,
  orgFromGroups,
  orgText,
  PROPER_AFTER_BARE_RE,
  UN_AFTER_BODY,
  type OrgName,
} from './org-names';
import { CONNECTOR, execAt, OWS, sticky, stickyCased, WS } from './patterns';
import { wordMayStart } from './next-word';

/**
 * A one-word body name between the head word and the number (`la resolución del Consejo 1379 (2001)`, dev `es-123`;
 * `la résolution du Conseil 1325 (2000)`, `resolution of the Assembly 60/251`): its short name (which Council or
 * Commission the document and the number say, `infer-body.ts`), or the Assembly or the Conference. A full name there is
 * read by the instrument parser's own pattern; the bare names' guard (`NOT_QUALIFIED_ORG`) refuses the number after
 * them, so this reads them only right before a number.
 */
// Also the Security Council's name without its noun (`Resolución de Seguridad 2250`, `resolución de seguridad 2250
// (2015)`, dev es-206; `résolution de sécurité 1325`): a writer's slip that still names the Council.
const SHORT_BEFORE_NUMBER_RE = sticky(
  `${CONNECTOR}(?:(Council|Conseil|Consejo)|(Assembly|Assembl[ée]e|Asamblea)|(Commission|Comisi[óo]n)|(Conference|Conf[ée]rence|Conferencia)|(Seguridad|s[ée]curit[ée]))${WS}(?=\\d)`,
);
const SHORT_IDS: readonly OrgName[] = ['COUNCIL', 'GA', 'COMMISSION', 'COP', 'SC'];

/** The short body name at `pos` before a number (`SHORT_BEFORE_NUMBER_RE`) and the length read, or null. */
// Only the gate here, the reading in `readShortBody`: a function this small V8 inlines into the instrument parser it is
// called from, compiled early, where on its own it compiled late, in the bench's window (session 47).
export function shortBodyBeforeNumber(text: string, pos: number): { org: OrgName; length: number } | null {
  // It opens with `CONNECTOR`: `,?${WS}` then `de`, `du`, `des`, `del` or `of` (`wordMayStart`).
  return wordMayStart(text, pos, 'do') ? readShortBody(text, pos) : null;
}

/** `shortBodyBeforeNumber` past its gate. */
function readShortBody(text: string, pos: number): { org: OrgName; length: number } | null {
  const m = execAt(SHORT_BEFORE_NUMBER_RE, text, pos);
  if (!m) return null;
  let group = 1; // the first name group that matched (one always does), by a loop: no array and closure per match
  while (group < 5 && m[group] === undefined) group++;
  const org = SHORT_IDS[group - 1];
  return org ? { org, length: m[0].length } : null;
}

/**
 * A body named after the number through a lower-case participle (`la résolution 46 (I), adoptée par l’Assemblée
 * générale le 11 décembre 1946`, dev `fr-144`; `resolution 217 A (III), adopted by the General Assembly`, `la resolución
 * 1325 (2000), aprobada por el Consejo de Seguridad`): the key's body, not in the span (the labels' convention, as a
 * body after a date). An adverb (`unanimously adopted by`, `adopted unanimously by`) or the adoption date (`adopted on 10
 * December 1948 by`, `adoptée le … par`, `aprobada el … por`) may stand between. Lower case (case-sensitive): a
 * heading's capitalised adoption line (`Résolution 2365 (2017) Adoptée par le Conseil…`) is the document's own heading.
 */
const ADOPTED_BY_RE = stickyCased(
  `,?\\s{1,4}(?:[a-z]{3,14}ly\\s{1,4})?(?:adopted|adopt[ée]e?s?|aprobadas?)\\s{1,4}(?:[a-z]{3,14}(?:ly|ment|mente)\\s{1,4}|[àa] l['’]unanimit[ée]\\s{1,4}|por unanimidad\\s{1,4})?(?:(?:on|le|el)\\s{1,4}\\d{1,2}(?:er|st|nd|rd|th)?\\s{1,4}(?:de\\s{1,4})?[A-Za-zéû]{3,9}\\.?\\s{1,4}(?:de\\s{1,4})?\\d{4},?\\s{1,4})?(?:by|par|por)\\s{1,4}`,
);
const BODY_AFTER_BY_RE = sticky(
  `(?:(?:the|la|le|el)${WS}|l['’]${OWS})?(?:(?:UN|U\\.N\\.|ONU|United${WS}Nations)${WS})?(?:${ORG_NAME})`,
);
/** Another body there: a capitalised name after the determiner (`adopted by the Parliamentary Assembly`, `par l'UNESCO`). */
const PROPER_AFTER_BY_RE = stickyCased(`(?:(?:[Tt]he|[Ll][ae]|[Ee]l|[Ll]es|[Ll]os)\\s{1,4}|[Ll]['’]\\s?)?[A-ZÀ-Ý]`);

/**
 * The body named after a number through a participle (`ADOPTED_BY_RE`); `OTHER` when the participle names another
 * body (a capitalised name that is none of ours, or a bare name qualified by a proper one: `adopted by the Conference
 * of Ministers`): the caller drops the instrument; undefined without a participle.
 */
export function adoptedByBody(text: string, pos: number): OrgName | 'OTHER' | undefined {
  const by = execAt(ADOPTED_BY_RE, text, pos);
  if (!by) return undefined;
  const at = pos + by[0].length;
  const body = execAt(BODY_AFTER_BY_RE, text, at);
  if (!body) return execAt(PROPER_AFTER_BY_RE, text, at) ? 'OTHER' : undefined;
  const end = at + body[0].length;
  return isBareBody(orgText(body, 1)) && execAt(PROPER_AFTER_BARE_RE, text, end) ? 'OTHER' : orgFromGroups(body, 1);
}

/** The United Nations system after a body (`du conseil de sécurité du système des Nations Unies`, dev fr-207). */
const UN_SYSTEM = `${WS}(?:du${WS}syst[èe]me${WS}des${WS}Nations${WS}Unies|of${WS}the${WS}United${WS}Nations${WS}system|del${WS}sistema${WS}de${WS}las${WS}Naciones${WS}Unidas)(?![a-zà-ÿ])`;

/**
 * What may run on after a body named right after the number, in the span (S4 as the writer words it, a batch
 * convention): the UN system (`UN_SYSTEM`), or, after a bare `Conseil` / `Council` / `Consejo`, a misnaming word and
 * maybe `de sécurité` before the UN's name (`Résolution 1325 du Conseil national de sécurité des Nations unies`, `du
 * Conseil national de l’ONU`, dev fr-200). Only before the UN's name, so `du Conseil national de transition` is not.
 */
// (English `of the United Nations` is read with the body: its `system` follows.)
const BODY_TAIL_RE = sticky(`${UN_SYSTEM}|(?<=United${WS}Nations)${WS}system(?![a-zà-ÿ])`);
const BARE_COUNCIL_TAIL_RE = sticky(
  `${WS}[a-zà-ÿ]{4,14}(?:${WS}(?:de${WS}s[ée]curit[ée]|de${WS}seguridad))?(?:${UN_AFTER_BODY}|${UN_SYSTEM})`,
);

/** A bare Council's name (seven letters each: a name of another length is none, and is not tested). */
const BARE_COUNCIL_RE = /^(?:council|conseil|consejo)$/i;

/** Where the body named after the number ends, past such a tail (`end` when there is none). */
// Only the gates here, the reading in `readBodyTail` (rarely run): this small, V8 compiles it early, where the whole
// function was compiled late, in the bench's window (session 47).
export function bodyTailEnd(text: string, end: number, matched: string): number {
  // `BODY_TAIL_RE` opens with `WS` then `du`, `of`, `del` or `system` (`wordMayStart`): after most bodies no call.
  const spaced = wordMayStart(text, end, 'dos');
  return spaced || matched.length === 7 ? readBodyTail(text, end, matched, spaced) : end;
}

/** `bodyTailEnd` past its gates (`spaced`: `BODY_TAIL_RE` may match at `end`). */
function readBodyTail(text: string, end: number, matched: string, spaced: boolean): number {
  const tail =
    (spaced ? execAt(BODY_TAIL_RE, text, end) : null) ??
    (matched.length === 7 && BARE_COUNCIL_RE.test(matched) ? execAt(BARE_COUNCIL_TAIL_RE, text, end) : null);
  return tail ? end + tail[0].length : end;
}

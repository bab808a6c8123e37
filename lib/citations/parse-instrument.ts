/**
 * Decisions and resolutions named in prose: COP instruments (`décision 4/4`, `sa résolution 5/2`) and those of other
 * bodies (`résolution 55/25 de l'Assemblée générale`, `General Assembly resolution 64/293`, `resolution 2331 (2016)`,
 * `les résolutions de l'Assemblée générale 61/144 du … et 61/180 du …`). Each number of a list is its own candidate.
 */

import type { Candidate, PinSpan } from './candidate';
import { cleanPinpoint, listSpans } from './candidate';
import { instrumentKey, type InstrumentNumber, type InstrumentType } from './instrument-numbers';
import { isBareBody, ORG_NAME, ORGS, orgFromGroups, orgText, type OrgId, type OrgName } from './org-names';
import { statesPartiesSubject } from './org-names';
import type { UnresolvedBody } from './infer-body';
import { parsePostPinpoint } from './parse-pinpoint';
import {
  alt,
  CONNECTOR,
  DATE_AFTER,
  DECISION_WORD,
  execAt,
  LIST_SEPARATOR,
  MAX_LIST,
  OWS,
  PRST_WORD,
  RESOLUTION_WORD,
  ROMAN_NUMBER,
  SC_NUMBER,
  SLASH_NUMBER,
  sticky,
  stickyCased,
  WS,
} from './patterns';

/**
 * The head word, not glued to more letters: group 1 decision, group 2 resolution, group 3 a Security Council
 * presidential statement ("presidential statement 2016/10", "déclaration présidentielle", "declaración de la
 * Presidencia"), group 4 the abbreviation of legal citations (`Res.`, `res`), accepted only after a body name
 * ("G.A. Res. 61/180", "Human Rights Council Res. 5/2").
 */
const HEAD = `(?:(${DECISION_WORD})|(${RESOLUTION_WORD})|(${PRST_WORD})|(res\\.?))(?![a-zà-ÿ])`;
const HEAD_RE = sticky(HEAD);

/** Number of capture groups in `ORG_NAME` (one per body). */
const ORG_GROUPS = ORGS.length;

/**
 * A body named before the head word: adjacent (`General Assembly resolution`, `COP decision`; group after the body
 * names) or with "dans sa / in its / en su" between (`l'Assemblée générale, dans sa résolution 64/293`, where the
 * citation starts at the head word).
 */
const ORG_FIRST_RE = sticky(
  `(?:${ORG_NAME})(?:(${WS})|${OWS}(?:a${WS})?,?${WS}(?:dans|par|in|by|under|through|en|mediante)${WS}(?:(?:sa|ses|its|su|sus)${WS})?)(?=${HEAD})`,
);

/** A body between the head word and the numbers: `résolutions de l'Assemblée générale 61/144`. */
const ORG_AFTER_HEAD_RE = sticky(`${CONNECTOR}(?:${ORG_NAME})${WS}(?=\\d)`);

/** A body after the numbers: `55/25 de l'Assemblée générale`, `2331 (2016) du Conseil de sécurité`. */
const ORG_AFTER_RE = sticky(`${CONNECTOR}(?:${ORG_NAME})`);

/**
 * A body we do not know after the numbers (`résolution 1/5 du Conseil d'administration`, `decision 2/3 of the
 * Commission on Narcotic Drugs`, once the bare Commission is refused as qualified): a connector then a word that names
 * a body. Such a citation is dropped rather than given to the COP. Objects of the sentence (`…, du Plan d'action`)
 * are not bodies.
 */
const UNKNOWN_BODY_RE = sticky(
  `${CONNECTOR}(?:${alt(
    ...['Conseil', 'Council', 'Consejo', 'Commission', 'Comisión', 'Comité', 'Committee', 'Conférence', 'Conference'],
    ...['Conferencia', 'Assemblée', 'Assembly', 'Asamblea', 'Board', 'Bureau', 'Organisation', 'Organization'],
    ...['Organización', 'Sous-Commission', 'Subcommission', 'Subcomisión', 'Governing', 'Executive', 'Junta'],
    ...['Parlement', 'Parliament', 'Parlamento', 'Cour', 'Court', 'Corte', 'Tribunal'],
  )})(?![a-zà-ÿ])`,
);

/**
 * A proper name after a preposition following a bare body name (`Conférence de Vienne`, `Conference on Disarmament`,
 * `Commission on Narcotic Drugs`, `Conference of States Parties`, `Conferencia de los Estados parte`, `Conférence des
 * États parties`): another body. Case-sensitive.
 */
const PROPER_AFTER_BARE_RE = stickyCased(
  `\\s{1,4}(?:de|des|del|of|on|for|sur|pour|para|to)\\s{1,4}(?:(?:the|la|los|las|les|el)\\s{1,4}|l['’]\\s?)?[A-ZÀ-Ý]`,
);

/** A possessive right before the head word: "sa résolution", "its decision", "su resolución". */
const POSSESSIVE_BEFORE = /(?:^|[^a-zà-ÿ])(?:sa|ses|its|their|su|sus|leur|leurs)\s{1,4}$/i;

/**
 * The subject of the sentence after a possessive citation names the author: "Dans sa résolution 2004/45, le Conseil
 * économique et social a …", "its decision 1/2 of 7 July 2004, in which the Conference decided", "its Resolution
 * 60/251 of 15 March 2006, entitled “Human Rights Council”, the UN General Assembly". Not part of the span.
 */
const SUBJECT_ORG_RE = sticky(
  `,${OWS}(?:(?:in${WS}which|by${WS}which|dans${WS}laquelle|par${WS}laquelle|en${WS}(?:la${WS})?que|entitled${WS}“[^”\\n]{1,150}”,|intitulée?${WS}«[^»\\n]{1,150}»,|titulada${WS}“[^”\\n]{1,150}”,)${OWS})?(?:(?:le|la|the|el)${WS}|l['’]${OWS})(?:(?:UN|ONU)${WS})?(?:${ORG_NAME})`,
);

/** Whitespace before the first number, after an optional colon ("Commission on Human Rights resolution: 2003/28"). */
const WS_RE = sticky(`:?${WS}`);

/**
 * An instrument number, not glued to a letter: groups 1–2 Security Council `2331 (2016)`, 3–4 `n/m`, 5–7 a pre-1978
 * number with its roman session and an optional part letter (`317 (IV)`, `217 A (III)`, `16 (LVI)`), 8 a plain
 * number (kept only when the Security Council is named: "Security Council resolution 2331").
 */
const NUMBER_RE = sticky(
  `(?:${SC_NUMBER}|${SLASH_NUMBER}|${ROMAN_NUMBER}|(\\d{1,4})(?![\\d/]|[.,]\\d|\\s?\\())(?![a-zà-ÿ])`,
);

/** A date after a number (skipped, see `DATE_AFTER`). */
const DATE_RE = sticky(DATE_AFTER);

/** A list separator followed by a number. */
const LIST_NEXT_RE = sticky(`${LIST_SEPARATOR}(?=\\d)`);

interface NumberItem extends InstrumentNumber {
  start: number;
  end: number;
}

function parseNumber(text: string, pos: number): NumberItem | null {
  const m = execAt(NUMBER_RE, text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  if (m[1] !== undefined) return { n: m[1], m: '', scYear: m[2], start: pos, end };
  if (m[3] !== undefined) return { n: m[3], m: m[4] ?? '', start: pos, end };
  if (m[5] !== undefined) {
    if ((m[7] ?? '') !== (m[7] ?? '').toUpperCase()) return null;
    const item: NumberItem = { n: m[5], m: '', roman: m[7] ?? '', start: pos, end };
    if (m[6] !== undefined) item.letter = m[6];
    return item;
  }
  return { n: m[8] ?? '', m: '', plain: true, start: pos, end };
}

const form = (x: InstrumentNumber): string =>
  x.scYear !== undefined ? 'sc' : x.roman !== undefined ? 'roman' : x.plain ? 'plain' : x.n.length === 4 ? 'year' : 'n';

/**
 * Whether `next` plausibly continues a list after `prev`. With the body named, any form continues ("decisions 16
 * (LVI) and 17 (LVI) … and 1980/127"); without it, the same form and a session / year within 10 of the previous one.
 * Keeps "la décision 4/4 et 24/7" to one citation, while "61/144, 61/180, 63/194 et 64/178" and "1/5 et 2/3" stay
 * lists. A plain number never continues a list.
 */
function continuesList(prev: NumberItem | undefined, next: NumberItem, named: boolean): boolean {
  if (!prev || next.plain) return false;
  if (named) return true;
  if (form(prev) !== form(next)) return false;
  if (next.scYear !== undefined) return true;
  return Math.abs(Number(next.n) - Number(prev.n)) <= 10;
}

function skipDate(text: string, pos: number): number {
  const d = execAt(DATE_RE, text, pos);
  return d ? pos + d[0].length : pos;
}

/**
 * A relative clause or parenthetical inside a list, then the connector to the next number: "2253 (2015), which
 * express concern …, as well as 2242 (2015)", "8/12 of 18 June 2008, in which it extended …, and 11/3",
 * "23/5 de 13 de junio de 2013, en la que …, y 29/1". Bounded to 300 characters without a sentence stop, bracket or
 * semicolon; the lazy class stops at the first connector that a number follows.
 */
const CLAUSE_NEXT_RE = sticky(
  `,${WS}(?:which|in${WS}which|by${WS}which|that|where|qui|dans${WS}laquelle|par${WS}laquelle|où|que|en${WS}la${WS}que|por${WS}la${WS}que|en${WS}que)(?![a-zà-ÿ])[^.;()\\[\\]]{1,300}?,${WS}(?:and|as${WS}well${WS}as|et|ainsi${WS}que|y|así${WS}como)${WS}(?=\\d)`,
);

/** A possessive head (`its`, `sa`, `su`) tells inference that the author cites its own instrument. */
function isPossessive(text: string, headStart: number): boolean {
  return POSSESSIVE_BEFORE.test(text.slice(Math.max(0, headStart - 12), headStart));
}

/**
 * Candidates for an instrument at `pos` (a body name or a head word). With `pins` (from a pinpoint chain before it)
 * only one number is read and the pinpoints attach to it; otherwise lists and a pinpoint after a single number are
 * read.
 */
export function parseInstrumentCitation(text: string, pos: number, pins?: readonly PinSpan[]): Candidate[] {
  let start = pos;
  let p = pos;
  let orgFirst: OrgName | undefined;
  const first = execAt(ORG_FIRST_RE, text, p);
  if (first) {
    orgFirst = orgFromGroups(first, 1);
    p += first[0].length;
    if (first[ORG_GROUPS + 1] === undefined) start = p; // "…, dans sa résolution": the citation starts at the head
  }
  const head = execAt(HEAD_RE, text, p);
  if (!head) return [];
  if (head[4] !== undefined && !first) return []; // "res." only after a body: "G.A. Res. 61/180"
  const headStart = p;
  const instrument: InstrumentType = head[1] !== undefined ? 'decision' : head[3] !== undefined ? 'prst' : 'resolution';
  p += head[0].length;
  if (pins) start = pins[0]?.start ?? start;
  let orgMid: OrgName | undefined;
  const mid = execAt(ORG_AFTER_HEAD_RE, text, p);
  if (mid) {
    orgMid = orgFromGroups(mid, 1);
    p += mid[0].length;
  } else {
    const ws = execAt(WS_RE, text, p);
    if (!ws) return [];
    p += ws[0].length;
  }
  const items: NumberItem[] = [];
  const firstNumber = parseNumber(text, p);
  if (!firstNumber) return [];
  items.push(firstNumber);
  p = firstNumber.end;
  const namedEarly = orgFirst !== undefined || orgMid !== undefined;
  for (let i = 0; !pins && i < MAX_LIST; i++) {
    const q = skipDate(text, p);
    const sep = execAt(LIST_NEXT_RE, text, q) ?? execAt(CLAUSE_NEXT_RE, text, q);
    if (!sep) break;
    const next = parseNumber(text, q + sep[0].length);
    if (!next || !continuesList(items[items.length - 1], next, namedEarly)) break;
    items.push(next);
    p = next.end;
  }
  let end = p;
  let orgAfter: OrgName | undefined;
  const afterDate = skipDate(text, p);
  const after = execAt(ORG_AFTER_RE, text, afterDate);
  if (after) {
    orgAfter = orgFromGroups(after, 1);
    end = afterDate + after[0].length;
    const matched = orgText(after, 1);
    if (isBareBody(matched) && execAt(PROPER_AFTER_BARE_RE, text, end)) return [];
  } else if (execAt(UNKNOWN_BODY_RE, text, afterDate)) {
    return [];
  }
  const possessive = isPossessive(text, headStart);
  let orgSubject: OrgName | undefined;
  if (!orgFirst && !orgMid && !orgAfter && possessive) {
    const subject = execAt(SUBJECT_ORG_RE, text, afterDate);
    if (subject) orgSubject = orgFromGroups(subject, 1);
    if (orgSubject === 'COP' && statesPartiesSubject(subject?.[0] ?? '', text)) return [];
  }
  const named = [orgFirst, orgMid, orgAfter, orgSubject].filter((o): o is OrgName => o !== undefined);
  if (named.some((o) => o !== named[0])) return [];
  const body = instrument === 'prst' ? 'SC' : named[0];
  let post: ReturnType<typeof parsePostPinpoint> = null;
  if (!pins && items.length === 1) {
    post = parsePostPinpoint(text, end);
    if (post) end = post.end;
  }
  const spans = pins && pins.length > 1 ? null : listSpans(items, start, end);
  const out: Candidate[] = [];
  items.forEach((item, i) => {
    const { start: _s, end: _e, ...num } = item;
    const known: OrgId | undefined =
      body === 'COUNCIL' || body === 'COMMISSION'
        ? undefined
        : (body ?? (item.scYear !== undefined ? 'SC' : undefined));
    if (item.plain && known !== 'SC') return; // a plain number is only a Council resolution with the Council named
    const number = `${item.n}/${item.m}`;
    const label = instrument === 'prst' ? undefined : `${instrument} ${number}`;
    let base: Omit<Candidate, 'start' | 'end'>;
    if (known !== undefined) {
      const key = instrumentKey(known, instrument, num);
      if (key === undefined) return;
      const cop = known === 'COP' && instrument !== 'prst';
      base = {
        kind: cop ? 'cop-instrument' : 'resolution',
        key,
        ref: cop ? { type: 'cop', instrument, number } : { type: 'none' },
        ...(label ? { named: label } : {}),
      };
    } else {
      if (instrument === 'prst') return;
      const unresolved: UnresolvedBody = {
        hint: body === 'COUNCIL' || body === 'COMMISSION' ? body : 'bare',
        instrument,
        number: num,
        possessive,
      };
      base = { kind: 'resolution', key: '', ref: { type: 'none' }, unresolved, ...(label ? { bare: label } : {}) };
    }
    if (pins) {
      pins.forEach((pin, j) =>
        out.push({
          ...base,
          start: pin.start,
          end: j === pins.length - 1 ? end : pin.end,
          pinpoint: cleanPinpoint(pin.pin),
        }),
      );
      return;
    }
    const span = spans?.[i];
    if (span)
      out.push({ ...base, start: span.start, end: span.end, pinpoint: post ? cleanPinpoint(post.pin) : undefined });
  });
  return out;
}

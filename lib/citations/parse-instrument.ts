/**
 * Decisions and resolutions named in prose: COP instruments (`décision 4/4`, `sa résolution 5/2`) and those of other
 * bodies (`résolution 55/25 de l'Assemblée générale`, `General Assembly resolution 64/293`, `resolution 2331 (2016)`,
 * `les résolutions de l'Assemblée générale 61/144 du … et 61/180 du …`). Each number of a list is its own candidate.
 */

import type { Candidate, PinSpan } from './candidate';
import { cleanPinpoint, listSpans } from './candidate';
import { councilKeyAsWritten, fits, instrumentKey, shareListYear, type InstrumentType } from './instrument-numbers';
import { isBareBody, mayStartOrg, orgFromGroups, orgText, type OrgId, type OrgName } from './org-names';
import { adoptedByBody, bodyTailEnd, shortBodyBeforeNumber } from './org-around';
import { PROPER_AFTER_BARE_RE, statesPartiesSubject, UNKNOWN_BODY_RE } from './org-names';
import { sentenceBodies } from './sentence-bodies';
import type { UnresolvedBody } from './infer-body';
import {
  headToNumber,
  itemPin,
  parseNumber,
  readNumberList,
  skipDate,
  skipDateNote,
  skipNote,
  type NumberItem,
} from './instrument-list';
import { parsePostChain, parsePostPinpoint } from './post-pinpoint';
import { copNameEnd } from './cop-name-after';
import { outsideOwner } from './outside-bodies';
import {
  ADOPTED_AFTER_RE,
  isPossessive,
  LINE_START_BEFORE,
  navigationBefore,
  OWN_TITLE_AFTER_RE,
  subjectOrgAt,
} from './instrument-context';
import { execAt } from './patterns';
import { wordMayStart } from './next-word';
import {
  ABBREVIATED_BODY_RE,
  councilAcronym,
  SHORT_HEAD_RE,
  HEAD_RE,
  mayStartHead,
  ORG_AFTER_HEAD_RE,
  orgAfterAt,
  ORG_BEFORE_GAP_RE,
  ORG_FIRST_RE,
  ORG_GROUPS,
  otherLanguageHead,
} from './instrument-patterns';

/** Another number of the list is the Council's, with a year that fits it. */
const councilList = (items: readonly NumberItem[], item: NumberItem): boolean =>
  items.some((o) => o !== item && o.scYear !== undefined && fits('SC', 'resolution', o));

/**
 * Offsets just past each body name of a text, as the scanner found them (its `org` triggers' ends): a set, not an array
 * searched at each head word (quadratic on a page of names and numbers; session 25, tuner-hostile).
 */
export type NameEnds = ReadonlySet<number>;

/**
 * A body of the table named right before the head word (`Commission resolution 13 (XXXVIII)`, `ECOSOC resolution 1503`,
 * `Commission on Human Rights resolution 1503 (E/CN.4/RES/1503)`): the parse from the name reads that citation, and the
 * parse from the head word only duplicates it. When the name's parse refuses it (a plain number of a body other than
 * the Council: only the Council numbers so; a `Commission` that is not ours, `other-commissions.ts`), the head word's
 * parse must not read it as bare and infer another body (session 23: `E/RES/13(XXXVIII)` from the author, `S/RES/1503`
 * in a text naming the Council).
 *
 * Where the names are is the scanner's: a body name is an `org` trigger, at a word start (`Omega resolution 1820` names
 * no `GA`), and `nameEnds` holds where each ends (`classify`); one ends at the space before the head word. (Session 24:
 * read back from the head word with the names' whole alternation over 80 characters, that regex ran wherever a
 * capitalised word stood before a head word, unoptimised as V8 compiled it after the engine's other regexes, 11 µs a
 * call. The same answers on every labelled passage and the bench page; a name glued after punctuation, `(Commission
 * resolution`, which that regex's gate missed, is one now, as the scanner reads it.)
 */
function bodyBefore(text: string, pos: number, nameEnds: NameEnds): boolean {
  if (pos === 0 || nameEnds.size === 0) return false; // no index out of the string (V8 would drop the optimised code)
  const space = text.charCodeAt(pos - 1);
  return (space === 32 || space === 0xa0) && nameEnds.has(pos - 1);
}

/**
 * Candidates for an instrument at `pos` (a body name or a head word). With `pins` (from a pinpoint chain before it)
 * only one number is read and the pinpoints attach to it; otherwise lists and a pinpoint after a single number are
 * read. `nameEnds`: where the text's body names end (the scanner's `org` triggers' ends; see `bodyBefore`).
 */
export function parseInstrumentCitation(
  text: string,
  pos: number,
  nameEnds: NameEnds,
  pins?: readonly PinSpan[],
): Candidate[] {
  let start = pos;
  let p = pos;
  let orgFirst: OrgName | undefined;
  const first = mayStartOrg(text, p) ? execAt(ORG_FIRST_RE, text, p) : null;
  if (first) {
    orgFirst = orgFromGroups(first, 1);
    if (first[ORG_GROUPS + 1] === '/' && orgFirst !== 'SC') return []; // only the Council's statements
    p += first[0].length;
    if (first[ORG_GROUPS + 1] === undefined) start = p; // "…, dans sa résolution": the citation starts at the head
  }
  const head = mayStartHead(text, p) ? execAt(HEAD_RE, text, p) : null;
  if (!head) return [];
  if (!first && navigationBefore(text, p)) return [];
  // "res." only after a body ("G.A. Res. 61/180"), before its acronym ("Rés. AG 55/25", `ABBREVIATED_BODY_RE`), or
  // capitalised with its stop right before a session's number (`SHORT_HEAD_RE`: a table's `Res. 5/2`).
  const decAbbreviated = ((head[4]?.charCodeAt(0) ?? 0) | 32) === 100; // `dec.` / `Dec.`: a `d` in either case
  if (decAbbreviated && !first) return [];
  const abbreviated = head[4] !== undefined && !first ? execAt(ABBREVIATED_BODY_RE, text, p + head[0].length) : null;
  if (head[4] !== undefined && !first && !abbreviated && !SHORT_HEAD_RE.test(text.slice(p, p + 16))) return [];
  if (!orgFirst && councilAcronym(head[2])) orgFirst = 'SC'; // `UNSCR 1325`, `SCR 1325`, `RCSNU 1820` name their body
  const headStart = p;
  const plural = (head[0].charCodeAt(head[0].length - 1) | 32) === 115; // an `s` or `S` last, as `/s$/i`
  const instrument: InstrumentType =
    head[1] !== undefined || decAbbreviated ? 'decision' : head[3] !== undefined ? 'prst' : 'resolution';
  p += head[0].length;
  if (pins) start = pins[0]?.start ?? start;
  let orgMid: OrgName | undefined;
  let onNumber = false;
  let headGap = false;
  /** The number stands in brackets after the head word (`resolution (1846)`): its closing bracket must follow. */
  let closes = false;
  const bareSymbol = head[3] === 'PRST';
  if (bareSymbol && text.charAt(pos - 1) === '/') return []; // `S/PRST/…` is read as a symbol
  const mid = bareSymbol || abbreviated || !wordMayStart(text, p, 'do') ? null : execAt(ORG_AFTER_HEAD_RE, text, p);
  const short = bareSymbol || mid || abbreviated ? null : shortBodyBeforeNumber(text, p);
  if (bareSymbol) p += 1;
  else if (abbreviated) {
    orgMid = abbreviated[1] !== undefined ? 'GA' : abbreviated[2] !== undefined ? 'SC' : 'HRC';
    p += abbreviated[0].length;
  } else if (mid) {
    orgMid = orgFromGroups(mid, 1);
    p += mid[0].length;
  } else if (short) {
    orgMid = short.org; // `la resolución del Consejo 1379 (2001)`
    p += short.length;
  } else {
    const gap = headToNumber(text, p, plural);
    if (!gap) return [];
    p = gap.p;
    onNumber = gap.onNumber;
    headGap = gap.gap === true;
    closes = gap.closes === true;
    const gapOrg = headGap ? execAt(ORG_BEFORE_GAP_RE, text, gap.from) : null;
    if (gapOrg) orgMid = orgFromGroups(gapOrg, 1);
    if (gap.sc) orgMid = 'SC';
  }
  const items: NumberItem[] = [];
  const firstNumber = parseNumber(text, p);
  if (!firstNumber || (headGap && firstNumber.plain)) return [];
  if (!first && bodyBefore(text, pos, nameEnds)) return [];
  if (onNumber || otherLanguageHead(head[2])) start = p; // another language's head word
  items.push(firstNumber);
  p = firstNumber.end;
  if (closes && text.charAt(p) !== ')') return [];
  if (closes) p += 1;
  const namedEarly = orgFirst !== undefined || orgMid !== undefined;
  if (!pins && !closes) p = readNumberList(text, p, items, namedEarly, plural);
  if (items.length > 1) shareListYear(items);
  // A number in brackets spanned on its own (`resolution in 2006 (2006/27)`): its closing bracket is not in the span.
  let end = closes && onNumber ? p - 1 : p;
  let orgAfter: OrgName | undefined;
  // A footnote marker before a body named after the number is in the span with it (`55/255 ([5]) de l’Assemblée…`).
  const afterNote = skipNote(text, p);
  const afterDate = skipDate(text, afterNote);
  // A footnote number glued after the date may stand before the body (`du 23 mars 2018 10 du Conseil`, dev fr-206).
  let after =
    orgAfterAt(text, afterDate) ?? (afterDate > afterNote ? orgAfterAt(text, skipDateNote(text, afterDate)) : null);
  // Or after a pinpoint, the span running through it (`resolución 68/268, párrafo 16, de la Asamblea General`, es-220).
  let pinFirst = after || pins ? null : parsePostPinpoint(text, p);
  if (pinFirst) after = orgAfterAt(text, pinFirst.end);
  if (!after) pinFirst = null;
  if (after) {
    orgAfter = orgFromGroups(after, 1);
    // A body named only after a date (`decision 2004/110 of 19 April 2004 of the Commission on Human Rights`) gives
    // the key its body, but the span stops at the number (the labels' convention, decided in the eighth round).
    // Where the body's name ends: what comes after it is read there, the span ending at the number or not.
    const bodyEnd = after.index + after[0].length;
    end = pinFirst || afterDate === afterNote ? bodyEnd : p;
    // The Conference through its Convention's name (S3; `cop-name-after.ts`); another treaty's Conference: not ours,
    // after a date too (`resolution 6/1 of 6 November 2015 of the Conference of the States Parties to the United
    // Nations Convention against Corruption`, session 19).
    if (orgAfter === 'COP') {
      const copEnd = copNameEnd(text, bodyEnd);
      if (copEnd === null) return [];
      if (end > p) end = copEnd;
    }
    const matched = orgText(after, 1);
    if (isBareBody(matched) && execAt(PROPER_AFTER_BARE_RE, text, bodyEnd)) return [];
    if (end > p && !pinFirst) end = bodyTailEnd(text, end, matched); // `du Conseil national de l’ONU`, dev fr-200
  } else if (wordMayStart(text, afterDate, 'do') && execAt(UNKNOWN_BODY_RE, text, afterDate)) {
    return [];
  } else {
    const by = adoptedByBody(text, afterDate); // `46 (I), adoptée par l’Assemblée générale`: not in the span
    if (by === 'OTHER') return [];
    orgAfter = by;
  }
  // The document's own heading near the start of the text (`Human Rights Council\n\nResolution 8/12. Special…`,
  // `Résolution 2365 (2017) Adoptée par…`).
  if (!orgAfter && items.length === 1 && headStart < 300 && /^[A-ZÀ-Ý]/.test(text.charAt(headStart))) {
    if (execAt(ADOPTED_AFTER_RE, text, p)) return [];
    if (execAt(OWN_TITLE_AFTER_RE, text, p) && LINE_START_BEFORE.test(text.slice(0, headStart))) return [];
  }
  const possessive = isPossessive(text, headStart);
  let orgSubject: OrgName | undefined;
  if (!orgFirst && !orgMid && !orgAfter && possessive) {
    const subject = subjectOrgAt(text, afterDate);
    if (subject) orgSubject = orgFromGroups(subject, 1);
    if (orgSubject === 'COP' && statesPartiesSubject(subject?.[0] ?? '', text)) return [];
  }
  const named = [orgFirst, orgMid, orgAfter, orgSubject].filter((o): o is OrgName => o !== undefined);
  // A body outside the table owns it (`UNICEF Executive Board decision 2013/2`, `the Commission on Narcotic Drugs in
  // its resolution 12(XXV)`, `la Comisión Interamericana la Resolución 1/20`; `outside-bodies.ts`).
  const bare = first !== null && isBareBody(orgText(first, 1));
  if (outsideOwner(text, pins ? -1 : pos, headStart, bare, named.length > 0, possessive)) return [];
  if (named.some((o) => o !== named[0])) return [];
  const body = instrument === 'prst' ? 'SC' : named[0];
  // For a possessive too: `its / sa / su` whose antecedent is a body named earlier in the sentence, not the author
  // (`l'Assemblée Générale des Nations Unies approuvait, par sa résolution 49/60`, read in `inferBody`).
  const inSentence = body ? undefined : sentenceBodies(text, headStart);
  let sentence = inSentence?.full;
  // Else the body named in full as the subject right after the citation's clause (`Conformément à la résolution 55/25,
  // l'Assemblée générale a adopté`, `In resolution 64/293, the General Assembly`): a hint, taken when the number fits.
  const subjectAfter = body || possessive || sentence?.length ? null : subjectOrgAt(text, afterDate);
  if (subjectAfter && !isBareBody(orgText(subjectAfter, 1))) sentence = [orgFromGroups(subjectAfter, 1) as OrgId];
  let post: ReturnType<typeof parsePostPinpoint> = pinFirst;
  if (!pins && !post) {
    post = parsePostChain(text, end);
    if (post) end = post.end;
  }
  const spans = pins && pins.length > 1 ? null : listSpans(items, start, end);
  const out: Candidate[] = [];
  items.forEach((item, i) => {
    const known: OrgId | undefined =
      body === 'COUNCIL' || body === 'COMMISSION'
        ? undefined
        : (body ?? (item.scYear !== undefined && !item.plain ? 'SC' : undefined));
    // A plain number is only a Security Council resolution: with another body named, nothing; unnamed, inference
    // keeps it when the text names the Council (`plainWithoutCouncil`).
    if (item.plain && known !== undefined && known !== 'SC') return;
    const number = `${item.n}/${item.m}`;
    const label = instrument === 'prst' ? undefined : `${instrument} ${number}`;
    let base: Omit<Candidate, 'start' | 'end'>;
    if (known !== undefined) {
      // A Council number with a wrong year, when the Council is named with it or its list's other numbers are the
      // Council's (`résolutions 1325 (2000), 1889 (2013), 2122 (2013)`, dev fr-153, en-236, es-141): as written.
      const key =
        instrumentKey(known, instrument, item) ??
        (known === 'SC' && instrument === 'resolution' && (body === 'SC' || councilList(items, item))
          ? councilKeyAsWritten(item)
          : undefined);
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
        // The item is the number: its `start` and `end` are never read from it (a rest copy cost more than this loop).
        number: item,
        possessive,
        sentence,
        sentenceShort: inSentence?.short,
        list: items.length > 1 ? items : undefined,
      };
      base = { kind: 'resolution', key: '', ref: { type: 'none' }, unresolved, ...(label ? { bare: label } : {}) };
    }
    // Each candidate is its span copied with `base` onto it (`Object.assign`), not `{ ...base, start, … }`: V8 spreads
    // bases of several shapes on its slow path (a tenth of the engine's time on prose), and a helper writing every
    // field cost the content script 36 B.
    if (pins) {
      pins.forEach((pin, j) =>
        out.push(
          Object.assign(
            { start: pin.start, end: j === pins.length - 1 ? end : pin.end, pinpoint: cleanPinpoint(pin.pin) },
            base,
          ),
        ),
      );
      return;
    }
    const span = spans?.[i];
    if (span)
      out.push(
        Object.assign(
          { start: span.start, end: span.end, pinpoint: itemPin(item, i === items.length - 1, post) },
          base,
        ),
      );
  });
  return out;
}

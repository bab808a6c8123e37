/**
 * Parts of an instrument in a pinpoint chain written before its head word (the lead's span convention S1, session
 * 15: the span starts at the pinpoint word, whatever stands between it and the head word): an annex with its letter
 * or roman (`annexe A de la résolution 2231 (2015)`, dev fr-280; `annex II to resolution 55/25`), a bare annex after a
 * pinpoint (`paragraphe 15 de l’annexe à la résolution 5/1`, dev fr-275; `paragraphe 2 de l’annexe B de sa résolution
 * 2231 (2015)`, fr-281), a section with its roman (`section IV of its resolution 1992/22`, dev en-320). A bare annex
 * alone keeps the span on the head word (`the annex to decision 4/4`, in-sample mixed-blind-026; `referred to in the
 * annex to resolution 9/1`, dev en-105; `en annexe à la résolution 46/152`, dev fr-095). A chain through a part only
 * leads to an instrument.
 */

import type { Pinpoint } from './types';
import { CONNECTOR, execAt, POSSESSIVE_ARTICLE, sticky, stickyCased, WS } from './patterns';

/**
 * A part word at the cursor (its first letter in either case; case-sensitive, for its mark): group 1 an annex word
 * (`annexe`, `Annex`, `anexo`), group 2 its mark (a capital letter A–H or a roman, `annexe B`, `annex II`); group 3 a
 * section's or part's roman (`section IV`, `sección II`, `part VII of its resolution 1996/31`, `partie VII`, `parte
 * VII`; one needs it: `section 25.1` of a law, `parte de la resolución` are no part of ours), maybe with a subsection's
 * letter (`section II.A`). A mark is followed by no letter, digit or slash (`annex A/55/383` is a symbol; `annexe Au…`
 * a word).
 */
const PART_RE = stickyCased(
  `(?:([Aa]nnexe?|[Aa]nexo)(?:[ \\t\\u00a0]{1,4}([A-H]|[IVX]{1,5}))?|(?:[Ss]ection|[Ss]ecci[óo]n|[Pp]art(?:ie|e)?)[ \\t\\u00a0]{1,4}([IVX]{1,5})(?:\\.[A-H])?)(?![\\wÀ-ÿ/])`,
);

/**
 * The connector after a part: `de la`, `du`, `of the`, `de l’` (`CONNECTOR`), a possessive (`de sa`, `of its`,
 * `POSSESSIVE_ARTICLE`), or the annex's own `à la`, `à sa`, `au`, `to`, `to the`, `to its`, `a la`, `a su`, `al`
 * (`l’annexe à la résolution 5/1`, `annex II to resolution 55/25`).
 */
const PART_CONNECTOR_RE = sticky(
  `${POSSESSIVE_ARTICLE}|${CONNECTOR}|,?${WS}(?:à${WS}(?:la|sa)|au|to(?:${WS}(?:its|the))?|a${WS}(?:la|su)|al)${WS}`,
);

/**
 * Whether a part word (`PART_RE`) may start at `pos`: its first two letters, `An`/`an`, `Se`/`se` or `Pa`/`pa`. Most
 * places a chain asks hold another word (`article`, `la`, `résolution`), and the regex is not called.
 */
function partMayStart(text: string, pos: number): boolean {
  const first = text.charCodeAt(pos) | 32;
  const second = text.charCodeAt(pos + 1);
  return (first === 97 && second === 110) || (first === 115 && second === 101) || (first === 112 && second === 97);
}

/** A part read in a chain: where it and its connector end, and the annex mark it states. */
export interface Part {
  end: number;
  annex?: string;
}

/**
 * The part at `pos` and its connector, or null. `afterPin`: a pinpoint stands before it in the chain (only then may
 * an annex be bare).
 */
export function readPart(text: string, pos: number, afterPin: boolean): Part | null {
  const m = partMayStart(text, pos) ? execAt(PART_RE, text, pos) : null;
  if (!m || (m[1] !== undefined && m[2] === undefined && !afterPin)) return null;
  const c = execAt(PART_CONNECTOR_RE, text, pos + m[0].length);
  if (!c) return null;
  return { end: pos + m[0].length + c[0].length, ...(m[2] !== undefined ? { annex: m[2] } : {}) };
}

/** Whether a part word starts at `pos` (the chain goes on with it). */
export const partAt = (text: string, pos: number): boolean =>
  partMayStart(text, pos) && execAt(PART_RE, text, pos) !== null;

/**
 * The pinpoint of a chain through parts: a paragraph of an annex or a section is not the instrument's own paragraph,
 * so the pinpoint keeps only what the key grammar can say of it: the annex's mark with the levels under it (`paragraph
 * 2 of annex B`: paragraph 2, annex B), nothing under a bare annex or a section (the resolver would read the
 * instrument's own paragraph).
 */
export function partPin(pin: Pinpoint, parts: readonly Part[]): Pinpoint {
  const annex = parts.length === 1 ? parts[0]?.annex : undefined;
  return annex === undefined ? {} : { ...pin, annex };
}

/**
 * A part chain ending right before a head word at `head` (an instrument trigger), when it starts with a part word (a
 * chain starting with a pinpoint word has its own trigger): `annexe A de la ` before `résolution`, `section IV of its `
 * before `resolution`. Read only when the 48 characters before hold `nex` or `ecti` / `ecci` (`PART_CUE`: one search of
 * the 48 characters, where six string searches cost twice as much; the long regex runs before few head words; `art ` /
 * `artie` / `arte ` for a part, not `article`); returns where the part word starts.
 */
const PART_BEFORE_RE =
  /(?:[Aa]nnexe?|[Aa]nexo|[Ss]ection|[Ss]ecci[óo]n|[Pp]art(?:ie|e)?)[ \t\u00a0]{1,4}(?:[A-H]|[IVX]{1,5})(?:\.[A-H])?,?\s{1,8}(?:\S{1,4}\s{1,8}){1,2}$/;

/**
 * Whether the text from `from` to before `to` holds what each part word has (`PART_BEFORE_RE`): `art ` / `artie` /
 * `arte ` (not `article`), `nex`, `ecti` / `ecci`; read by code at each head word and body name, where the regex
 * `/art(?: |ie|e )|nex|ec[tc]i/` cost a call and a slice of the 48 characters (session 45).
 */
function partCue(text: string, from: number, to: number): boolean {
  for (let i = from; i + 3 <= to; i++) {
    const c = text.charCodeAt(i);
    if (c === 110) {
      if (text.startsWith('ex', i + 1)) return true;
    } else if (c === 101) {
      if (i + 4 <= to && (text.startsWith('cti', i + 1) || text.startsWith('cci', i + 1))) return true;
    } else if (c === 97 && i + 4 <= to && text.startsWith('rt', i + 1)) {
      if (text.startsWith(' ', i + 3)) return true;
      if (i + 5 <= to && (text.startsWith('ie', i + 3) || text.startsWith('e ', i + 3))) return true;
    }
  }
  return false;
}

export function partStartBefore(text: string, head: number): number | null {
  const from = Math.max(0, head - 48);
  if (!partCue(text, from, head)) return null;
  const before = text.slice(from, head);
  const m = PART_BEFORE_RE.exec(before);
  return m ? from + m.index : null;
}

/**
 * The regexes of an instrument named in prose (`parse-instrument.ts`): its head word and a body named before, between
 * or after it.
 */

import { ORG_NAME, ORG_NAME_GROUPS, SESSION_OF, UN_AFTER_BODY } from './org-names';
import {
  CONNECTOR,
  DECISION_WORD,
  execAt,
  NUMBER_SIGN,
  OWS,
  PRST_WORD,
  RESOLUTION_WORD,
  sticky,
  stickyCased,
  WS,
} from './patterns';
import { initials, initialTest } from './regex-initials';
import { wordMayStart } from './next-word';

/**
 * The head word, not glued to more letters: group 1 decision, group 2 resolution, group 3 a Security Council
 * presidential statement ("presidential statement 2016/10", "déclaration présidentielle", "declaración de la
 * Presidencia"), group 4 the abbreviation of legal citations (`Res.`, `res`), accepted only after a body name
 * ("G.A. Res. 61/180", "Human Rights Council Res. 5/2"). A presidential statement's symbol without its `S/`
 * (`PRST/2018/9`, dev `en-187`: the lead's decision) is the statement, its slash the head's gap.
 */
// The abbreviation French legal writing accents (`Rés. AG 55/25`, McGill's French; session 24): `r[ée]s`. A decision's
// `dec.` with its stop too, in group 4 after a body name alone (`ECOSOC dec. 2004/228`, a footnote, probe p18en-087;
// session 42): the parser tells it from `res.` by its first letter.
const HEAD = `(?:(${DECISION_WORD})|(${RESOLUTION_WORD})|(${PRST_WORD}|PRST(?=/(?:19|20)\\d\\d/\\d))|(r[ée]s\\.?|d[ée]c\\.))(?![a-zà-ÿ])`;
export const HEAD_RE = sticky(HEAD);

/**
 * The letters a head word starts with (`initials`: `d`, `r`, `u`, `s`, `p`): at another letter `HEAD_RE` cannot match,
 * and the instrument parser skips the call (after a body name the head word's parse reads every `org` trigger's own
 * place, `Conférence`, `Assemblée`: two calls in three on the bench's prose; session 37).
 */
const HEAD_INITIALS = initials(HEAD);

/** Whether a head word may start at `pos` (see `HEAD_INITIALS`). */
export const mayStartHead = initialTest(HEAD_INITIALS);

/**
 * The body's French (and Spanish) acronym after the abbreviated head word, where French legal citation puts it
 * (`Rés. AG 55/25`, probe pr-fr-021; `Rés CS 1373 (2001)`, `Rés. CDH 5/1`, McGill's French): group 1 the Assembly, 2 the
 * Council, 3 the Human Rights Council. Capitals only, each a whole word before the number (case-sensitive), so the
 * abbreviation stays refused without a body (`res 5` of a text's own numbering). The scanner's trigger for it:
 * `ABBREVIATED_HEAD`.
 */
export const ABBREVIATED_BODY_RE = stickyCased(
  `\\s{1,4}(?:(AGNU|AG|A\\.\\s?G\\.)|(CSNU|CS|C\\.\\s?S\\.)|(CDH))\\s{1,4}(?=\\d)`,
);
/**
 * The abbreviation alone before a session's number, capitalised and with its stop (`Res. 5/2`, a table's column of
 * COP resolutions under its heading, probe p12es-040; session 35): a resolution whose body the text gives, as a bare
 * `resolution 5/2`'s. Not `res 5` (a text's own numbering), nor `res. 5` (no session). Case-sensitive.
 */
export const SHORT_HEAD_RE = /^R[ée]s\.[ \t]?\d{1,2}\/\d{1,3}(?![\d/])/;

/**
 * The scanner's trigger for both forms (case-insensitive there; `ABBREVIATED_BODY_RE` and `SHORT_HEAD_RE` check the
 * capitals).
 */
export const ABBREVIATED_HEAD =
  'r[ée]s(?:\\.?(?=\\s{1,4}(?:AGNU|AG|A\\.\\s?G\\.|CSNU|CS|C\\.\\s?S\\.|CDH)\\s{1,4}\\d)|\\.(?=[ \\t]?\\d{1,2}/\\d))';

/** Number of capture groups in `ORG_NAME`. */
export const ORG_GROUPS = ORG_NAME_GROUPS;

/**
 * A body named before the head word: adjacent (`General Assembly resolution`, `COP decision`; group after the body
 * names) or with "dans sa / in its / en su" between (`l'Assemblée générale, dans sa résolution 64/293`, its acronym in
 * brackets before it: `le Conseil Economique et Social (ECOSOC) dans sa résolution 1992/1`, dev `fr-080`; `the General
 * Assembly of the United Nations in resolution 256 (III)`, where the citation starts at the head word), or with its
 * session between, as a document's title line gives it (`Consejo de Derechos Humanos. 11º Período de sesiones.
 * Resolución 11/3`, `Human Rights Council Eleventh Session Resolution 11/3`; `SESSION_OF`): the citation starts at the
 * head word.
 */
// A possessive `'s` may join them (`the Council’s resolution 8/12`, dev en-362), in the span; after a name ending in
// `s`, the apostrophe alone (`Commission on Human Rights’ decision 2004/110`, dev en-527; session 25): only after an
// `s`, so a quotation's closing mark after another name (`the 'General Assembly' resolution`) is no possessive.
// The body's name may also stand for a statement's series letter, a slash after it (`Security Council/PRST/2001/31`,
// dev en-256): in the span, as the adjacent body is.
export const ORG_FIRST_RE = sticky(
  `(?:${ORG_NAME})(?:${UN_AFTER_BODY})?(?:${WS}\\([A-Z]{2,8}\\))?(?:(${WS}|['’]s${WS}|(?<=[sS])['’]${WS}|/(?=PRST/))|${OWS}(?:a${WS})?,?${WS}(?:dans|par|in|by|under|through|en|mediante)${WS}(?:(?:sa|ses|its|su|sus)${WS})?|\\.?${WS}${SESSION_OF}\\.?${WS})(?=${HEAD})`,
);

/** A body between the head word and the numbers: `résolutions de l'Assemblée générale 61/144`. */
// A number sign may stand before the number (`resolución del Consejo de Seguridad núm. 2216`, dev `es-150`).
export const ORG_AFTER_HEAD_RE = sticky(`${CONNECTOR}(?:${ORG_NAME})${WS}(?:${NUMBER_SIGN})?(?=\\d)`);

/** The same before a head's gap (`resolutions of the Human Rights Council on …, including 8/12`): the list's body. */
export const ORG_BEFORE_GAP_RE = sticky(`${CONNECTOR}(?:${ORG_NAME})`);

/**
 * A body after the numbers: `55/25 de l'Assemblée générale`, `2331 (2016) du Conseil de sécurité`, with "of the United
 * Nations" after it (`UN_AFTER_BODY`), or through the session that adopted it (`resolución 10/1 de la 10ª sesión de
 * la CdP`, `decision 4/4 of the fourth session of the Conference of the Parties`; a session naming no body, `of its
 * tenth session`, is not read).
 */
// `de l` with its apostrophe lost, as a copy that dropped every non-ASCII character leaves it (`rsolution 54/212 de
// lAssemble gnrale`, dev `fr-012`): only here, right before a body's name, so `de la` keeps its own reading.
// `UN` / `United Nations` may stand before the body's name (`resolution 1325 of the UN Security Council`, `of the United
// Nations General Assembly`; S4's class, in the span).
// Session 24 (tuner-res): the same body again, named by `same` (`a la resolución 2178 (2014) del mismo Consejo`, probe
// pr-es-021; `du même Conseil`, `of the same Council`, `de ce même Conseil`): the body named after the number, in the
// span; which Council a short name is stays inference's (the number's and the text's).
const SAME = `(?:(?:ce|cet|cette|este|esta|this|that)${WS})?(?:mism[oa]|m[êe]me|same)${WS}`;
export const ORG_AFTER_RE = sticky(
  `(?:${CONNECTOR}|${WS}de${WS}l)(?:${SESSION_OF}${CONNECTOR})?(?:(?:UN|U\\.N\\.|United${WS}Nations)${WS}|${SAME})?(?:${ORG_NAME})(?:${UN_AFTER_BODY})?`,
);

/**
 * `ORG_AFTER_RE` at `pos`: it opens with `CONNECTOR` (`,?${WS}` then `de`, `du`, `des`, `del`, `of`) or `${WS}de`, so
 * only where the word after the gap starts with `d` or `o` (`wordMayStart`; after most numbers a bracket, a stop or
 * another word stands). `ORG_AFTER_HEAD_RE` and `UNKNOWN_BODY_RE` open with `CONNECTOR` too.
 */
export const orgAfterAt = (text: string, pos: number): RegExpExecArray | null =>
  wordMayStart(text, pos, 'do') ? execAt(ORG_AFTER_RE, text, pos) : null;

/** Whether `word` starts with `prefix` (lower-case ASCII letters) in either case, as a regex with flag `i` reads them. */
function startsFolded(word: string, prefix: string): boolean {
  if (word.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if ((word.charCodeAt(i) | 32) !== prefix.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether a resolution head word (`HEAD_RE`'s group 2) is the Council's acronym, which names its body (`UNSCR 1325`,
 * `SCR 1325`, `RCSNU 1820`): `/^(?:(?:un)?scr?|rcsnu)/i`, read by code (a regex call at each head word).
 */
export const councilAcronym = (word: string | undefined): boolean =>
  word !== undefined && (startsFolded(word, 'sc') || startsFolded(word, 'unsc') || startsFolded(word, 'rcsnu'));

/** Another language's resolution word (Dutch, Italian, Portuguese): its number is spanned on its own. */
const OTHER_HEAD_RE = /^r[ei]solu(?:tie|zi|[çc](?:[ãa]o|[õo]es))/i;

/**
 * Whether a resolution head word is another language's (`OTHER_HEAD_RE`). Its seventh to ninth letters first (`t`, `i`
 * then `e`; `z` then `i`; `c` or `ç` then `a`, `ã`, `o` or `õ`; either case; `| 32` lets a few other codes by), which
 * the French, English and Spanish words fail (`résolution`, `resolution`, `resolución`; the ninth letter, `o` not
 * Dutch `e`, tells the first two, which passed to the regex at every head word until session 45): the regex then only
 * for the rest.
 */
export function otherLanguageHead(word: string | undefined): boolean {
  if (word === undefined || word.length < 8) return false;
  const c6 = word.charCodeAt(6) | 32;
  const c7 = word.charCodeAt(7) | 32;
  const next =
    c6 === 116
      ? c7 === 105 && (word.charCodeAt(8) | 32) === 101
      : c6 === 122
        ? c7 === 105
        : (c6 === 99 || c6 === 0xe7) && (c7 === 97 || c7 === 0xe3 || c7 === 111 || c7 === 0xf5);
  return next && OTHER_HEAD_RE.test(word);
}

/**
 * The bodies of the table named in full around a bare instrument, for body inference: earlier in its sentence
 * (`sentenceBodies`) and anywhere in the text (`textBodies`). A Conference of the Parties whose treaty named after it
 * is another (`the Conference of the Parties to the United Nations Framework Convention on Climate Change`, `… to the
 * United Nations Convention against Corruption`; `copNameEnd`) is that treaty's, not ours: it names no body here, so
 * its `decision 1/6` or a bare `resolution 6/1` after it is not given to the COP (session 19, tuner-dev27-res).
 */

import { copNameEnd } from './cop-name-after';
import { isBareBody, ORG_NAME, orgFromGroups, orgText, type OrgId } from './org-names';
import { allMatches } from './patterns';

/** Any body name at a word start (for `sentenceBodies`). */
const ANY_ORG_RE = new RegExp(`\\b(?:${ORG_NAME})`, 'gi');

/** A body named in full at `m` (`offset`: where the searched slice starts in `text`), not another treaty's COP. */
function namedInFull(m: RegExpExecArray, o: OrgId, text: string, offset: number): boolean {
  if (isBareBody(orgText(m, 1))) return false;
  return o !== 'COP' || copNameEnd(text, offset + m.index + m[0].length) !== null;
}

/** A lower-case word after white space (case-sensitive): a line break before one is inside the sentence. */
const LOWER_AFTER_RE = /\s*[a-zà-ÿ]/y;

/**
 * Where the last sentence of `s` starts: past its last `. `, `;` or line break not before a lower-case word (a PDF's
 * wrapped lines with blank lines between: `Recalling all resolutions of the Commission on Human Rights on the question
 * of the\n\ndeath penalty, the last of which was resolution 2005/59`, dev `en-219`). The last piece of
 * `s.split(/\. |;|\n(?!\s*[a-zà-ÿ])/)`: the separators cannot overlap, so the split's last match is the last of any of
 * them; found from the end (`lastIndexOf`), where the split cut all 400 characters into pieces at each instrument.
 */
function lastSentenceStart(s: string): number {
  const dot = s.lastIndexOf('. ');
  let start = Math.max(dot < 0 ? 0 : dot + 2, s.lastIndexOf(';') + 1);
  for (let nl = s.lastIndexOf('\n'); nl >= start; nl = nl > 0 ? s.lastIndexOf('\n', nl - 1) : -1) {
    LOWER_AFTER_RE.lastIndex = nl + 1;
    if (!LOWER_AFTER_RE.test(s)) {
      start = nl + 1;
      break;
    }
  }
  return start;
}

/**
 * The bodies named in full earlier in the sentence before `pos` (within 400 characters), nearest first: the agent of a bare
 * instrument (`La Convención … fue adoptada por la Asamblea General … el 31 de octubre de 2003 mediante la Resolución
 * 58/4`). A one-word name (`Council`, `Conference`: `the Conference of the States Parties to … Corruption`, dev
 * `en-018`) names no body here. Inference uses it only when the number fits that body. And the last short name
 * (`Council`, `Commission`), inference's last resort (`… symbols of Council documents, the resolutions have been
 * numbered … (for example: resolution 1990/47)`, dev `en-184`: of the Councils only ECOSOC numbers so).
 */
export function sentenceBodies(text: string, pos: number): { full: OrgId[]; short?: 'COUNCIL' | 'COMMISSION' } {
  const full: OrgId[] = [];
  let short: 'COUNCIL' | 'COMMISSION' | undefined;
  const before = text.slice(Math.max(0, pos - 400), pos);
  const sentence = before.slice(lastSentenceStart(before));
  // Short names (`Council`, `Commission`) are one word too, so what is left is a body of the table.
  const offset = pos - sentence.length;
  // By index, not `for … of`: the iterator's try/finally made this function's TurboFan compile bigger (session 47).
  const matches = allMatches(ANY_ORG_RE, sentence);
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (!m) continue;
    const o = orgFromGroups(m, 1);
    if (!isBareBody(orgText(m, 1))) {
      if (namedInFull(m, o as OrgId, text, offset)) full.unshift(o as OrgId);
    } else if (o === 'COUNCIL' || o === 'COMMISSION') short = o;
  }
  return short ? { full, short } : { full };
}

/** Every body of the table named in full anywhere in `text` (inference's last resort, `classifier.ts`). */
export function textBodies(text: string): Set<OrgId> {
  const out = new Set<OrgId>();
  for (const m of allMatches(ANY_ORG_RE, text)) {
    const o = orgFromGroups(m, 1) as OrgId;
    if (namedInFull(m, o, text, 0)) out.add(o);
  }
  return out;
}

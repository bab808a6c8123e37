/**
 * Articles of a treaty's draft, as the travaux préparatoires and the Ad Hoc Committee's documents cite them: a draft's
 * numbering is not the final treaty's (the Committee's `approved article 19` became UNTOC's article 27, dev `en-443`;
 * the Firearms Protocol's rolling text's `Article 9`, `article 9 of the revised draft protocol`, `[… article 2,
 * subparagraph (b) (i), of this Protocol,]`, dev `en-445`). Read after the classifier's candidates, on a text that
 * speaks of a draft only (one memoised scan per text).
 */

import type { Candidate } from './candidate';
import { spaceRunStart } from './instrument-context';
import { perText } from './patterns';

/**
 * What marks a text about a draft: the Ad Hoc Committee's document series (`A/AC.254/4/Add.2/Rev.6`), a draft
 * treaty or its rolling / revised text, in the three languages. Not `draft resolution` alone (a General Assembly
 * resolution's draft adopting the final text cites the final articles). Four searches, each led by a literal (the
 * noun, `text`, the series) with the words before it in a lookbehind: V8 skips along a text to a regex's leading
 * literal, where one alternation of the forms, led by `\b` and by five different words, was tried at every position
 * (session 27: half the time on the bench's paragraphs). A text has the cue when one of them matches.
 */
export const DRAFT_CUES: readonly RegExp[] = [
  // `draft protocol…`, `projet de protocole`, `proyecto de protocolo` (no \b before the French and Spanish words).
  /protocol(?:(?<=\bdraft\sprotocol)|e(?<=projet\sde\sprotocole)|o(?<=proyecto\sde\sprotocolo))/i,
  // `draft convention`, `projet de convention`, `proyecto de convención`.
  /conven(?:tion(?<=(?:\bdraft|projet\sde)\sconvention)|ci[óo]n(?<=proyecto\sde\sconvenci[óo]n))/i,
  /text(?<=\b(?:rolling|revised)\stext)/i,
  /A\/AC\.254\//i,
];

/**
 * The final text's heading in the travaux préparatoires (`B. Approved text adopted by the General Assembly`, dev
 * `en-103`, `en-402`), or a commentary turning to it (`en el texto final del Protocolo … pasó al artículo 6`, `settled
 * only in the final text of article 3`, probes p18es-017, p7en-035; session 42): the articles after it are the final
 * treaty's.
 */
const FINAL_TEXT_RE = /approved\stext|texte\sapprouv[ée]|texto\saprobado|final\stext|texte\sfinal|texto\sfinal/gi;

/** Where the text's final text starts, -1 for a text about a draft with none; null for a text about no draft. */
const draftState = perText<number | null, []>(null, (text) => {
  if (!DRAFT_CUES.some((cue) => cue.test(text))) return null;
  FINAL_TEXT_RE.lastIndex = 0;
  const m = FINAL_TEXT_RE.exec(text);
  return m ? m.index : -1;
});

/**
 * The draft's word right before an article's head word (`draft article 14`, `le projet d'article 14`, `el proyecto de
 * artículo 14`): that article is a draft's, whatever treaty the text names (the labelling rules; probe p15fr-012,
 * session 40). After a word boundary, so `Redraft` / `withdraft` are not it; white space or nothing (`d'`) before
 * the head word.
 */
const DRAFT_WORD_BEFORE = /\b(?:draft|projets?\s+d['’]|proyectos?\s+de)\s*$/i;

/**
 * Whether the article head word at `pos` follows a draft's word (`DRAFT_WORD_BEFORE`). The regex only where the last
 * two characters before the white space end such a word (`ft` of `draft`, `de`, `d’`; either case): it cost a call at
 * every article head word and matched none on the bench's prose (`the`, `de l’`, `del` before most).
 */
export function draftWordBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 14);
  const wordEnd = spaceRunStart(text, from, pos);
  if (wordEnd - from < 2) return false;
  const last = text.charCodeAt(wordEnd - 1);
  const lower = last | 32;
  const before = text.charCodeAt(wordEnd - 2) | 32;
  const draft = lower === 116 && before === 102;
  if (!draft && before !== 100) return false;
  if (!draft && lower !== 101 && last !== 39 && last !== 0x2019) return false;
  return DRAFT_WORD_BEFORE.test(text.slice(from, pos));
}

/** A treaty named in the span (`of the convention`, `du Protocole`, `UNTOC`): the article's treaty is stated. */
const NAMED_RE = /conven|protoc|untoc|cnucto|palermo/i;

/** The draft's own self-reference (`of this Protocol`, `de la présente Convention`, `del presente Protocolo`). */
const SELF_RE = /\b(?:this|pr[ée]sente?)\b/i;

/**
 * Drops the articles of a text about a draft that name no treaty (a running header's `Part One. Article 27`, the
 * Committee's `approved article 19`, a rolling text's `“Article 9“`) and those citing `this Protocol` inside a
 * draft's square brackets, before the final text's heading (or with none); an article naming its treaty (`article 19
 * of the convention`, a quoted final text's `article 6 of this Protocol`, dev `en-081`) stays.
 */
export function dropDraftArticles(candidates: Candidate[], text: string): Candidate[] {
  // The draft's readings first (a slice and two short tests per treaty candidate), the text's cue only when one would
  // be dropped: most paragraphs cite articles that name their treaty.
  // A text without a square bracket has no draft's proposal in one: its `this Protocol` is not asked (`draftLike`).
  const brackets = text.includes('[');
  if (!candidates.some((c) => draftLike(c, text, brackets))) return candidates;
  const finalAt = draftState(text);
  if (finalAt === null) return candidates;
  return candidates.filter((c) => (finalAt >= 0 && c.start > finalAt) || !draftLike(c, text, brackets));
}

/**
 * Whether `c` reads as a draft's article in `text`: a treaty candidate naming no treaty, or `this Protocol` inside a
 * square bracket (`brackets`: the text holds one). A module function, not a closure: under tsx (the bench) a named
 * closure costs a `__name` call each time it is made.
 */
function draftLike(c: Candidate, text: string, brackets: boolean): boolean {
  if (c.kind !== 'treaty') return false;
  const span = text.slice(c.start, c.end);
  return !NAMED_RE.test(span) || (brackets && SELF_RE.test(span) && inSquareBrackets(text, c.start));
}

/** How far back an open square bracket is looked for (a draft's bracketed proposal is a sentence or two). */
const BRACKET_REACH = 300;

/**
 * Whether `at` is inside a square bracket opened before it (`[1 bis The firearms referred to in article 2 …`): a
 * draft's proposal not yet agreed, which the rolling text brackets. A quoted final text (dev `en-081`) has none.
 */
function inSquareBrackets(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - BRACKET_REACH); i--) {
    const ch = text.charAt(i);
    if (ch === '[') return true;
    if (ch === ']') return false;
  }
  return false;
}

/**
 * The last step of a bare article's reading (`bare-article.ts`): its sentence names no treaty, so the treaty of ours
 * the text last named in full (its focus) takes it, unless the text has named another text since or nearby. Moved out
 * of `bare-article.ts` in session 18 (a pure move).
 */

import { textNouns } from './bare-article-nouns';
import { hasArticle, type TreatyId } from './keys';
import { TREATY_NOUNS, treatyAt, type TreatyContext } from './treaty-names';
import { OTHER_INSTRUMENT, OTHER_TREATY_ACRONYMS, TITLE_SUBJECTS } from './treaty-subjects';
import { sentenceEnd, sentenceStart, WHOLE_SENTENCE_END_RE } from './sentence-bounds';
import { FRENCH_NO, NUMBER_SIGN } from './patterns';
import { sectionedActs } from './sectioned-acts';
import type { TreatyText } from './treaty-text';

const BLANK_LINE = /\n[ \t]*\n/;

/**
 * A resolution cited by number since the treaty in focus was named (`… Protocol …, adopted by … resolution 55/255. -
 * United Nations Security Council Resolution 1373 (2001), adopted … (see article 2a and article 3a)`, dev en-218): a
 * bare article after it is the resolution's paragraph or another text's, not the focus' article. Not the Assembly's
 * resolutions that adopted our treaties (`55/25`, `55/255`), which a text names right after their titles.
 */
// A number sign may stand before the number (`Security Council Resolution No. 1373 (2001)`, `résolution n° 1373`,
// `no 1373`, `resolución núm. 1373`: `NUMBER_SIGN`, `FRENCH_NO`): the resolution is cited by number all the same.
const RESOLUTION_SINCE = new RegExp(
  `\\br[eé]solu(?:tion|ci[óo]n)(?:s|es)?\\s{1,4}(?:${NUMBER_SIGN}|${FRENCH_NO})?(?!55\\/255?(?!\\d))\\d`,
  'i',
);

/**
 * Another text named in `s` (`OTHER_INSTRUMENT`), `Case Law` aside: jurisprudence, no text (`Key Provisions of the
 * UNTOC Relevant to Case Law: … (Art. 2)`, dev en-235); and `Law enforcement`, an activity (`Law enforcement cooperation →
 * Art. 27` on a UNTOC slide, probe p5en-084; session 29). Read here, not by a lookbehind in the shared regex, which
 * slowed every scan of it. Nor an `Act` in a text whose Acts are cited by section only (`sectioned-acts.ts`, read with
 * the text and its `doc`).
 */
// Nor a text named with an indefinite article (`Le marquage (art. 8) et la conservation des informations (art. 7)
// relèvent d'un décret`, probe p10fr-038; `a law`, `una ley`): one not yet made or named owns no article cited.
const INDEFINITE_BEFORE = /(?:^|[\s'’])(?:un|une|a|an|una)\s$/i;

export function otherInstrumentIn(s: string, text?: string, doc?: TreatyText): boolean {
  for (let from = 0; ;) {
    const m = OTHER_INSTRUMENT.exec(from === 0 ? s : s.slice(from));
    if (!m) return false;
    const at = from + m.index;
    const skip =
      m[0] === 'Law'
        ? /[Cc]ase[ -]$/.test(s.slice(Math.max(0, at - 5), at)) || /^Law[ -][Ee]nforcement/.test(s.slice(at, at + 16))
        : (m[0] === 'Act' && text !== undefined && sectionedActs(text, doc)) ||
          INDEFINITE_BEFORE.test(s.slice(Math.max(0, at - 5), at));
    if (!skip) return true;
    from = at + 3;
  }
}

/**
 * A colon or semicolon ending the clause of the article it follows, not right after it (` : la loi n° 2005-06 ne prévoit
 * rien`, probe p12fr-015: the next clause's subject; `Article 7 : la loi…`, a heading, stays one clause).
 */
const CLAUSE_STOP_AFTER = /^[^:;]{4,}?[ \t\u00a0]?[:;]/;

/**
 * Whether another instrument is named in the clause after a bare article (`after`, up to its sentence's end): a law
 * named after a colon or a semicolon there opens the next clause (`CLAUSE_STOP_AFTER`) and does not take the article.
 */
export function otherInstrumentAfter(after: string, text: string, doc?: TreatyText): boolean {
  const stop = CLAUSE_STOP_AFTER.exec(after);
  return otherInstrumentIn(stop ? after.slice(0, stop[0].length) : after, text, doc);
}

/** The article word and its number at the start of a bare article's span (`Article 3 (c)`, `Art.5`), else 0. */
const ARTICLE_NUMBER_RE = /art[a-zíé]*\.?[º°]?\s{0,3}(\d{1,3})/i;

/** The number of the bare article at `start`..`end` (`ARTICLE_NUMBER_RE`), or 0. */
export const articleNumber = (text: string, start: number, end: number): number =>
  Number(ARTICLE_NUMBER_RE.exec(text.slice(start, end))?.[1] ?? 0);

/** How far back the treaty in focus may have been named for an article whose sentence names no treaty. */
const FOCUS_REACH = 1500;

/**
 * Whether the whole text is about ours alone, so the focus reaches past `FOCUS_REACH` (a judgment naming the Protocol
 * once in its opening, its `article 6` pages later; session 19): no other treaty named so far (`otherAt`), none of its
 * treaty nouns naming another (`textNouns`), and our subject named with no other treaty's subject, law, code, court or
 * acronym anywhere (`nounsDecide`). Whole-text facts, each read once per text, only for an article beyond the reach.
 */
const aboutOursAlone = (text: string, ctx: TreatyContext): boolean =>
  ctx.otherAt === undefined && ctx.doc !== undefined && ctx.doc.nounsDecide() && textNouns(text, ctx.doc) !== 'other';

/** Another treaty's acronym, a whole word (`de la CADH`, `of the ECHR`). */
const OTHER_ACRONYM_RE = new RegExp(`(?<![A-Za-z])(?:${OTHER_TREATY_ACRONYMS})(?![A-Za-z])`);

/**
 * Another treaty named in `ahead` (the rest of a bare article's sentence, at `from` in `text`): another treaty's
 * acronym, or a treaty noun that names none of ours (`la Convención Americana`, `the European Convention`, `Convenio`,
 * `Optional Protocol`). A bare noun of ours (`the Convention`, `del Protocolo`) is not one; nor a national law or code
 * (`Australia inserted new offences into the Criminal Code`: what implemented the article, dev en-438).
 */
function otherTreatyAhead(text: string, from: number, ahead: string, ctx: TreatyContext): boolean {
  if (OTHER_ACRONYM_RE.test(ahead)) return true;
  const at: number[] = [];
  TREATY_NOUNS.lastIndex = 0;
  for (let m = TREATY_NOUNS.exec(ahead); m; m = TREATY_NOUNS.exec(ahead)) at.push(from + m.index);
  return at.some((p) => treatyAt(text, p, ctx) === null);
}

/**
 * The last article word and number before the focus's name (`art. 18(13) UNTOC`), its bracketed paragraphs and up to
 * a dozen characters with no digit after them: group 1 the number (another article between would hold a digit).
 */
const LAST_ARTICLE_RE = /\b(?:art\.|arts?\b|articles?|art[íi]culos?)\s?(\d{1,3})(?:\(\d{1,2}\))*[^\d]{0,12}$/i;

/**
 * The treaty just named at an article of the same number in the same sentence (`the draft bill mirrors art. 18(13)
 * UNTOC but forgets art. 18(17)`, an e-mail, probe p18en-066; session 42): another paragraph of that article, whatever
 * else the sentence names (a bill, a law), or null.
 */
export function siblingOfNamed(
  text: string,
  from: number,
  start: number,
  end: number,
  ctx: TreatyContext,
): { id: TreatyId; end: number } | null {
  const focus = ctx.focus;
  if (!focus || focus.at < from || focus.at > start) return null;
  const m = LAST_ARTICLE_RE.exec(text.slice(Math.max(from, focus.at - 40), focus.at));
  const n = articleNumber(text, start, end);
  return m && n > 0 && Number(m[1]) === n ? { id: focus.id, end } : null;
}

/**
 * The treaty in focus for a bare article at `start`..`end` whose sentence names no treaty, or null: only when it was
 * named within `FOCUS_REACH` before the article and no other text was named since (or nearby in the same paragraph),
 * nor later in the article's sentence (`caption`: the article ends a caption after its dash, no sentence of its own).
 */
export function focusArticle(
  text: string,
  start: number,
  end: number,
  ctx: TreatyContext,
  caption: boolean,
): { id: TreatyId; end: number } | null {
  const focus = ctx.focus;
  // A text whose bare Convention is another's (a court's case, GRETA, UNCAC's `article 46 of the Convention`): its bare
  // article is that Convention's, whatever it named before (`The Court reiterates that … falls within Article 4`). A
  // human rights Convention's acronym alone does not say so (`articleFocusOverruled`, dev en-440).
  if (!focus || focus.at > start || ctx.doc?.articleFocusOverruled()) return null;
  if (start - focus.at > FOCUS_REACH && !aboutOursAlone(text, ctx)) return null;
  // Another treaty named nearby in the same paragraph ("the Optional Protocol go further than the Trafficking
  // Protocol… article 8(d)"): the focus alone does not say whose article this is. A blank line since then starts
  // another paragraph, about the treaty in focus.
  // Unless ours was named again after it, in a later sentence (`…of Others. In particular, the Second Protocol to the
  // UNTOC … Article 7`): the text has come back to ours.
  // Another text named since the focus (`Directive 2011/36/EU goes further. Its Article 2…`): not the focus' article.
  const since = text.slice(focus.at, start);
  if (otherInstrumentIn(since, text, ctx.doc) || RESOLUTION_SINCE.test(since)) return null;
  const other = ctx.otherAt;
  const back = other !== undefined && other < focus.at && sentenceStart(text, focus.at) > other;
  if (other !== undefined && start - other <= FOCUS_REACH && !BLANK_LINE.test(text.slice(other, start)) && !back) {
    return null;
  }
  // Another treaty named later in the article's sentence, past a clause's end (`en el marco del artículo 6.1 que
  // establece que “nadie puede ser sometido a esclavitud o servidumbre, y tanto estas…”; relacionado al artículo 1.1 de
  // la Convención Americana sobre Derechos Humanos`, dev es-328; `article 6(1); see article 4 of the European Convention`, `… de la CADH`): the
  // sentence cites that treaty's articles, and the focus alone does not say this one is ours (the article is the
  // other's more often than not: a court's case on the American Convention's article 6 after it named the Protocol).
  // Not after a caption's dash (`Criminalization – Article 5 Australia inserted…`): the text under it is not its sentence.
  const ahead = caption ? '' : text.slice(end, sentenceEnd(text, end, WHOLE_SENTENCE_END_RE));
  if (otherTreatyAhead(text, end, ahead, ctx)) return null;
  // UNODC's volume in focus (`… Organized Crime and the Protocols Thereto. Article 3(a).`, dev en-358): the one Protocol
  // the text is about when the article is one it has (the definition of trafficking quoted above it), else UNTOC (its
  // defined terms, dev en-148).
  const subject = focus.id === 'UNTOC' || caption ? undefined : sentenceProtocol(text, start, end, ahead, ctx);
  if (subject) return { id: subject, end };
  const protocol = focus.volume ? ctx.doc?.subjectProtocol() : undefined;
  if (protocol && hasArticle(protocol, articleNumber(text, start, end))) return { id: protocol, end };
  return { id: focus.id, end };
}

/**
 * What stands between a treaty's name and an article it points to in a bracket (`UNTOC (see articles 18 and 27)`, `la
 * CTO (voir les articles 18 et 27)`, `la UNTOC (véase el artículo 18)`, `the Protocol (art. 6)`): the bracket, a
 * `see` word, a determiner, earlier articles of the same list (`(see article 18 and article 27)`); nothing else, so a
 * bracket that says more (`the Protocol (which article 6 …`) is not one. Read on at most `POINTER_REACH` characters.
 */
// Or a colon or semicolon and a `see` word (`under Art 6 of the Smuggling Protocol: see also Art 3(a), which defines…`,
// a judgment's pointer, probe p2en-114; `; voir aussi l'article 3`; session 24): the word required there.
const POINTER_AFTER_NAME =
  /^(?:[ \t\u00a0]?\([ \t]?(?:(?:see|cf\.?|voir|v\.|v[ée]ase|ver)(?:[ \t]+(?:also|aussi|también|tambien))?[ \t]{1,2})?|[ \t]?[:;][ \t]{1,2}(?:see|cf\.?|voir|v\.|v[ée]ase|ver)(?:[ \t]+(?:also|aussi|también|tambien))?[ \t]{1,2})(?:(?:the|les?|la|los|las?|el)[ \t]{1,2}|l['’])?(?:(?:articles?|art[íi]culos?|arts?\.)[ \t]?\d{1,3}[ \t]?(?:,|and|et|y|or|ou|o)[ \t]{1,2}(?:(?:the|el)[ \t]|l['’])?)*$/i;
const POINTER_REACH = 60;

/**
 * The treaty in focus when its name ends right before the bracket that holds the article at `start` (`based on UNTOC
 * (see articles 18 and 27) or the European Convention on Mutual Assistance…`, dev en-513): that treaty's, whatever the
 * sentence names after the bracket (session 23). Else null.
 */
export function focusPointer(text: string, start: number, ctx: TreatyContext): TreatyId | null {
  const focus = ctx.focus;
  if (!focus || focus.at >= start || start - focus.at > POINTER_REACH + WORDS_REACH) return null;
  const gap = text.slice(focus.at, start);
  const open = gap.lastIndexOf('(');
  // Session 30: the name's own words before the bracket (`du Protocole relatif au trafic illicite de migrants sur la
  // sécurité et la légitimité des documents (art. 12 et 13) ont leur pendant … du Protocole relatif à la traite`, probe
  // p6fres-056): no punctuation, bracket or treaty noun among them.
  const words = open > 0 && open < WORDS_REACH ? gap.slice(0, open) : '';
  if (words && !NAME_WORDS.test(words)) return null;
  return POINTER_AFTER_NAME.test(words ? gap.slice(open) : gap) ? focus.id : null;
}

/** How far the words after a treaty's name may run before the bracket pointing to its article. */
const WORDS_REACH = 100;

/**
 * Words after a treaty's name before a bracket (`sur la sécurité et la légitimité des documents`): no sentence
 * punctuation, comma (a title's list of subjects, `… des armes à feu, munitions et autres matériels connexes (article
 * 5)`, may be another's: the SADC's), colon, bracket or line break, and no treaty noun or article word between.
 */
const NAME_WORDS = /^(?![^]*(?:Conven|Protoc|\bart[íi]?(?:cle|culo)?s?\b))[^.,;:()\n]+$/i;

/**
 * Another of our Protocols whose subject the article's own sentence names, alone (`The Trafficking Protocol and the
 * Smuggling Protocol supplement the Convention. Trafficking in persons is defined in article 3`: the TIP Protocol's,
 * not the last named; `Smuggling of migrants is defined as “…” (Art. 3)` on a slide under both Protocols' names, dev
 * en-525), when the text has named that Protocol too and it has the article; else undefined (the focus decides). Read
 * only when the focus is a Protocol and the text has named two of ours: two subjects in the sentence (`trafficking in
 * persons and smuggling of migrants`) decide nothing. Session 25 (tuner-dev).
 */
function sentenceProtocol(
  text: string,
  start: number,
  end: number,
  ahead: string,
  ctx: TreatyContext,
): TreatyId | undefined {
  const named = ctx.named;
  if (!named || named.length < 2) return undefined;
  const sentence = text.slice(sentenceStart(text, start), start) + ahead;
  let found: TreatyId | undefined;
  for (const s of TITLE_SUBJECTS) {
    if (!s.re.test(sentence)) continue;
    if (found) return undefined;
    found = s.id;
  }
  return found && found !== ctx.focus?.id && named.includes(found) && hasArticle(found, articleNumber(text, start, end))
    ? found
    : undefined;
}

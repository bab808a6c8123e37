/**
 * The treaty of an article that names none after it (`L'article 6 énonce … conformément au Protocole`, `El Protocolo
 * de Palermo define la trata en su artículo 3`, `(Article 3, Smuggling of Migrants Protocol)`, `Son article 3(a)`
 * after the Protocol named in full). Bounded windows on each side, so the engine stays linear.
 */

import { itemNamedBefore } from './item-name-before';
import { hasArticle, type TreatyId } from './keys';
import {
  anotherTextsArticle,
  lawNamedBefore,
  lawRatifyingBefore,
  lineStartBefore,
  otherAcronymListed,
  ownArticleHeading,
} from './other-text-article';
import { headingNounAbove, namedCommaBefore } from './line-before';
import { execAt } from './patterns';
import { lastHolding, nounsAfter, nounsBefore, nounTreaty, termTreaty, textNouns } from './bare-article-nouns';
import { parseTreatyName, TREATY_NOUNS, type TreatyContext } from './treaty-names';
import {
  articleNumber,
  focusArticle,
  focusPointer,
  otherInstrumentAfter,
  otherInstrumentIn,
  siblingOfNamed,
} from './focus-article';
import { markerArticleTreaty, pinFirstBefore } from './marker-article';
import { nameIsNextSubject } from './name-as-subject';
import { CLAUSE_END_RE, sentenceEnd, sentenceStart } from './sentence-bounds';
import { orPlainRe } from './plain-letters';
import { clauseOwned, contrastBefore, ownerBefore, possessiveObjectAfter, possessiveOwner } from './possessive-owner';
import { columnSpanEnd, columnTreaty } from './table-column';
import { coordinatedBefore, coordinatedSubject } from './coordinated-article';
import { acronymAfter, acronymBefore, acronymEnd } from './acronym-article';
import { untsTreatyBefore } from './unts-reference';
import { abbreviatedPointer, otherTreatyBracketed } from './bracket-owner';
import { lawsOwnArticle } from './other-treaty-marks';
import {
  AND_ARTICLE_RE,
  ANY_CONNECTOR_RE,
  APPOSITION_END,
  DETERMINER_RE,
  ellipticAfter,
  NAME_NEXT_RE,
  RESPECTIVE_AFTER,
  UNREAD_PIN_RE,
} from './bare-article-after';

// A treaty noun right before the article: spaces, a comma or a cell's border between (`Protocol, art. 1`, p15en-015).
const NOUN_RIGHT_BEFORE = new RegExp(
  `(?:${TREATY_NOUNS.source}|(?<![A-Za-z])Prot\\.)(?:,?[ \\t]{1,3}|[ \\t]*\\|[ \\t]*)$`,
  'i',
);

/**
 * A capitalised word right after the article that names no treaty of ours (tried just before): another text's acronym
 * (`Article 4 ECHR`, `l'article 4 CEDH`, `Article 6 CEDAW`, `artículo 6 CADH`) or the title of a quoted treaty's
 * article run on (`. Article 5 Criminalization of…`, `Artículo 3 Definiciones`). Not `States Parties` / `Member States`
 * (a quoted provision: `under article 5 States Parties must…`), which a citation may be followed by, nor the next
 * article's heading run in after a reference (`…the conduct set forth in article 6 Article 15 Other prevention
 * measures`, a flattened treaty text).
 */
const OTHER_NAME_AFTER = orPlainRe(
  /^[ \t\u00a0]{1,4}(?!(?:States?|Parties|Party|Member|Estados?|États?|Article|Artículo)(?![a-zà-ÿ]))[A-ZÀ-Ý][A-Za-zÀ-ÿ]/,
);

/**
 * An acronym right after the article (`Article 4 ECHR`, `art. 26 CoE Convention`, probe p19en-028): two capitals, or a
 * mixed-case acronym's capital, lower-case letter and capital (`CoE`), where a caption's word has lower case after one.
 */
const ACRONYM_AFTER = /^[ \t\u00a0]{1,4}[A-ZÀ-Ý][a-zà-ÿ]?[A-ZÀ-Ý]/;

/**
 * A caption's last word and a dash right before a capitalised article (`Criminalization – Article 5`, `… victims of
 * trafficking in persons – Article 6`: a slide's line naming the article it reports on). A lower-case word only:
 * `Chapter II – Article 5 Criminalization of…` is a contents line, whose capital after the number is the article's
 * title, and `the ECHR – Article 4` names its treaty.
 */
const DASH_CAPTION_BEFORE = /[a-zà-ÿ][ \t\u00a0]{1,2}[–—-][ \t\u00a0]{1,2}$/;

/** A pinpoint below the article in its span (`artículo 5, párrafo 1 a)`, `Article 5(1)`), not the number alone. */
const PIN_BELOW = /\d\D+?\d|\d\s?\(?[a-z]\)/;

/**
 * The treaty of an article at `start`..`end` that no connector follows, or null:
 * 1. a treaty named right after it (`Article 5 Protocol against the Smuggling of Migrants`, `Article 3, SOM Protocol`);
 * 2. else the one treaty noun after it in its sentence (`L'article 6 énonce … conformément au Protocole`);
 * 3. else the last treaty noun before it in its sentence (`the Palermo Protocol, article 3`, `Protocolo contra el
 *    tráfico ilícito de migrantes, que complementa la Convención …, art.3`: UNTOC in a Protocol's title does not count);
 * 4. else, when the sentence names no treaty, the treaty of ours last named in full, if no other treaty was named
 *    since and it was named within `FOCUS_REACH` (`focus-article.ts`; `Son article 3(a)` after the Protocol's title).
 * Never after a connector (`article 188 de la ley 599`, `article 2 de son règlement`) or an unread pinpoint, never
 * `5 bis`, never an article heading of a quoted treaty text.
 */
export function bareArticleTreaty(
  text: string,
  start: number,
  end: number,
  ctx: TreatyContext,
): { id: TreatyId; end: number } | null {
  const connector =
    execAt(ANY_CONNECTOR_RE, text, end) && !possessiveObjectAfter(text, start, end) && !ellipticAfter(text, end);
  if (connector || execAt(UNREAD_PIN_RE, text, end) || /^\s?bis\b/.test(text.slice(end, end + 4))) return null;
  const atLineStart = lineStartBefore(text, start);
  if (anotherTextsArticle(text, start, end, atLineStart)) return null;
  const column = columnTreaty(text, start); // a table's column header naming a treaty or a national text
  if (column !== undefined) return column && { id: column, end: columnSpanEnd(text, end, column, ctx) };
  const acronym = acronymBefore(text, start); // `UNTOC art. 5 | TIP art. 5` (`acronym-article.ts`)
  const glued = acronym ? { id: acronym, end } : acronymAfter(text, end, ctx.doc, start); // after: `Art. 3(a) TIP`
  if (glued) return glued;
  const unts = untsTreatyBefore(text, start); // `… 2237 UNTS 319, art 6(3)(d)` (`unts-reference.ts`)
  if (unts !== undefined) return unts && { id: unts, end };
  const next = execAt(NAME_NEXT_RE, text, end);
  // A full stop and a line break end a footnote: the next line's name is its own (`Ibid., art. 14(1).⏎¹⁶ UNTOC`).
  if (next && !(next[1] === '.' && next[0].includes('\n'))) {
    const named = parseTreatyName(text, end + next[0].length, ctx);
    // Its name in the span, unless it is the next clause's subject (`In Article 2(a), UNTOC defines…`, `Under Article 5
    // Smuggling of Migrants Protocol requires…`; but `Article 10 UNFP is based on…`: the article's own treaty).
    if (named?.named)
      return { id: named.id, end: nameIsNextSubject(text, start, named.end, next[1] === ',') ? end : named.end };
    // An acronym glued after it is in the span (`Art. 5 PAF`, `acronym-article.ts`), a bare noun is not.
    if (named && next[1] === undefined) return { id: named.id, end: acronymEnd(text, named.end, end) };
    // A determiner before a treaty named in full, its connector lost (`l’article 2.a la convention des Nations unies
    // contre la criminalité transnationale organisée`): only a full name, never a bare noun.
    const det = next[1] === '.' ? null : execAt(DETERMINER_RE, text, end + next[0].length);
    const full = det ? parseTreatyName(text, end + next[0].length + det[0].length, ctx) : null;
    // After a comma the name is the next clause's subject (`En el párrafo a del artículo 2, la UNTOC define…`, dev
    // es-305; `In article 2, the Convention defines`): its article, the span stopping at the article. Unless nothing
    // of a clause follows the name (a closing bracket, `;`, a sentence's end): then it is the article's own treaty in
    // apposition, in the span (`(Article 3, the United Nations Trafficking in Persons Protocol)`, dev en-436).
    if (full?.named)
      return {
        id: full.id,
        end:
          next[1] === ','
            ? APPOSITION_END.test(text.slice(full.end, full.end + 3))
              ? full.end
              : end
            : nameIsNextSubject(text, start, full.end, true)
              ? end
              : full.end,
      };
  }
  // Listed after another treaty's article named by its acronym (`UNCAC Art 15 (…), Art 16`): that treaty's.
  if (otherAcronymListed(text, start)) return null;
  // In a bracket right after our treaty's name (`UNTOC (see articles 18 and 27) or the European Convention…`): its.
  // Not when that treaty has no such article (`…the Convention says the same of every protocol (art. 37, para. 4)`,
  // probe p8en-062): the sentence's nouns decide (`lastHolding`).
  const pointed = focusPointer(text, start, ctx);
  if (pointed && hasArticle(pointed, articleNumber(text, start, end))) return { id: pointed, end };
  // A treaty noun right before the article on its line (`Protocolo Artículo 1 Relación con la Convención…`, an annotated
  // guide's contents, dev es-075): that noun's article, whatever caption follows.
  const near = NOUN_RIGHT_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  // After a comma, only an abbreviated reference (`Smuggling of Migrants Protocol, art. 1(3):`, probe p4-en-077).
  const right = near && (!near[0].includes(',') || /^art\./i.test(text.slice(start, start + 4))) ? near : null;
  // Or ending a short heading line right above an article starting its line (dev en-163; `line-before.ts`).
  const above = right || !atLineStart ? null : headingNounAbove(text, start);
  if (right || above !== null) {
    const id = nounTreaty(text, above ?? start - (right?.[0].length ?? 0), ctx);
    return id ? { id, end } : null;
  }
  // After a pinpoint's bracket only an acronym (`Article 6(1) ECHR`): a caption follows a plain number, and a capital
  // after `Artículo 3 (c)` starts the next sentence (an inline reference, `…».[1]: Artículo 3 (c)  Esta definición…`).
  // A caption after `Art.` is a commentary's or a contents' entry (`- Art.1 Statement of Purpose` under UNTOC's name,
  // test en-258): a treaty's own text writes its headings `Article`.
  // Nor after a caption and its dash (`Criminalization – Article 5 Australia inserted…`, a slide, dev en-438): the
  // article ends the caption, the capital starts the text under it; neither that text nor the heading before the
  // caption (`Implementation of the Protocol Criminalization – Article 5`) is the article's sentence: the focus decides.
  const dashCaption =
    /^A/.test(text.charAt(start)) && DASH_CAPTION_BEFORE.test(text.slice(Math.max(0, start - 5), start));
  const nameAfter = OTHER_NAME_AFTER.exec(text.slice(end, end + 24));
  // Nor after our treaty's name and a comma on the article's line (`UN Protocol on Trafficking, Especially in Women and
  // Children, Article 5 Criminalization of Acts…:`, a gap analysis's heading, dev en-468): a reference naming its treaty
  // first, the caption that article's; a quoted text's heading follows its title with a colon (`…crime:Article 17
  // Signature, ratification…`, dev en-113), never a comma.
  const caption =
    /\d$/.test(text.slice(end - 1, end)) &&
    !/^art(?![a-zí])/i.test(text.slice(start, start + 4)) &&
    !dashCaption &&
    !namedCommaBefore(text, start);
  // A pinpoint written before the article (`…exploitation.[1]:Subparagraph (c) of Article 3 This definition…`, dev
  // en-463): no heading's, the capital after it the next sentence's, as after `Article 3 (c)`; read before a capital.
  if (nameAfter && ((caption && !pinFirstBefore(text, start)) || ACRONYM_AFTER.test(text.slice(end, end + 8))))
    return null;
  // An English possessive whose owner is no treaty (`the Council of Europe's article 4`): that owner's article; UNTOC's.
  const owner = possessiveOwner(text, start, ctx);
  if (owner) return owner === 'other' ? null : { id: owner, end };
  // A possessive opening the clause after a semicolon, in a sentence a law or another treaty opens: its (`clauseOwned`);
  // a bracket right after another treaty's name: its (`bracket-owner.ts`).
  if (clauseOwned(text, start, ctx) || otherTreatyBracketed(text, start, ctx)) return null;
  // A possessive's owner or an article coordinated with one before it: the nouns after it do not decide.
  const coordinated = execAt(AND_ARTICLE_RE, text, end) !== null;
  const after =
    dashCaption || ownerBefore(text, start) || coordinatedBefore(text, start)
      ? ''
      : text.slice(end, sentenceEnd(text, end, coordinated ? CLAUSE_END_RE : undefined));
  // A quoted treaty text's own heading (`ownArticleHeading`), read before the nouns after it: a Protocol's article 1
  // is captioned with UNTOC's name on the next line (`**Artículo 1**\n\n**Relación con la Convención…**`, dev es-342).
  if (ownArticleHeading(text, start, end, atLineStart)) return null;
  // The nouns after the article (`nounsAfter`): two different ones leave it undecided.
  const read = nounsAfter(after, coordinated);
  if (!read) return null;
  let noun = read.noun;
  const { otherOf, seeAlso, equivalent } = read;
  // Only another article's noun after it: it decides when ours (`(article 5) … as required by article 34 … of the
  // Convention against…`, probe en-029); another treaty's says nothing of this one (`el art. 6 § 3 lit. d) …, así como
  // el art. 35 de la Convención sobre los Derechos del Niño`, p16es-030): the nouns before decide.
  const otherId = !noun && otherOf && !seeAlso ? nounTreaty(text, end + otherOf.index, ctx) : null;
  if (otherId) noun = otherOf;
  // A year right before the first noun (`(1951 Convention, non-refoulement)`, probe p16en-090): another treaty's, which
  // says nothing of this article's (session 44: the nouns before and the focus decide, as for another article's noun).
  if (noun && /(?:1[89]|20)\d\d[ \u00a0]$/.test(after.slice(Math.max(0, noun.index - 5), noun.index))) noun = null;
  if (noun) {
    const id = otherId ?? nounTreaty(text, end + noun.index, ctx);
    // Numbered beyond that treaty's articles (`article 25 applies alongside article 6 of the Trafficking Protocol`,
    // probe p7en-085): the noun is another article's, and the nouns before this one decide.
    const n = articleNumber(text, start, end);
    if (!id || n === 0 || hasArticle(id, n)) return id ? { id, end } : null;
  }
  // Only the equivalence formula's Convention after it: the Protocol of ours last named in full, when there is one.
  if (equivalent && ctx.protocol) return { id: ctx.protocol, end };
  // A law's own text, numbered as one of its headings (`lawsOwnArticle`): the law's own article.
  if (lawsOwnArticle(text, articleNumber(text, start, end))) return null;
  const from = dashCaption ? start : sentenceStart(text, start);
  const contrast = contrastBefore(text, from, start);
  const before = text.slice(from, contrast >= 0 ? contrast : start);
  const respective = RESPECTIVE_AFTER.exec(text.slice(end, end + 24));
  const nouns = nounsBefore(text, from, before);
  const first = nouns[0] ?? -1;
  const last = nouns[nouns.length - 1] ?? -1;
  if (last >= 0) {
    // A law's title ratifying the treaty before the article (`Law No. 146/2006, on the ratification … of the Palermo
    // Convention …, introduced, in Article 4`, dev en-434): the law's article.
    if (lawRatifyingBefore(before.slice(0, last - from)) || lawNamedBefore(before)) return null;
    const firstOwns = respective?.[1] !== undefined || coordinatedSubject(before, first - from);
    const id = firstOwns
      ? nounTreaty(text, first, ctx)
      : lastHolding(text, nouns, articleNumber(text, start, end), ctx);
    return id ? { id, end } : null;
  }
  const doc = ctx.doc;
  // Another text named with it: not ours, unless another paragraph of an article just named (`siblingOfNamed`).
  if (contrast >= 0 || otherInstrumentIn(before, text, doc) || otherInstrumentAfter(after, text, doc))
    return contrast < 0 ? siblingOfNamed(text, from, start, end, ctx) : null;
  if (lawNamedBefore(before) || itemNamedBefore(before.slice(before.lastIndexOf('\n') + 1))) return null;
  const focus = ctx.focus;
  // Nothing named yet: a text whose one subject is one of our Protocols', and which names no other treaty, law or code
  // anywhere (`TreatyText.soleProtocol`), cites that Protocol's articles bare ("Article 11 deals with border measures:
  // … prevent and detect trafficking in persons": the subject decides, as the labels do).
  // Else the one treaty every treaty noun of the text names, before or after the article (`textNouns`).
  // Not a bracketed pointer (`… victimes de la traite des personnes (article 6)`: an agenda's, labelled uncited in-sample;
  // `mesures aux frontières (article 11)` is the TIP Protocol's though the text names only UNTOC further on).
  // A commentary's abbreviated pointer is read (`…an organized criminal group (Art.5) Either agreeing…`, lecture slides
  // on UNTOC, dev en-142; in lower case too, `el «delito grave» (art. 2 b))`, probe p17es-020, session 41, in a text
  // naming no law: `abbreviatedPointer`): the same whole-text evidence decides it.
  // Nor, on that evidence alone, a caption after a colon at the start of a line (`Artículo 5: Penalización de la
  // participación…`, dev es-074: the quoted article's own heading; a commentary's `ARTICLE 10: AN INTERNATIONAL LEGAL
  // FRAMEWORK` after UNTOC was named, dev en-135, is read through the focus).
  if (!focus && ctx.otherAt === undefined) {
    if (/\(\s?$/.test(text.slice(Math.max(0, start - 2), start)) && !abbreviatedPointer(text, start)) return null;
    if (atLineStart && /^:[ \t]+[A-ZÀ-Ý][^\n.;:,()]{0,80}(?:[\n|]|$)/.test(text.slice(end, end + 90))) return null;
    // After a reference marker (`…exploitation.[1]:Article 3 (c)`, dev en-463): the source's, `marker-article.ts`.
    const marked = markerArticleTreaty(text, start, end, before, doc);
    if (marked) return { id: marked, end };
    const nouns = doc ? textNouns(text, doc) : 'other';
    if (nouns === 'other') return null;
    // Or, no treaty named at all, UNTOC's defined term in the sentence of an article with a pinpoint below it
    // (`termTreaty`, dev es-335; `el artículo 5` alone stays unread: a code named before may be its text).
    const id =
      doc?.soleProtocol() ??
      (nouns && doc?.nounsDecide() ? nouns : undefined) ??
      (nouns === null && doc && PIN_BELOW.test(text.slice(start, end)) ? termTreaty(text, before + after, doc) : null);
    return id ? { id, end } : null;
  }
  return focusArticle(text, start, end, ctx, dashCaption);
}

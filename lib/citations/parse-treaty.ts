/**
 * Treaty provisions: articles of UNTOC and of its Protocols, with paragraph / subparagraph pinpoints before
 * (`l'alinéa c) du paragraphe 2 de l'article 33 de la Convention`) or after (`article 6, paragraph 3 (d), of the
 * Protocol`, `article 6(3)(d)`), in lists (`articles 6 et 9 du Protocole`). The treaty must be named right after:
 * `article 2 de son règlement intérieur` or a supplier code's `article 5 qui …` are not citations.
 */

import type { Candidate, PinSpan } from './candidate';
import { listSpans } from './candidate';
import { bareArticleTreaty } from './bare-article';
import { HEREOF_RE, POINTING_PRONOUN_RE } from './bare-article-after';
import { comparedWithOwn } from './bare-article-nouns';
import { hasArticle, hasLetter, TREATY_BY_PREFIX, type TreatyId } from './keys';
import { readArticleHead } from './article-head';
import { listLevel, readCompact, readPostWords, unreadMarker, type ArticleItem } from './article-pins';
import { readLowerPins } from './lower-pins';
import { articleCandidate, readRange } from './article-ranges';
import {
  alt,
  ARTICLE_WORD,
  execAt,
  LIST_SEPARATOR,
  MAX_LIST,
  OWS,
  PIN_WORD,
  PLAIN_NUMBER,
  sticky,
  WS,
} from './patterns';
import { type TreatyContext } from './treaty-names';
import { parseTreatyAfter, treatyAfterAside } from './treaty-connector';
import { closesParenthesis, emphasisEnd, LONE_LETTER_CLOSE_RE } from './article-brackets';
import { focusOn } from './treaty-mentions';
import { acronymBefore } from './acronym-article';
import { draftWordBefore } from './draft-articles';
import { UNTOC_ACRONYM } from './treaty-tables';
import { ORDINAL_SUFFIX, ORDINAL_WORDS } from './number-words';
import type { Pinpoint } from './types';

/**
 * A pinpoint word after what the article's pinpoint grammar read (`el artículo 6 inciso 3 del Protocolo`, `l'article 6,
 * premier paragraphe, du Protocole`): a pinpoint this parse cannot read, so the article is not guessed bare (it would
 * be cited without its pinpoint, a wrong key: precision first).
 */
const UNREAD_PIN_RE = sticky(`,?${WS}(?:premier${WS}|first${WS})?${PIN_WORD}`);

/**
 * A list separator followed by an article number: `articles 6 et 9`, `articles 32 and 37`, with a degree or ordinal
 * sign as Spanish texts write each (`artículos 5°, 6° y 7°`), or its suffix as the head's (`artículos 3ro y 5to`,
 * session 19). Group 1: the number. An ampersand too (`Arts 7 & 8 of the TIP Protocol`, an NGO briefing, probe
 * p8en-087), between articles only: resolutions' lists keep `LIST_SEPARATOR` (`Res. 55/25 & annexes` is no list).
 */
// A gloss in brackets, no figure, may follow a member, out of its span (`artículos 16 (extradición), 18 (…) y 27`).
const LIST_NEXT_RE = sticky(
  `(?:${OWS}\\([^()\\d\\n]{1,40}\\))?${alt(LIST_SEPARATOR, `${WS}&${WS}`)}${PLAIN_NUMBER}(?:\\.?[°º]|o|${ORDINAL_SUFFIX})?(?![a-zà-ÿ])`,
);

/**
 * After a decimal head (`articles 6.2 et 6.3`, `artículos 6.2 y 9.1`), the next member written so (session 19, tuner-
 * pins): each its own paragraph. Not `6.2.1`, not a date. Groups: the article, the paragraph.
 */
const LIST_NEXT_DECIMAL_RE = sticky(`${LIST_SEPARATOR}(\\d{1,3})\\.(\\d{1,2})(?![\\d/]|\\.(?!\\s|$))(?![a-zà-ÿ])`);

/**
 * After a decimal head with its dotted letter (`artículo 6.3.a y 6.3.c`, `art. 6.3.a (logement), 6.3.b (conseils…) et
 * 6.3.d`, slides and guides, probes p13es-053, p13fr-052; session 37), the next member written so, maybe after a short
 * gloss in brackets with no figure (a caption, not a pinpoint). Not `6.3.a.1`; a bracket after it stays out (it
 * closes an aside: `(Protocolo de Palermo, artículo 6.3.a y 6.3.c)`). Groups: article, paragraph, letter.
 */
const LIST_NEXT_DOTTED_RE = sticky(
  `(?:${OWS}\\([^()\\d\\n]{1,40}\\))?${LIST_SEPARATOR}(\\d{1,3})\\.(\\d{1,2})\\.([a-h])(?![\\d/a-zà-ÿ]|\\.(?!\\s|$))`,
);

/**
 * Candidates for an article at `pos` (the article word). With `pins` from a chain before it, one article only and
 * the chain's paragraph / subparagraph / clause go into the key.
 */
export function parseArticleCitation(
  text: string,
  pos: number,
  ctx: TreatyContext,
  pins?: readonly PinSpan[],
  depth = 0,
): Candidate[] {
  if (draftWordBefore(text, pos)) return []; // `draft article 14`: a draft's numbering, not the treaty's
  const h = readArticleHead(text, pos, pins !== undefined);
  if (!h) {
    return pins ? [] : readRange(text, pos, ctx);
  }
  const { a, d } = h;
  // A number in words in lower case (`an article two years ago`) only before its treaty’s connector; an ordinal bare too.
  const spelled = (a as { spelled?: string }).spelled ?? '';
  const lowerWord = /^[a-z]/.test(spelled) && !ORDINAL_WORDS.has(spelled);
  const head = { article: Number(a[1]), end: pos + a[0].length };
  const items: ArticleItem[] = [{ article: head.article, start: pos, end: head.end }];
  let p = head.end;
  const glued = d ? undefined : a[2]?.toLowerCase();
  let post: Pinpoint = d
    ? { paragraph: d[2] ? +d[2] : undefined, subparagraph: d[3]?.toLowerCase(), clause: d[4]?.toLowerCase() }
    : { subparagraph: glued };
  // One pinpoint grammar after the number: the levels the head stated (`6.3`, `3a`), then bracketed lower levels
  // (`6(3)(d)`, `6.3(d)`, `5.1 a)`, `3a(i)`), then lower levels with their words (`Art. 6 (2) lit. c`); with no
  // level in figures, the words alone (`, paragraph 3 (d)`, `numeral 3`).
  const compact = readCompact(text, p, post);
  if (compact) {
    // `(artículo 3 a)`: the one closing bracket closes the parenthesis opened before the article, not the letter.
    if (compact.closesLetter && closesParenthesis(text, pos, compact.end, ctx)) compact.end -= 1;
    p = compact.end;
  }
  if (d || glued || compact) p = readLowerPins(text, p, post);
  else {
    const words = readPostWords(text, p, items);
    if (words) ({ pin: post, end: p } = words);
  }
  // `(Artículo 3, inciso a).`, `(article 3, alinéa a)`, `(Article 3, subparagraph a)`: a letter's lone closing bracket
  // ending the pinpoints closes the parenthesis opened before the article, as in the compact form above (dev es-208).
  if (p > head.end && LONE_LETTER_CLOSE_RE.test(text.slice(p - 3, p)) && closesParenthesis(text, pos, p, ctx)) p -= 1;
  const hasPost = post.paragraph !== undefined || post.subparagraph !== undefined;
  // A list of articles, each with its own compact pinpoint or none (`Artículos 5 (3), 16 (5)(a), 18 (13) y 18 (14)`).
  if (compact) items[0] = { ...(items[0] as ArticleItem), pin: post, end: p };
  // More of the same article at its last level (`Art. 2 (a), (c)`, `Art.5(1)(a)(i) and (ii)`, `article 6(1) and
  // (2)`, `subparagraphs (a) and (b)`): one citation each.
  if (!pins) p = listLevel(text, p, items, post, compact?.pin.paragraph !== undefined);
  // A list of articles only when no pinpoints were listed (each pass below adds one article, with its own bracketed
  // pinpoint: `Articles 5 and 6(1)`).
  const listed = items.length > 1;
  const dotted = d !== null && d[4] === undefined && !compact && /\d\.\d{1,2}\.[a-h]\)?$/.test(d[0]);
  const decimals = dotted || (d !== null && post.subparagraph === undefined && !compact && /\d\.\d{1,2}$/.test(d[0]));
  for (let i = 0; !pins && !listed && (!hasPost || compact || decimals) && i < MAX_LIST; i++) {
    const next = execAt(dotted ? LIST_NEXT_DOTTED_RE : decimals ? LIST_NEXT_DECIMAL_RE : LIST_NEXT_RE, text, p);
    if (!next) break;
    const numberText = next[1] ?? '';
    const end = p + next[0].length;
    const own = decimals ? null : readCompact(text, end, {});
    items.push({
      article: Number(numberText),
      start: p + next[0].search(/\d/),
      end: own?.end ?? end,
      pin: decimals ? { paragraph: Number(next[2]), subparagraph: next[3] } : (own?.pin ?? {}),
    });
    p = own?.end ?? end;
  }
  if (decimals && items.length > 1) (items[0] as ArticleItem).pin = post;
  // A clause before the article, its paragraph and letter after it (`inciso i) del artículo 5, párrafo 1 a)`, dev
  // es-335; `subparagraph (i) of article 5, paragraph 1 (a)`): one pinpoint, the clause under that letter.
  // A chain's `subparagraph (i)` is read as a letter: under the article's letter it is that letter's clause.
  const lone = pins?.length === 1 && post.subparagraph !== undefined && !post.clause ? pins[0] : undefined;
  const one = lone && lone.pin.paragraph === undefined ? [lone.pin.clause, lone.pin.subparagraph] : [];
  const roman = one.filter((v) => v !== undefined);
  if (lone && roman.length === 1 && /^[ivx]{1,5}$/.test(roman[0] ?? ''))
    pins = [{ ...lone, pin: Object.assign({}, post, { clause: roman[0] }) }];
  else if (pins && hasPost) return [];
  // Markdown emphasis closed right after the pinpoint (`**article 5** of the Protocol`, a page converted to Markdown):
  // the connector after it names the treaty, the marks inside the span as any markup there is (session 19).
  const marked = emphasisEnd(text, p);
  // Or past a caption in brackets or commas (`article 18 (Mutual legal assistance) of UNTOC`): its treaty by name only.
  const after =
    parseTreatyAfter(text, p, ctx) ??
    (marked > p ? parseTreatyAfter(text, marked, ctx) : null) ??
    treatyAfterAside(text, p, ctx);
  // A bare noun's article read through its connector (`Article 3(a) of the Protocol`): the text cites that noun as ours.
  if (after?.named === false && ctx.doc) ctx.doc.bareCited ??= after.id;
  const next = after || lowerWord ? null : nextArticleTreaty(text, p, ctx, depth);
  // A list's next article that reads no treaty (`next === false`: `article 5 and article 6 of the present Protocol`):
  // the list has none, so no bare-article guess for this one either (`articles 5 and 6 of the present Protocol` gives
  // none).
  // Read only where no treaty was found after the article (most articles name one): two regex calls saved each time.
  const guess =
    !after &&
    !next &&
    !(
      lowerWord ||
      next === false ||
      execAt(UNREAD_PIN_RE, text, p) ||
      unreadMarker(text, p) ||
      execAt(HEREOF_RE, text, p)
    );
  // A bare article set beside its own treaty's provision (`l'article 4 a) reprend … l'article 3 a) du Protocole`) is
  // another text's (`comparedWithOwn`).
  const bare = guess ? bareArticleTreaty(text, pos, p, ctx) : null;
  const treaty = after ?? (next || (bare && !comparedWithOwn(text, bare.end, bare.id, ctx) ? bare : null));
  if (!treaty) return [];
  // A treaty named at the article by a form no mention reads, after its connector (`de la CTO`, `de la CDOT`) or after
  // a bare article, in its span (`l'art. 18 par. 14 CTO`, `Art. 6 TIP`), or by its acronym right before it (`(CTO,
  // art. 18 § 1)`, probe p16fr-045; session 40): in focus from here, as a mention's.
  const named = after?.named
    ? after
    : treaty === bare && (bare.end > p || acronymBefore(text, pos) !== undefined)
      ? bare
      : null;
  if (named && !MENTIONED_RE.test(text.slice(p, named.end))) focusOn(ctx, named.id, named.end);
  // `Article 2 therein` (dev en-435), `l’article 13 de celle-ci`: the pronoun stands for the treaty just named, in the span.
  const there = after || pins || items.length > 1 ? null : execAt(POINTING_PRONOUN_RE, text, treaty.end);
  if (there) treaty.end += there[0].length;
  if (items.some((it) => !hasArticle(treaty.id, it.article))) return [];
  const id = treaty.id;
  if (
    pins
      ? !pins.every((x) => lettered(id, x.pin, items[0]?.article ?? 0))
      : !items.every((it) => lettered(id, it.pin ?? post, it.article))
  )
    return [];
  // Pinpoints with the article are made with Object.assign, not spreads: V8 spreads pinpoints of many shapes on its slow
  // path (the same object either way: a later source's own field wins).
  // A loop, not `map` then `filter`: the array `map` made changed its elements' kind between texts (a null for a
  // preambular pin), and V8 threw away this function's optimised code at that `filter` in the bench's first pass, to
  // compile it again in its third (~110 ms of TurboFan; session 32, `node --trace-deopt`).
  if (pins) {
    const article = items[0]?.article;
    const out: Candidate[] = [];
    for (let j = 0; j < pins.length; j++) {
      const pin = pins[j];
      if (pin === undefined || pin.pin.preambular) continue;
      const end = j === pins.length - 1 ? treaty.end : pin.end;
      out.push(articleCandidate(id, Object.assign({}, pin.pin, { article }), pin.start, end));
    }
    return out;
  }
  const spans = listSpans(items, pos, treaty.end);
  return items.map((it, i) =>
    articleCandidate(
      id,
      Object.assign({ article: it.article }, it.pin ?? post),
      spans[i]?.start ?? it.start,
      spans[i]?.end ?? it.end,
    ),
  );
}

// The two helpers below are module functions, not closures in `parseArticleCitation`: `npm run bench` runs the engine
// through tsx, whose esbuild keeps function names, and a named closure costs a `__name` call (a property defined on a
// new function) each time it is made (about 1.5 % of a bench pass here; session 19, tuner-speed5).

/**
 * Whether a pinpoint's letter can be under `article` of `id`: a letter right under an article that has fewer
 * (`article 3(e)` of the TIP Protocol) is not ours, never cut to the article.
 */
const lettered = (id: TreatyId, pin: Pinpoint | undefined, article: number): boolean =>
  pin?.paragraph !== undefined || pin?.subparagraph === undefined || hasLetter(id, article, pin.subparagraph);

/**
 * What joins two listed articles beyond a list separator: `nor` / `ni` (`neither Article 6 nor Article 15 of the
 * Palermo Convention`, dev en-432; `ni l'article 6 ni l'article 15 de la Convention`), `as well as` / `ainsi que` /
 * `así como` after an optional comma, `and/or` / `et/ou` / `y/o`.
 */
const OTHER_JOINS = `${WS}(?:nor|ni)${WS}|,?${WS}(?:as${WS}well${WS}as|ainsi${WS}qu(?:e|['’])|así${WS}como)${OWS}|${WS}(?:and|et|y)/(?:or|ou|o)${WS}`;

/**
 * The preposition a list repeats before each article (`à l'article 5 et à l'article 6`, `de l'article 16 et de
 * l'article 18`, `al artículo 16 y al artículo 18`, `con el artículo`, `with article`, `to article`); a space after.
 */
const REPEATED_PREPOSITION = `(?:à|de|to|with|under|in|con|en|a)${WS}`;

/**
 * An article word after a list separator or another join (`article 2 (b) and article 3, paragraph 1 (b), of the
 * Convention`, `l'article 5 et l'article 6 du Protocole`, `el artículo 5 y el artículo 6 del Protocolo`), the
 * preposition repeated and a determiner allowed before it (`à l'`, `de l'`, `the`, `el`, `al`, `del`).
 */
const NEXT_ARTICLE_RE = sticky(
  `(?:${LIST_SEPARATOR}|${OTHER_JOINS})(?:${REPEATED_PREPOSITION})?(?:l['’]|the${WS}|el${WS}|al${WS}|del${WS})?(?=${ARTICLE_WORD}${OWS}\\d)`,
);

/**
 * What the scanner reads as a treaty mention (`treaty-mentions.ts`): a treaty noun, UNTOC's acronym. A name at an
 * article without either (`de la CTO`, `Art. 6 TIP`) is put in focus by the article; one with either, by its mention.
 */
// Not a hashtag's (`Art 3 of the #PalermoProtocol`, probe p13en-031; session 37): the scanner reads no noun glued in a
// hashtag, so the article puts it in focus (`That's Art 3(c)` after it is the same Protocol's).
const MENTIONED_RE = new RegExp(`^[^#]*(?:conven|protoc|${UNTOC_ACRONYM})`, 'i');

/** How many articles ahead a list that repeats the article word is followed to its treaty (bounds the work). */
const REPEATED_DEPTH = 12;

/**
 * The treaty of the next article of a list that repeats the article word, when that article names one: a list of
 * articles, each with its word and pinpoint, shares the treaty named after the last (`article 2 (b) and article 3,
 * paragraph 1 (b), of the United Nations Convention…`, dev en-170). The span stops at this article's pinpoint. Up to
 * `REPEATED_DEPTH` articles ahead (`article 5, article 6, article 7, article 8 and article 9 of the Convention`: two
 * levels, as before session 22, lost the first two), so a long list stays linear.
 */
function nextArticleTreaty(
  text: string,
  p: number,
  ctx: TreatyContext,
  depth: number,
): { id: TreatyId; end: number } | false | null {
  const m = depth < REPEATED_DEPTH ? execAt(NEXT_ARTICLE_RE, text, p) : null;
  if (!m) return null;
  const key = parseArticleCitation(text, p + m[0].length, ctx, undefined, depth + 1)[0]?.key;
  const id = key && TREATY_BY_PREFIX.get(key.slice(0, key.indexOf(' art.')));
  return id ? { id, end: p } : false;
}

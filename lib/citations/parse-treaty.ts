/**
 * Treaty provisions: articles of UNTOC and of its Protocols, with paragraph / subparagraph pinpoints before
 * (`l'alinéa c) du paragraphe 2 de l'article 33 de la Convention`) or after (`article 6, paragraph 3 (d), of the
 * Protocol`, `article 6(3)(d)`), in lists (`articles 6 et 9 du Protocole`). The treaty must be named right after:
 * `article 2 de son règlement intérieur` or a supplier code's `article 5 qui …` are not citations.
 */

import type { Candidate, PinSpan } from './candidate';
import { cleanPinpoint, listSpans } from './candidate';
import { bareArticleTreaty } from './bare-article';
import { hasArticle, treatyKey, TREATY_BY_PREFIX, type TreatyId } from './keys';
import { execDotted, listLevel, readCompact, readLowerPins, readPostWords, type ArticleItem } from './article-pins';
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
import { parseTreatyAfter } from './treaty-connector';
import { ARTICLE_IN_WORDS_RE, ORDINAL_SUFFIX, ORDINAL_WORDS, spelledArticle } from './number-words';
import type { Pinpoint } from './types';
import { MONTHS_EN, MONTHS_ES, MONTHS_FR } from '../text/months';

/**
 * The article word and its number: `article 33`, `art. 6`, `artículo 5`, with a subparagraph letter glued to it
 * (`Article 3a`: 3(a)), or a degree / ordinal sign after it (`artículo 2° de la Convención`, `artículo 3º`: the
 * citation goes on to the treaty), or French `1er` after a one (`l’article 1er de la Convention`: article 1; not
 * `11er`), or an ordinal suffix (`artículo 3ro`, `Article 3rd`: `ORDINAL_SUFFIX`). Group 1: the number; group 2: the letter. Not `5bis`, not `3ab`, and not the first number of a range in
 * words (`articles 9 to 11`, `articles 52 à 55`, `artículos 5 a 7`; the key grammar has no range, as `PLAIN_NUMBER`
 * refuses `1-4`).
 */
const ARTICLE_RE = sticky(
  `${ARTICLE_WORD}${OWS}${PLAIN_NUMBER}(?:[°º]|(?<=[^\\d]1)er|${ORDINAL_SUFFIX})?([a-h])?(?![a-zà-ÿ])(?!${WS}${alt('to', 'à', 'a', 'al', 'au', 'through')}${WS}\\d)`,
);

/** Article 1 in words, as French and Spanish legal texts write it (`l'article premier du Protocole`). Group 1. */
const ARTICLE_FIRST_RE = sticky(`${ARTICLE_WORD}${WS}(premier|primero)(?![a-zà-ÿ])`);

/** A month name in French, English or Spanish, as a whole word (what makes `38.29 septembre` a date). */
// `setiembre` is the other Spanish spelling of September.
const MONTH = `${alt(...MONTHS_FR, ...MONTHS_EN, ...MONTHS_ES, 'setiembre')}(?![a-zà-ÿ])`;

/**
 * An article with a decimal paragraph: `Article 6.2 of the Protocol` (paragraph 2), and a letter after a second full
 * stop as Spain's texts write it (`artículo 5.1.a)`: 5(1)(a)); a bracketed letter after the paragraph (`Article 6.3(d)`,
 * `art. 5.1 a)`) is read by `readCompact`. Not `6.2.1`, not `6.2/…`, not a date glued on (`38.29 septembre`). Groups:
 * the article, the paragraph, the letter.
 */
const ARTICLE_DECIMAL_RE = sticky(
  `${ARTICLE_WORD}${OWS}(\\d{1,3})\\.(\\d{1,2})(?:\\.([a-h])\\))?(?![\\d./])(?!${OWS}${MONTH})`,
);

/**
 * An article with its paragraph after a hyphen, as French writing has it (`l’article 9-2, b, du Protocole de Palerme`,
 * dev fr-245): article 9(2). Only a one-digit paragraph below the article's number (so `articles 5-6` written singular
 * stays a range) and only right before a connector to a treaty noun or our acronym (maybe after a lone letter between
 * commas), so a code's `article 225-4-1 du Code pénal` or a law's `article 2-1 de la loi` is not read. Or a letter
 * so (`l’article 3-a du Protocole de Palerme`, dev fr-342): 3(a), never `3-ab`. Groups: article, paragraph, letter.
 */
const ARTICLE_HYPHEN_RE = sticky(
  `${ARTICLE_WORD}${OWS}(\\d{1,3})-(?:([1-9])|([a-h]))(?![\\d./a-zà-ÿ-])(?=(?:,\\s?[a-h],)?,?\\s{1,4}(?:du|de\\s{1,4}la|of\\s{1,4}the|del)\\s{1,4}(?:protocol|conven|cnucto|untoc))`,
);

/**
 * A letter pinpoint after a full stop after the number, with or without a stop after it (`Article 3.a. du Protocole de
 * Palerme`, `l’article 2.a la convention…`): article 3(a). A space must follow, so a decimal or numbered heading
 * (`3.a.1`, `3.a)`) is not read as one; an upper-case letter (`article 2.A new…`, a lost space) is refused by the
 * parser. A closing bracket may follow when one opens right before the article (`(article 2.a),`, checked in
 * `lowerLetter`), or when a connector follows it (`el artículo 3.a) del Protocolo`: the letter's own bracket, taken
 * into the match). A comma, colon or semicolon before a space ends it too (`en su artículo 2.a, establece`, `definidos
 * en el artículo 2.b: “Por…`, dev es-320/es-321, session 16): not `3.a.1`, `3.a,b`. The stop after the letter is in
 * the match only before a connector (`article 2.c. of the same convention`) or a bracket (`lowerLetter` drops it);
 * else it is the sentence's or the pinpoint's end and stays out (`According to article 2.a. “Organized…`, `article
 * 2.b. a serious crime`, dev en-489: no treaty label ends in a full stop). Groups: the article, the letter.
 */
const ARTICLE_LETTER_DOT_RE = sticky(
  `${ARTICLE_WORD}${OWS}(\\d{1,3})\\.([a-h])(?:\\.(?=\\s{1,4}(?:of|del?|du)\\s|\\))|\\)(?=\\s{1,4}(?:of|del?|du)\\s))?(?=\\s|\\)|[,:;]\\s|\\.(?:\\s|$))`,
);

/**
 * An article whose number a date is glued to, the full stop between them (`conformément à l'article 38.29 septembre
 * 2003`, a status page's run-together cells): article 38, not 38(29). Group 1: the article.
 */
const ARTICLE_DATE_RE = sticky(`${ARTICLE_WORD}${OWS}(\\d{1,3})(?=\\.\\d{1,2}${OWS}${MONTH})`);

/**
 * An article number in brackets after a pinpoint chain (`sub-article 2 of article (8)`): read only there, where the
 * chain says an article follows. Group 1: the number.
 */
const ARTICLE_BRACKET_RE = sticky(`${ARTICLE_WORD}${OWS}\\((\\d{1,2})\\)`);

/**
 * A pinpoint word after what the article's pinpoint grammar read (`el artículo 6 inciso 3 del Protocolo`, `l'article 6,
 * premier paragraphe, du Protocole`): a pinpoint this parse cannot read, so the article is not guessed bare (it would
 * be cited without its pinpoint, a wrong key: precision first).
 */
const UNREAD_PIN_RE = sticky(`,?${WS}(?:premier${WS}|first${WS})?${PIN_WORD}`);

/** `therein` / `thereof` right after a bare article, a whole word (not `thereinafter`). */
const THEREIN_RE = sticky(`${WS}there(?:in|of)(?![a-z])`);

/**
 * A list separator followed by an article number: `articles 6 et 9`, `articles 32 and 37`, with a degree or ordinal
 * sign as Spanish texts write each (`artículos 5°, 6° y 7°`).
 */
const LIST_NEXT_RE = sticky(`${LIST_SEPARATOR}${PLAIN_NUMBER}[°º]?(?![a-zà-ÿ])`);

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
  const d = execDotted(ARTICLE_DECIMAL_RE, text, pos) ?? hyphened(text, pos);
  const a =
    d ??
    lowerLetter(execDotted(ARTICLE_LETTER_DOT_RE, text, pos), text, pos) ??
    execAt(ARTICLE_RE, text, pos) ??
    execDotted(ARTICLE_DATE_RE, text, pos) ??
    first(execAt(ARTICLE_FIRST_RE, text, pos)) ??
    (pins ? execAt(ARTICLE_BRACKET_RE, text, pos) : null) ??
    spelledArticle(execAt(ARTICLE_IN_WORDS_RE, text, pos));
  if (!a) return [];
  // A number in words in lower case (`an article two years ago`) only before its treaty’s connector; an ordinal bare too.
  const spelled = (a as { spelled?: string }).spelled ?? '';
  const lowerWord = /^[a-z]/.test(spelled) && !ORDINAL_WORDS.has(spelled);
  const head = { article: Number(a[1]), end: pos + a[0].length };
  const items: ArticleItem[] = [{ article: head.article, start: pos, end: head.end }];
  let p = head.end;
  const glued = d ? undefined : a[2]?.toLowerCase();
  let post: Pinpoint = d
    ? { paragraph: d[2] ? +d[2] : undefined, subparagraph: d[3]?.toLowerCase() }
    : { subparagraph: glued };
  // One pinpoint grammar after the number: the levels the head stated (`6.3`, `3a`), then bracketed lower levels
  // (`6(3)(d)`, `6.3(d)`, `5.1 a)`, `3a(i)`), then lower levels with their words (`Art. 6 (2) lit. c`); with no
  // level in figures, the words alone (`, paragraph 3 (d)`, `numeral 3`).
  const compact = readCompact(text, p, post);
  if (compact) {
    // `(artículo 3 a)`: the one closing bracket closes the parenthesis opened before the article, not the letter.
    if (compact.closesLetter && closesParenthesis(text, pos, compact.end)) compact.end -= 1;
    p = compact.end;
  }
  if (d || glued || compact) p = readLowerPins(text, p, post);
  else {
    const words = readPostWords(text, p, items);
    if (words) ({ pin: post, end: p } = words);
  }
  // `(Artículo 3, inciso a).`, `(article 3, alinéa a)`, `(Article 3, subparagraph a)`: a letter's lone closing bracket
  // ending the pinpoints closes the parenthesis opened before the article, as in the compact form above (dev es-208).
  if (p > head.end && LONE_LETTER_CLOSE_RE.test(text.slice(p - 3, p)) && closesParenthesis(text, pos, p)) p -= 1;
  const hasPost = post.paragraph !== undefined || post.subparagraph !== undefined;
  // A list of articles, each with its own compact pinpoint or none (`Artículos 5 (3), 16 (5)(a), 18 (13) y 18 (14)`).
  if (compact) items[0] = { ...(items[0] as ArticleItem), pin: post, end: p };
  // More of the same article at its last level (`Art. 2 (a), (c)`, `Art.5(1)(a)(i) and (ii)`, `article 6(1) and
  // (2)`, `subparagraphs (a) and (b)`): one citation each.
  if (!pins) p = listLevel(text, p, items, post, compact?.pin.paragraph !== undefined);
  // A list of articles only when no pinpoints were listed (each pass below adds one article, with its own bracketed
  // pinpoint: `Articles 5 and 6(1)`).
  const listed = items.length > 1;
  for (let i = 0; !pins && !listed && (!hasPost || compact) && i < MAX_LIST; i++) {
    const next = execAt(LIST_NEXT_RE, text, p);
    if (!next) break;
    const numberText = next[1] ?? '';
    const end = p + next[0].length;
    const own = readCompact(text, end, {});
    items.push({
      article: Number(numberText),
      start: p + next[0].search(/\d/),
      end: own?.end ?? end,
      pin: own?.pin ?? {},
    });
    p = own?.end ?? end;
  }
  if (pins && hasPost) return [];
  const after = parseTreatyAfter(text, p, ctx);
  // A bare noun's article read through its connector (`Article 3(a) of the Protocol`): the text cites that noun as ours.
  if (after?.named === false && ctx.doc) ctx.doc.bareCited ??= after.id;
  const treaty =
    after ??
    (lowerWord ? null : nextArticleTreaty(text, p, ctx, depth)) ??
    (lowerWord || execAt(UNREAD_PIN_RE, text, p) ? null : bareArticleTreaty(text, pos, p, ctx));
  if (!treaty) return [];
  // `Article 2 therein` (dev en-435): the adverb stands for the treaty just named, so it is in the span.
  const there = after || pins || items.length > 1 ? null : execAt(THEREIN_RE, text, treaty.end);
  if (there) treaty.end += there[0].length;
  if (items.some((it) => !hasArticle(treaty.id, it.article))) return [];
  // Pinpoints with the article are made with Object.assign, not spreads: V8 spreads pinpoints of many shapes on its slow
  // path (the same object either way: a later source's own field wins).
  const build = (pin: Pinpoint, start: number, end: number): Candidate => {
    const clean = cleanPinpoint(pin) ?? {};
    return { start, end, kind: 'treaty', key: treatyKey(treaty.id, clean), pinpoint: clean, ref: { type: 'none' } };
  };
  if (pins) {
    const article = items[0]?.article;
    return pins
      .map((pin, j) => {
        if (pin.pin.preambular) return null;
        return build(Object.assign({}, pin.pin, { article }), pin.start, j === pins.length - 1 ? treaty.end : pin.end);
      })
      .filter((c): c is Candidate => c !== null);
  }
  const spans = listSpans(items, pos, treaty.end);
  return items.map((it, i) =>
    build(Object.assign({ article: it.article }, it.pin ?? post), spans[i]?.start ?? it.start, spans[i]?.end ?? it.end),
  );
}

/**
 * An article word after a list separator (`article 2 (b) and article 3, paragraph 1 (b), of the Convention`, `l'article
 * 5 et l'article 6 du Protocole`, `el artículo 5 y el artículo 6 del Protocolo`), or after `nor` / `ni` (`neither
 * Article 6 nor Article 15 of the Palermo Convention`, dev en-432; `ni l'article 6 ni l'article 15 de la Convention`), a
 * determiner allowed before it.
 */
const NEXT_ARTICLE_RE = sticky(
  `(?:${LIST_SEPARATOR}|${WS}(?:nor|ni)${WS})(?:(?:l['’]|the${WS}|el${WS}))?(?=${ARTICLE_WORD}${OWS}\\d)`,
);

/**
 * The treaty of the next article of a list that repeats the article word, when that article names one: a list of
 * articles, each with its word and pinpoint, shares the treaty named after the last (`article 2 (b) and article 3,
 * paragraph 1 (b), of the United Nations Convention…`, dev en-170). The span stops at this article's pinpoint. Two
 * levels deep at most, so a long list stays linear.
 */
function nextArticleTreaty(
  text: string,
  p: number,
  ctx: TreatyContext,
  depth: number,
): { id: TreatyId; end: number } | null {
  const m = depth < 2 ? execAt(NEXT_ARTICLE_RE, text, p) : null;
  const key = m ? parseArticleCitation(text, p + m[0].length, ctx, undefined, depth + 1)[0]?.key : undefined;
  const id = key && TREATY_BY_PREFIX.get(key.slice(0, key.indexOf(' art.')));
  return id ? { id, end: p } : null;
}

/**
 * The match when its letter (group 2) is lower case (`2.a`, not `2.A`, a lost space before a sentence) and a closing
 * bracket after it closes one before the article, else null.
 */
function lowerLetter(m: RegExpExecArray | null, text: string, pos: number): RegExpExecArray | null {
  if (!m || /[A-Z]/.test(m[2] ?? '')) return null;
  // `(article 2.a)`: the bracket closes one opened before the article; `article 3.a)` alone is a numbered heading.
  const close = text.charAt(pos + m[0].length) === ')';
  if (!close) return m;
  // `(Protocole de Palerme, article 3.c.)`, dev fr-337: with the letter's own stop before it (a heading's `3.a)` has
  // none), the bracket may have opened earlier on its line; the stop stays out of the span (`(artículo 3.a.)` too).
  const stop = m[0].endsWith('.');
  if (!OPEN_BEFORE_RE.test(text.slice(Math.max(0, pos - 3), pos))) {
    if (!stop || !OPEN_ON_LINE_RE.test(text.slice(Math.max(0, pos - 80), pos))) return null;
  }
  if (stop) m[0] = m[0].slice(0, -1);
  return m;
}

/** A bracket opened on the line before an article and not closed before it (`(Protocole de Palerme, `). */
const OPEN_ON_LINE_RE = /\([^()\n]*$/;

/** The match of `ARTICLE_FIRST_RE` with its number as a figure. */
function first(m: RegExpExecArray | null): RegExpExecArray | null {
  if (m) m[1] = '1';
  return m;
}

/** An opening bracket right before the article word (`(artículo 3 a)`). */
const OPEN_BEFORE_RE = /\(\s?$/;

/** Another closing bracket before the line ends (`(artículo 3 b) del Protocolo)`): then the first one was the letter's. */
const CLOSE_AHEAD_RE = /^[^()\n]*\)/;

/** A letter with a closing bracket only, after a space or comma (`inciso a)`, `, a)`), not a bracketed `(a)`. */
const LONE_LETTER_CLOSE_RE = /[\s,][a-z]\)$/;

/**
 * Whether the closing bracket that ends an article's pinpoints at `end` closes a parenthesis opened right before the
 * article at `pos` (`(artículo 3 a)`): no other closing bracket follows on its line.
 */
function closesParenthesis(text: string, pos: number, end: number): boolean {
  return OPEN_BEFORE_RE.test(text.slice(Math.max(0, pos - 3), pos)) && !CLOSE_AHEAD_RE.test(text.slice(end, end + 80));
}

/** `ARTICLE_HYPHEN_RE` at `pos`, its paragraph below its article, or null (most articles have no hyphen: no regex call). */
function hyphened(text: string, pos: number): RegExpExecArray | null {
  // A bounded look for the hyphen (`indexOf` would walk the whole rest of a text without one, at every article).
  const dash = text.slice(pos, pos + 16).indexOf('-');
  if (dash < 0) return null;
  const h = execAt(ARTICLE_HYPHEN_RE, text, pos);
  return h && (h[3] !== undefined || Number(h[2]) < Number(h[1])) ? h : null;
}

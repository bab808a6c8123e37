/**
 * The article word and its number as written (`article 33`, `Article 3a`, `art. 6.2`, `artículo 3.a)`, `article 9-2`,
 * `l'article premier`, `Article Six`): the head of an article citation, with the levels its number states. Split from
 * `parse-treaty.ts`, which reads the pinpoints after it (`article-pins.ts`) and the treaty.
 */

import { execDotted } from './article-pins';
import { CLAUSE_END, TREATY_AHEAD } from './pin-marker';
import { alt, ARTICLE_WORD, execAt, OWS, PLAIN_NUMBER, sticky, WS } from './patterns';
import { ARTICLE_IN_WORDS_RE, ORDINAL_SUFFIX, spelledArticle } from './number-words';
import { MONTHS_EN, MONTHS_ES, MONTHS_FR } from '../text/months';
import { orPlain } from './plain-letters';

/**
 * The article word and its number: `article 33`, `art. 6`, `artículo 5`, with a subparagraph letter glued to it
 * (`Article 3a`: 3(a)), or a degree / ordinal sign after it (`artículo 2° de la Convención`, `artículo 3º`: the
 * citation goes on to the treaty), or French `1er` after a one (`l’article 1er de la Convention`: article 1; not
 * `11er`), or an ordinal suffix (`artículo 3ro`, `Article 3rd`: `ORDINAL_SUFFIX`), Spain's `3.º` and the sign typed as a
 * letter (`artículo 3o`; session 19, tuner-pins). Group 1: the number; group 2: the letter. Not `5bis`, not `3ab`, and not the first number of a range in
 * words (`articles 9 to 11`, `articles 52 à 55`, `artículos 5 a 7`; the key grammar has no range, as `PLAIN_NUMBER`
 * refuses `1-4`).
 */
// A number sign between the word and its number (`artículo n°3`, an Argentine news page, dev es-341; `article n° 3`,
// `artículo nº 3`, `n.º`, `Article No. 3`, `artículo núm. 3`): in the span. `no` needs its dot, `n` its sign, so prose
// (`article no longer…`) is not taken; a number must follow.
const ARTICLE_SIGN = '(?:n\\.?\\s?[°º]|no\\.|n[úu]m\\.)\\s{0,2}';
// Mexico's ordinal `o` with its full stop before a connector (`el artículo 2o. del Protocolo para Prevenir…`, a SCJN
// judgment, probe p7fres-114), or before a comma and a pinpoint word (`el artículo 3o., inciso a), del Protocolo de
// Palermo`, p9es-002; session 32): in the span, so what follows is read; before anything else the stop is the
// sentence's (`artículo 1o. constitucional` is read by `other-text-article.ts`).
const ARTICLE_RE = sticky(
  `${ARTICLE_WORD}${OWS}(?:${ARTICLE_SIGN})?${PLAIN_NUMBER}(?:\\.?[°º]|o\\.(?=[ \\t]{1,3}del?[ \\t]|,[ \\t]{1,3}(?:inciso|apartado|p[áa]rrafo|numeral)[ \\t])|o(?![a-zà-ÿ])|(?<=[^\\d]1)er|${ORDINAL_SUFFIX})?([a-h])?(?![a-zà-ÿ])(?!${WS}${alt('to', 'à', 'a', 'al', 'au', 'through')}${WS}\\d)`,
);

/** Article 1 in words, as French and Spanish legal texts write it (`l'article premier du Protocole`). Group 1. */
// And `first`, a machine translation's word for `premier`, only before `of the` (`Under the article first of the Protocol
// against the smuggling of migrants`, probe p2en-082; session 24): `article first appeared` is prose.
const ARTICLE_FIRST_RE = sticky(`${ARTICLE_WORD}${WS}(premier|primero|first(?=${WS}of${WS}the${WS}))(?![a-zà-ÿ])`);

/** A month name in French, English or Spanish, as a whole word (what makes `38.29 septembre` a date). */
// `setiembre` is the other Spanish spelling of September.
const MONTH = `${orPlain(alt(...MONTHS_FR, ...MONTHS_EN, ...MONTHS_ES, 'setiembre'))}(?![a-zà-ÿ])`;

/**
 * An article with a decimal paragraph: `Article 6.2 of the Protocol` (paragraph 2), and a letter after a second full
 * stop as Spain's texts write it (`artículo 5.1.a)`: 5(1)(a); without its bracket before a connector to a treaty noun or
 * at its clause's end: `article 6.2.b of the Protocol`, session 19); a bracketed letter after the paragraph (`Article 6.3(d)`,
 * `art. 5.1 a)`) is read by `readCompact`. Not `6.2.1`, not `6.2/…`, not a date glued on (`38.29 septembre`). Groups:
 * the article, the paragraph, the letter, a roman clause after the letter's stop (`artículo 5.1.a.i de la CNUDOT`,
 * probe p7fres-094: 5(1)(a)(i); session 31).
 */
const ARTICLE_DECIMAL_RE = sticky(
  `${ARTICLE_WORD}${OWS}(\\d{1,3})\\.(\\d{1,2})(?:\\.([a-h])(?:\\.([ivx]{1,4}))?(?:\\)|(?=${TREATY_AHEAD}|,\\s|${CLAUSE_END}|\\s)))?(?![\\d/]|\\.(?!\\s|$))(?!${OWS}${MONTH})`,
);

/**
 * An article with its paragraph after a hyphen, as French writing has it (`l’article 9-2, b, du Protocole de Palerme`,
 * dev fr-245): article 9(2). Only a one-digit paragraph below the article's number (so `articles 5-6` written singular
 * stays a range) and only right before a connector to a treaty noun or our acronym (maybe after a lone letter between
 * commas), so a code's `article 225-4-1 du Code pénal` or a law's `article 2-1 de la loi` is not read. Or a letter
 * so (`l’article 3-a du Protocole de Palerme`, dev fr-342): 3(a), never `3-ab`; a letter before a connector to a treaty
 * noun (`TREATY_AHEAD`) or at its clause's end too (`Le Protocole de Palerme définit la traite à l’article 3-a.`,
 * `…, article 3-a, …`; session 19, tuner-pins), where the treaty is named before it. Groups: article, paragraph, letter.
 * The hyphen may be set as an en dash (`article 9–2, b, du Protocole`, `article 3–a`; session 21): a paragraph below its
 * article or a letter is no range (`articles 5–7` is one, refused by the paragraph's bound and by `PLAIN_NUMBER`).
 */
// The connector to a treaty noun a hyphenated paragraph needs (`9-2 du Protocole`, `9-2, b, du Protocole`; the letter
// with its bracket too, `article 9–1, b), of the Protocol`, a translation from French, probe p19en-037).
const HYPHEN_AHEAD = ',?\\s{1,4}(?:du|de\\s{1,4}la|of\\s{1,4}the|del)\\s{1,4}(?:protocol|conven|cnucto|untoc)';
// Two more forms (session 42, probe set 18): a chain down to a letter and a roman (`l’art. 15-2-c-ii de la CTO`, groups
// 2–4), which no code's numbering writes, so before any white space or punctuation; and a paragraph with its letter
// between commas and no connector (`Le Protocole de Palerme exige à l’article 6–3, b, que…`, groups 5–6), the treaty
// named before it. `hyphened` folds groups 5–7 into 2–3 (`d`'s article, paragraph, letter, clause).
const ARTICLE_HYPHEN_RE = sticky(
  `${ARTICLE_WORD}${OWS}(\\d{1,3})[-\u2013](?:([1-9])(?:[-\u2013]([a-h])(?:[-\u2013]([ivx]{1,4}))?(?=[\\s,.;:)]|$)|(?![\\d./a-zà-ÿ-])(?=(?:,\\s?[a-h]\\)?,)?${HYPHEN_AHEAD}))|([1-9]),\\s?([a-h])(?=,\\s)|([a-h])(?![\\d/a-zà-ÿ-])(?=${TREATY_AHEAD}|,\\s|${CLAUSE_END}))`,
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
 * The article's head at `pos` (an article word): `a`, the match (group 1 the number, group 2 a glued or dotted letter),
 * and `d` when it states a decimal or hyphenated paragraph or letter (groups: article, paragraph, letter); null when no
 * number follows the word. `afterChain`: a pinpoint chain before it said an article follows (`of article (8)`).
 */
export function readArticleHead(
  text: string,
  pos: number,
  afterChain: boolean,
): { a: RegExpExecArray; d: RegExpExecArray | null } | null {
  const d = outerBracket(execDotted(ARTICLE_DECIMAL_RE, text, pos), text, pos) ?? hyphened(text, pos);
  const a =
    d ??
    lowerLetter(execDotted(ARTICLE_LETTER_DOT_RE, text, pos), text, pos) ??
    execAt(ARTICLE_RE, text, pos) ??
    execDotted(ARTICLE_DATE_RE, text, pos) ??
    first(execAt(ARTICLE_FIRST_RE, text, pos)) ??
    (afterChain ? execAt(ARTICLE_BRACKET_RE, text, pos) : null) ??
    spelledArticle(execAt(ARTICLE_IN_WORDS_RE, text, pos));
  return a ? { a, d } : null;
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
  // Without its stop, when the bracket closing it opened earlier on its line and a punctuation mark or the line's end
  // follows it (`Protocolo para prevenir… (de 15 de noviembre de 2000, art. 3.a).`, a bibliographic source, dev
  // es-344; session 24): a heading's `3.a)` is followed by its caption (`article 3.a) Le texte`), never by `.`.
  if (!OPEN_BEFORE_RE.test(text.slice(Math.max(0, pos - 3), pos))) {
    const onLine = OPEN_ON_LINE_RE.test(text.slice(Math.max(0, pos - 80), pos));
    const closedAfter = CLOSED_AFTER_RE.test(text.slice(pos + m[0].length + 1, pos + m[0].length + 3));
    // No bracket open before it on its line: the letter's own, ending its clause (`Protocolo contra la trata, art.
    // 3.b);`, a footnote, probe p19es-011; session 43), in the span as before a connector.
    if (!onLine && !stop && closedAfter) {
      m[0] += ')';
      return m;
    }
    if (!onLine || (!stop && !closedAfter)) return null;
  }
  if (stop) m[0] = m[0].slice(0, -1);
  return m;
}

/**
 * A decimal article's dotted letter with the bracket after it (group 3; `Article 6.3.b)`), that bracket dropped from the
 * match when it closes one opened on the line before the article and no connector follows it (`(TIP Protocol, Article
 * 6.3.b). Where…`, probe p2en-034; session 24): the bracket is the aside's, not the letter's (`el art. 6.3.b) del
 * Protocolo` keeps its own).
 */
function outerBracket(d: RegExpExecArray | null, text: string, pos: number): RegExpExecArray | null {
  if (!d || d[3] === undefined || !d[0].endsWith(')')) return d;
  if (!OPEN_ON_LINE_RE.test(text.slice(Math.max(0, pos - 80), pos))) return d;
  if (CONNECTOR_AFTER_RE.test(text.slice(pos + d[0].length, pos + d[0].length + 8))) return d;
  d[0] = d[0].slice(0, -1);
  return d;
}

/** A connector to a treaty noun right after a letter's bracket (` del`, ` of`, ` du`, ` de`). */
const CONNECTOR_AFTER_RE = /^,?\s{1,4}(?:of|del?|du)\s/;

/** A bracket opened on the line before an article and not closed before it (`(Protocole de Palerme, `). */
const OPEN_ON_LINE_RE = /\([^()\n]*$/;

/** The match of `ARTICLE_FIRST_RE` with its number as a figure. */
function first(m: RegExpExecArray | null): RegExpExecArray | null {
  if (m) m[1] = '1';
  return m;
}

/** After a closing bracket: a full stop, comma or semicolon ending its sentence or clause, or the line's end. */
const CLOSED_AFTER_RE = /^(?:[.,;](?:\s|$)|\s*$|\n)/;

/** An opening bracket right before the article word (`(artículo 3 a)`). */
export const OPEN_BEFORE_RE = /\(\s?$/;

/** `ARTICLE_HYPHEN_RE` at `pos`, its paragraph below its article, or null (most articles have no hyphen: no regex call). */
function hyphened(text: string, pos: number): RegExpExecArray | null {
  // A bounded look for the hyphen (`indexOf` would walk the whole rest of a text without one, at every article).
  const head = text.slice(pos, pos + 16);
  if (!head.includes('-') && !head.includes('\u2013')) return null;
  const h = execAt(ARTICLE_HYPHEN_RE, text, pos);
  if (!h) return null;
  if (h[5] !== undefined && h[6] !== undefined) [h[2], h[3]] = [h[5], h[6]];
  if (h[7] !== undefined) h[3] = h[7];
  return h[2] === undefined || Number(h[2]) < Number(h[1]) ? h : null;
}

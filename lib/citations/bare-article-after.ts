/**
 * What `bare-article.ts` reads right after a bare article (whether a connector, an unread pinpoint, a name, a
 * determiner, `respectively` or a coordinated article follows): patterns only, moved from it (session 40).
 */

import { execAt, OWS, sticky, stickyCased, WS } from './patterns';

/**
 * An unread pinpoint (`, paragraphs 3 (d) and 4, of …`; a word and a marker, `, point (b), of`, or a number, `Ziff. 3
 * of`, `lid 3 of`, `Section 3 of`, not `and 7 of`; `§`, `Abs.`, `N°` unread: `article 5, § 11er, du`): not bare.
 */
export const UNREAD_PIN_RE = sticky(
  `,?${WS}(?:paragraphs?|paragraphes?|p[áa]rrafos?|para[s.]|par\\.|alin[ée]as?|subparagraphs?|§|abs\\.|n\\.?[°º]|(?!(?:and|or|et|ou|y|e|o|to|à|a|al|au|through|bis|ter)\\s)[A-Za-zà-ÿ§.-]{1,12}${OWS}(?:\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})\\)|\\d{1,2}(?![\\d.,])),?${WS}(?:of|de|du|del)${WS})`,
);

/**
 * `hereof` / `herein` / `hereunder` right after a bare article, a whole word: the text's own article (`the terms used in
 * article 3 hereof`, a law's, probe p15en-057; session 39), never a treaty's by guess.
 */
export const HEREOF_RE = sticky(`${WS}here(?:of|in|under)(?![a-z])`);

/**
 * A pronoun for the treaty just named, right after a bare article: `therein` / `thereof` (`Article 2 therein`, dev
 * en-435; not `thereinafter`), `de celle-ci` / `de celui-ci` (`l’article 32 de la Convention … et de l’article 13 de
 * celle-ci`, probe p22fr-075), `de la misma` / `del mismo` before a punctuation mark or the end (not `del mismo modo`,
 * an adverb, nor `de la misma Convención`, a noun the connector reads). In the span, as `of that Protocol` would be.
 */
const POINTING_PRONOUN = `${WS}(?:there(?:in|of)|de${WS}(?:celle|celui)-ci|de${WS}la${WS}misma(?=${OWS}[,;:.)]|$)|del${WS}mismo(?=${OWS}[,;:.)]|$))(?![a-zà-ÿ])`;
export const POINTING_PRONOUN_RE = sticky(POINTING_PRONOUN);

/**
 * Any connector after an article (`of …`, `de …`, `du …`): an article of whatever is named there, never bare. Not `de`
 * before an infinitive (`prévoit dans son article 10 de renforcer…`, `de garantizar`): the sentence goes on. Nor a
 * pronoun for the treaty just named (`POINTING_PRONOUN`): the focus decides there.
 */
export const ANY_CONNECTOR_RE = sticky(
  `(?!${POINTING_PRONOUN}),?${WS}(?:of|de|du|del|des|d['’])(?![a-zà-ÿ])(?!${WS}[a-zà-ÿ]{2,12}(?:er|ir|ar)\\s)`,
);

/**
 * A list's elided verb after a comma (`los artículos 5 a 8 tratan de…; el artículo 10, de la responsabilidad de las
 * personas jurídicas, y el artículo 11, del proceso…`, probe p19es-023; session 43): the connector opens the article's
 * topic, a lower-case noun, not what it belongs to (`, de la ley`, `, du Code`, `, del presente Protocolo` name one).
 * Case-sensitive: a capitalised name after the connector (`, de la Comunidad Andina`) is an owner.
 */
const ELLIPTIC_AFTER_RE = stickyCased(
  `,${WS}(?:de${WS}(?:la|los|las)${WS}|del${WS}|du${WS}|de${WS}l['’]${OWS})(?!(?:leye?s?|lois?|code|c[óo]digo|d[ée]cret|decreto|reglamento|r[èe]glement|convenci[óo]n|convention|convenio|protocol[eo]?|constituci[óo]n|constitution|estatuto|statut|carta|charte|tratado|trait[ée]|acuerdo|accord|directiva|directive|norma|ordonnance|ordenanza|pr[ée]sente?|presente|mism[ao]|m[êe]me|dich[ao]|citad[ao]|susodich[ao]|referid[ao]|mencionad[ao]|dite)(?![a-zà-ÿ]))[a-zà-ÿ]{4,}`,
);

/** Whether a list's elided verb follows the article ending at `end` (`ELLIPTIC_AFTER_RE`): its connector is none. */
export const ellipticAfter = (text: string, end: number): boolean =>
  text.charCodeAt(end) === 0x2c && execAt(ELLIPTIC_AFTER_RE, text, end) !== null;

/**
 * A treaty named right after the article, with or without a comma: `Article 3, Smuggling of Migrants Protocol`; after a
 * full stop, a footnote's reference (`[1] Article 3. Protocol to Prevent, Suppress, and Punish Trafficking…`, dev
 * en-359: only a name in full is read there).
 */
export const NAME_NEXT_RE = sticky(`([,.])?\\s{1,4}(?=[A-Za-zÀ-ÿ])`);

/** A determiner right after the article, before a treaty's name: `la`, `le`, `the`, `el`. */
export const DETERMINER_RE = sticky(`(?:la|le|the|el)${WS}`);

/**
 * What ends a treaty's name in apposition after an article and its comma (`(Article 3, the United Nations Trafficking
 * in Persons Protocol)`): a closing bracket, a semicolon, a full stop before a space, the text's end. Not a verb (`,
 * la UNTOC define…`: the next clause's subject) nor a comma (`, the Convention, in its article…`).
 */
export const APPOSITION_END = /^[ \t]?(?:[)\]]|;|\.(?:\s|$)|$)/;

/**
 * "respectively" after the article (`en el artículo 10.2 en el primero y en el artículo 29 en el segundo`, `in the
 * former`, `dans le second`): the first or the last treaty named before it in its sentence, not simply the last one.
 * Group 1 is set for the first.
 */
export const RESPECTIVE_AFTER =
  /^\s{1,4}(?:en\s+el|in\s+the|dans\s+le)\s+(?:(primero|former|premier)|segundo|latter|second)(?![a-zà-ÿ])/i;

/**
 * `and article`, `et l'article`, `y el artículo` right after the article: the next article of the same clause; also
 * abbreviated, or with a paragraph of it first (`de l’art. 12 ou du par. 1 de l’art. 13 de la présente Convention`, a
 * Swiss RS page, dev fr-330; `ou de l’art. 13`, `or paragraph 1 of article 13`, `o del párrafo 1 del artículo 13`).
 */
export const AND_ARTICLE_RE = sticky(
  `,?${WS}(?:and|or|et|ou|y|o)${WS}(?:of${WS}|du${WS}|de${WS}|del${WS})?(?:(?:paragraphe?|par\\.|para\\.|p[áa]rrafo|p[áa]rr\\.)${WS}\\d{1,3}${WS}(?:of|de|del)${WS})?(?:the${WS}|l['’]|el${WS})?(?:article|art[íi]culo|art\\.)`,
);

/**
 * Shapes that make an article with no treaty after it another text's, whatever the text is about (read first by
 * `bare-article.ts`): a law's or a treaty's own article headings (`Art. 2. - Le Premier ministre…`, `Artículo
 * 1.Finalidad`, `2. article.`), an article after `Ibid` of another reference (`ibid-article.ts`), of a document symbol.
 */

import { contentsEntry } from './contents-entry';
import { ibidNotOurs } from './ibid-article';
import { lawNext, lawNumberedBefore } from './national-text-article';
import { OTHER_ACRONYM_BEFORE, OTHER_INSTRUMENT } from './treaty-subjects';

/**
 * A law's own articles numbered ordinal first (`2. article.`, a machine-translated Latvian law; no reference or list
 * item `2. Article 5 of…` takes it): within 600 characters after `article 1.`, that article is the law's own heading.
 */
const OWN_ARTICLE_SERIES = /\d\.\s?(?:article|art[íi]culo)\./i;

/** A document symbol right before the article (`A/AC.254/4/Add.1/Rev.6, Art. 6`): the article is that document's. */
const SYMBOL_BEFORE = /\/[^\s/]{0,6}(?:\s?\d{1,4})\)?,\s{1,3}$/;

/**
 * An article word and its number, maybe a bracketed aside, then a comma (and `and` / `et` / `y`) ending the text before
 * an article: one link of a list of articles (`Art 15 (bribery of national public officials), Art 16`). Nothing else
 * between the number and the comma, so a member naming its own treaty (`art. 3 of the Palermo Protocol, art. 5`) ends
 * the list.
 */
const LISTED_AFTER_ARTICLE =
  /(?:^|[^\p{L}])((?:art(?:icles?|s)?\.?|art[íi]culos?)[ \t\u00a0]?\d{1,3}(?:[ \t\u00a0]?\([^()\n]{0,120}\))?,[ \t\u00a0]{1,3}(?:(?:and|et|y)[ \t\u00a0]{1,3})?)$/iu;

/** How many links a list is walked back (`otherAcronymListed`). */
const MAX_LINKS = 8;

/**
 * Whether the article at `start` is listed after another treaty's article named by its acronym (`UNCAC Art 15 (bribery
 * of national public officials), Art 16 (foreign public officials — no equivalent in the TOC Convention!), Art 23`,
 * course notes, probe p5en-064; session 29): the list's members are that treaty's, whatever an aside names. Walked back
 * link by link (`LISTED_AFTER_ARTICLE`), each 200 characters at most. Read by `bare-article.ts` for an article no
 * treaty's name follows.
 */
export function otherAcronymListed(text: string, start: number): boolean {
  let at = start;
  for (let i = 0; i < MAX_LINKS; i++) {
    // Cheap gate: a comma among the few characters before.
    if (!text.slice(Math.max(0, at - 8), at).includes(',')) return false;
    const window = text.slice(Math.max(0, at - 200), at);
    const m = LISTED_AFTER_ARTICLE.exec(window);
    if (!m) return false;
    at -= m[1]?.length ?? 0;
    if (OTHER_ACRONYM_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return true;
  }
  return false;
}

/**
 * A title glued after a full stop (`Artículo 1.Finalidad Artículo 2.Definiciones`): a treaty's own index or headings
 * run together, not a reference (a sentence goes on after a space).
 */
const GLUED_TITLE_AFTER = /^\.[A-ZÀ-Ý][a-zà-ÿ]/;

/**
 * A full stop or a space, then a dash after a plain number (`Art. 2. - Le Premier ministre…`, `Artículo 1°.- Apruébase…`,
 * `Article premier – …`, dev fr-082) at the start of a line: a law's own article heading. A declaration citing a treaty's
 * article keeps its pinpoint before the dash (`Artículo 5(3).- Los Estados Unidos Mexicanos…`, `Artículo 18, párrafo
 * 13.-`: `PIN_IN_SPAN`) and is read on.
 */
const OWN_ARTICLE_AFTER = /^[°º]?[.\s]\s?[-–—]/;

/**
 * A full stop after a plain number, then a sentence a determiner, a pronoun or an enacting verb starts, at the start of
 * a line: a law's own article heading before its text (`Art. 2. La Convention des Nations Unies contre la criminalité
 * transnationale organisée, faite à New York …, sortira son plein et entier effet.`, a Belgian assent law, probe
 * fres-006; `Article 1er. La présente loi…`, `Art. 1er. Est approuvée…`, `Artículo 1°. Apruébase la Convención…`,
 * `Article 2. The Convention shall…`), or a quoted treaty's (`Article 1. La présente Convention a pour objet`); the stop
 * may be lost (`Art. 2 La Convention … sortira son plein et entier effet`, `Art. 1º The Additional Protocol … will be
 * executed`, a Brazilian decree in English, dev en-158). Not a reference naming its treaty after the article (`[1]
 * Article 3. Protocol to Prevent…`, a footnote, dev en-359: no determiner). Session 23.
 */
// A colon may stand for the stop (`Article 3 : Les dispositions…`, a law's heading, probe p15fr-035; session 39).
const OWN_ARTICLE_SENTENCE =
  /^(?:\.|[ \t]?:)?[ \t]{1,3}(?:La|Le|Les|L['’]|Il|Elle|Est|Sont|The|This|It|El|Los|Las|Se|Apru[ée]ban?se|Ap[ée]rtase)(?![A-Za-zÀ-ÿ])/;

/**
 * A second number in the article's span, after the article's own: a pinpoint below it, stated in figures or words
 * (`Artículo 18, párrafo 13.- Se designa…`, a reservation's head as `Artículo 18(13).-` is, dev es-035 under the
 * `pin-words` form). A law's own heading numbers its article alone (`Art. 2. -`, `Artículo 1°.-`), never a paragraph of it.
 */
const PIN_IN_SPAN = /\d\D+\d/;

/**
 * A caption after a line-start article number (`Article 26. Measures to enhance cooperation…`, `Art. 1 Relation avec
 * la Convention…`, dev en-217, fr-128): a capitalised word and a lower-case one, the first not a treaty's name (`Article
 * 5 Protocol against the Smuggling…`, `Article 3 Smuggling of Migrants Protocol` name the article's treaty). The quoted
 * article's own heading, even when its caption names a treaty. A one-word caption before the article's own first
 * sentence (`Article premier Terminologie Aux fins du présent règlement:`, dev fr-142) is one too, unless the word is one
 * a provision's sentence starts with (`Article 5 States Parties shall…`, `Article 6 The Protocol…`). A one-word caption
 * closed by its stop before a capital (`Artículo 2. Definiciones. Para efectos de la presente ley…`, a bill's heading,
 * probe p6fres-096).
 */
const CAPTION_AFTER =
  /^\.?[ \t]{1,3}(?!(?:Protocol[eo]?|Conven(?:tion|ci[óo]n)|United|UN|Palerm[eo]|Trafficking|Smuggling|Firearms|Migrants|Organi[sz]ed|International|Supplementary|Additional|States?|Member|Estados?|[ÉE]tats?|Each|Chaque|Cada|The|This|Les?|La|Los|Las|El)(?![a-zà-ÿ]))[A-ZÀ-Ý][a-zà-ÿ]+(?:[ \t]{1,3}(?:[a-zà-ÿ]|[A-ZÀ-Ý][a-zà-ÿ])|\.[ \t]{1,3}[A-ZÀ-Ý])/;

/**
 * A heading line ending with the article (`Uso de los términos del artículo 2\nA los efectos de esta Convención:`, a
 * quoted treaty's garbled heading, dev es-126): the article ends its line, the line is short, capitalised, without
 * sentence punctuation, after a line that ended a sentence (or a blank line), and a capital starts the next line. Not
 * prose broken by a PDF (`… in accordance with article 5\nof the Protocol`: lower case goes on).
 */
const LINE_END_AFTER = /^[ \t]*\n[ \t]*[A-ZÀ-Ý]/;
const HEADING_LINE_BEFORE = /(?:^|[.:;!?][ \t]*\n|\n[ \t]*\n)[ \t]*[A-ZÀ-Ý][^\n.;:,!?()]{0,60}$/;

/** The article number ending an article's span (`artículo 13` → 13, `article 5(2)` → no: a pinpoint follows it). */
const LAST_NUMBER = /(?:^|\D)(\d{1,3})\s?[°º]?$/;

/**
 * The same capitalised article heading printed twice, only spaces between (`… 14 April 2004 Article 1 Article 1 Ratify
 * the United Nations Convention…`, a legislation site's heading and its anchor run into the enacting line, dev en-508):
 * the act's own heading, not a reference. Built only when a capital `A` follows the article (rare).
 */
function repeatedHeading(text: string, start: number, end: number): boolean {
  if (!/^[ \t\u00a0\n]{1,3}A/.test(text.slice(end, end + 4))) return false;
  const head = /^(Art[ií]culo|Article|ARTICLE|ARTÍCULO)[ \t\u00a0]{1,3}(\d{1,3})$/.exec(text.slice(start, end));
  if (!head) return false;
  // The same head word and number again, then no digit (`Article 1 Article 12` is not the same heading).
  return new RegExp(`^\\s{1,3}${head[1]}[ \\t\\u00a0]{1,3}${head[2]}(?!\\d)`).test(text.slice(end, end + 24));
}

/**
 * An article heading of a quoted treaty text: the text, not a reference. At the start of a line (after a footnote
 * number or Markdown's `###`: `(31) Article 4\nScope of application`, `### Article  5  \n`), with nothing after the
 * number on its line or only a title (`Article 8 Marquage des armes à feu\n`, `ARTÍCULO 6. PENALIZACIÓN DEL BLANQUEO
 * DEL PRODUCTO\n`: a capitalised line with no sentence punctuation, a full stop after the number allowed; a treaty
 * named there was read before, `Article 5 Protocol against…`). Markdown's emphasis around it (`**Artículo 3**\n`, a
 * law transcribing UNTOC, dev es-343) is a heading's too, glued to the word (a bullet's `* Article 6` is a list item).
 */
// An opening quote too: a guide quoting the treaty's text opens its quote on the heading (`The Trafficking in Persons
// Protocol provides:\n"Article 4\nScope of application`, probe p7en-078; session 31).
const HEADING_BEFORE = /(?:^|\n)[ \t(\d).#"“«„]*(?:[*_]{1,3})?$/;
const HEADING_AFTER = /^\.?(?:[*_]{1,3})?(?:[ \t]*|[ \t]+[A-ZÀ-Ý][^\n.;:,()]{0,80})(?:\n|$)/;

/** Whether only a list marker, a footnote number or a heading's marks stand before the article at `start` on its line. */
export const lineStartBefore = (text: string, start: number): boolean =>
  HEADING_BEFORE.test(text.slice(Math.max(0, start - 12), start));

/**
 * Whether the article at `start`..`end`, at the start of its line, is a treaty text's own heading (`HEADING_AFTER`).
 * A treaty's own heading has no pinpoint (`Article 5`, the Swiss `Art. 1 Purpose`): `Art 5(1)(a)(ii) Elements of the
 * offence` under a lecture slide's title (dev en-442) is a commentary's caption.
 */
export const ownArticleHeading = (text: string, start: number, end: number, atLineStart: boolean): boolean =>
  atLineStart &&
  !/\d ?\(|\)$|\d\.\d|,/.test(text.slice(start, end)) &&
  HEADING_AFTER.test(text.slice(end, end + 90)) &&
  !contentsEntry(text, start, end);

/** A possessive right before the article (`su`, `its`, `son`, `sa`). */
const POSSESSIVE_BEFORE = /\b(?:su|its|son|sa)\s{1,3}$/i;

/** How far back a bare article's number is looked for as another text's article. */
const REPEAT_REACH = 3000;

/**
 * True when the text cited the same article number shortly before as a law's, code's or constitution's (`el artículo
 * 13 de la Ley General para Prevenir…`, `del artículo 13 de la ley en la materia`, `article 12 of the Act`): the bare
 * repetition (`el artículo 13 no establece esa exigencia`) refers back to it, not to the treaty named in its sentence
 * (dev es-101, es-102: a Mexican court's review of its trafficking law against the Palermo Protocol). Built per bare
 * article (rare), on a bounded window; one lazy bounded gap, so no backtracking blow-up.
 */
function repeatsAnotherTexts(text: string, start: number, end: number): boolean {
  const n = LAST_NUMBER.exec(text.slice(start, end))?.[1];
  // A possessive points to the treaty just named (`el Protocolo de Palermo define la trata en su artículo 3`, after a
  // law's `artículo 3` that copied it): not a repetition.
  if (!n || POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
  const re = new RegExp(
    `\\b(?:art[íi]culos?|articles?|arts?\\.)\\s{0,3}${n}(?!\\d)[^.;\\n]{0,40}?\\b(?:de\\s+la|del|de\\s+l[ae]|du|of\\s+the|of)\\s+(?:(?:misma|pr[ée]sente|presente|said|same)\\s+)?(?:ley|loi|law|act|code|c[óo]digo|decreto|d[ée]cret|reglamento|constituci[óo]n|constitution)(?![a-zà-ÿ])`,
    'i',
  );
  return re.test(text.slice(Math.max(0, start - REPEAT_REACH), start));
}

const OTHER_NOUNS =
  'Treaty|Tratado|Charte|Charter|Carta|Pacte|Covenant|Pacto|Directive|Directiva|Statute|Statut|Estatuto';
/** Another text's noun (`OTHER_NOUNS`, `Traité` as `french` reads it), its name's words, then `end` ending the slice. */
const otherName = (french: string, end: string): RegExp =>
  new RegExp(`\\b(?:${french}|${OTHER_NOUNS})(?:(?![Cc]onven|[Pp]rotoc)[^.,;:()\\n]){0,60}${end}$`);
/**
 * A bracket opened right after another text's name, its capitalised noun first or last (`Le Traité sur le commerce des
 * armes (art. 11) et le Protocole sur les armes à feu (art. 10 et 11)`, probe p10fr-060; `the Arms Trade Treaty (art.
 * 11)`): the article in it is that text's, not the treaty a noun after it names. Capitals only, and no treaty noun of
 * ours, no clause's punctuation between the noun and the bracket (a lower-case `loi` or `code` in prose names nothing).
 * Or a comma after the name, its acronym in brackets or not (`le Traité sur le commerce des armes (TCA), art. 10`,
 * probe p17fr-009; session 41), `Traité` with its accent only (`Traite des personnes, art. 3`: trafficking).
 */
const OTHER_NAME_BRACKET = otherName('Trait[ée]', '\\(');
const OTHER_NAME_COMMA = otherName('Traité', '(?:\\([A-Z]{2,8}\\))?,[ \\t]{1,3}');

/**
 * True when the article at `start`..`end` is another text's by its shape alone (`atLineStart`: only a list marker or a
 * footnote number before it on its line).
 */
export function anotherTextsArticle(text: string, start: number, end: number, atLineStart: boolean): boolean {
  if (GLUED_TITLE_AFTER.test(text.slice(end, end + 3)) || ibidNotOurs(text, start) || lawNext(text, end)) return true;
  if (atLineStart && contentsEntry(text, start, end)) return false;
  if (
    atLineStart &&
    OWN_ARTICLE_AFTER.test(text.slice(end, end + 4)) &&
    /[\d°ºro]$/.test(text.slice(end - 1, end)) &&
    !PIN_IN_SPAN.test(text.slice(start, end))
  ) {
    return true;
  }
  if (atLineStart && /[\d°ºro]$/.test(text.slice(end - 1, end)) && OWN_ARTICLE_SENTENCE.test(text.slice(end, end + 16)))
    return true;
  // The number in figures or in words (`Article premier`, `Artículo primero`).
  if (atLineStart && /[\da-zà-ÿ]$/.test(text.slice(end - 1, end)) && CAPTION_AFTER.test(text.slice(end, end + 40))) {
    return true;
  }
  const before = text.slice(Math.max(0, start - 16), start);
  if (SYMBOL_BEFORE.test(before) || OTHER_ACRONYM_BEFORE.test(before)) return true;
  if (text.charAt(start - 1) === '(' && OTHER_NAME_BRACKET.test(text.slice(Math.max(0, start - 72), start)))
    return true;
  if (before.endsWith(', ') && OTHER_NAME_COMMA.test(text.slice(Math.max(0, start - 84), start))) return true;
  if (before.endsWith(', ') && lawNumberedBefore(text.slice(Math.max(0, start - 40), start))) return true;
  if (
    LINE_END_AFTER.test(text.slice(end, end + 8)) &&
    HEADING_LINE_BEFORE.test(text.slice(Math.max(0, start - 64), start))
  )
    return true;
  if (repeatsAnotherTexts(text, start, end) || repeatedHeading(text, start, end)) return true;
  // `article 1. 15 November 2000 …` in a law whose next articles are `2. article.`, `3. article.`: its own heading.
  return /^\.\s/.test(text.slice(end, end + 2)) && OWN_ARTICLE_SERIES.test(text.slice(end, end + 600));
}

/**
 * A law's title naming a treaty it ratifies or implements (`Law No. 146/2006, on the ratification and implementation
 * of the Palermo Convention … and Protocols, introduced, in Article 4, …`, dev en-434; `la loi portant ratification de
 * la Convention`, `la Ley que aprueba la Convención`): the law (`OTHER_INSTRUMENT`, or `loi` / `ley` in lower case: the
 * sentence's subject) is named before the treaty and a word of ratifying or implementing stands between them (a law's
 * `No. 146` allowed, no sentence's end), so an article of that sentence naming no treaty is the law's. Not a treaty
 * named first (`Under the Palermo Convention, which Italy ratified by Law No. 146/2006, article 5 requires…`). Nor a
 * State's ratifying in an infinitive or gerund clause (`el Decreto 9-2009 desarrolla los compromisos adquiridos por
 * Guatemala al ratificar la CNUDOT y su Protocolo…`, probe p9es-051; `en ratifiant`, `upon / by / after / when
 * ratifying`): the lookbehind skips that word, a title's `on ratifying` (a translated `Law on Ratifying…`) stays read.
 */
const LAW_RATIFYING = new RegExp(
  `(?:${OTHER_INSTRUMENT.source}|\\b(?:loi|ley)\\b)(?:[^.;]|\\.\\s?(?=\\d)){0,80}?\\b(?<!\\b(?:al|en|upon|by|after|when)\\s)(?:ratif|implement|approv|portant|mettant\\s+en\\s+œuvre|aprueba|aprobaci[óo]n|aprobando)`,
);

/** Whether `before` (an article's sentence up to the treaty noun it would take) is a law's title ratifying that treaty. */
export const lawRatifyingBefore = (before: string): boolean => LAW_RATIFYING.test(before);

/**
 * A national law named just before a bare article in its sentence, by a determiner pointing back to it (`Dans la
 * section 2 de ladite loi, notamment à l’article 3`, dev fr-339: a Senegalese law's article after the text named our
 * Protocols; `de la loi`, `de cette loi`, `du même code`, `de la ley`, `de dicha ley`, `del citado decreto`, `of the
 * Act`, `under the said law`): the article is that law's, not the treaty in focus'. At most 40 characters between, no
 * treaty noun among them (`de la loi et du Protocole, article 3` leaves it to the noun). Only on a bare article's
 * sentence (rare), on its last 100 characters.
 */
const LAW_NAMED_BEFORE =
  /\b(?:(?:de|dans|par|selon)\s+(?:la\s+(?:m[êe]me\s+|pr[ée]sente\s+)?|ladite\s+|cette\s+)loi|(?:du|dudit|ce)\s+(?:m[êe]me\s+|pr[ée]sent\s+)?(?:code|d[ée]cret)|(?:de|en|por|seg[úu]n)\s+(?:la\s+(?:misma\s+|presente\s+|citada\s+)?|dicha\s+|esta\s+|esa\s+)ley|(?:del|dicho|este)\s+(?:mismo\s+|citado\s+|presente\s+)?(?:c[óo]digo|decreto)|(?:of|in|under|by)\s+(?:the\s+said|the\s+same|the|this|that|said)\s+(?:Act|[Ll]aw|[Cc]ode|[Dd]ecree))(?![a-zà-ÿ])([^.;:()]{0,40})$/i;

/**
 * A national law as its sentence's subject, pointed back to, before a bare article (`Ladite loi, en son article 2,
 * définit…`, `Cette loi définit à l’article 2`, `Dicha ley, en su artículo 2`, `The said Act, in its article 2`; session
 * 19): the article is the law's. A strong determiner (`ladite`, `cette`, `dicha`, `this`, `the said`…) alone, or a
 * plain one (`La loi`, `The Act`, `El decreto`) with a possessive right before the article (`en son`, `in its`, `en
 * su`), or a relative pronoun (`The law, whose article 3…`, `La loi, dont l’article 3…`; session 24). Case-sensitive
 * nouns: `This act of trafficking, under article 3` names no law. Group 1: the words between.
 */
const LAW_SUBJECT =
  /^\s*(?:(?:[Ll]adite|[Ll]edit|[Cc]ette|[Cc]e|[Dd]ich[ao]|[Ee]st[ae]|[Tt]he\s+said|[Tt]his|[Ll]a\s+misma|[Ee]l\s+mismo|[Tt]he\s+same)\s+(?:loi|ley|law|Law|Act|Code|code|d[ée]cret|decreto|c[óo]digo|Decree|decree)(?![a-zà-ÿ])([^.;:()]{0,40})|(?:La|Le|The|El)\s+(?:loi|ley|law|Law|Act|Code|code|d[ée]cret|decreto|c[óo]digo|Decree)(?![a-zà-ÿ])([^.;:()]{0,30}(?:\b(?:son|su|its|whose|cuyo)\s+|\bdont\s+l['’]\s?)))$/;

/** Whether `before` (a bare article's sentence up to it) ends with a law named by a determiner pointing back to it. */
export function lawNamedBefore(before: string): boolean {
  const m = LAW_NAMED_BEFORE.exec(before.slice(-100)) ?? LAW_SUBJECT.exec(before.slice(-100));
  // `traité` (a treaty), not `traite` (trafficking: `Cette loi définit la traite à l’article 2` is the law's): the one
  // accent kept where text that lost it reads another word (`plain-letters.ts`).
  return m !== null && !/conven|proto|traité|tratado|treaty/i.test(m[1] ?? m[2] ?? '');
}

/**
 * A cheap gate in front of the citation engine: false when `findCitations(text)` can find nothing in `text`, so the
 * content script need not load the engine (a separate module, `entrypoints/engine`) for pages that cannot hold a
 * citation. It may say true for text without one (that only costs a load); it must never say false for text with one
 * (`tests/unit/citations/might-cite.test.ts` checks it over every text the engine is tested and measured on).
 *
 * Why nothing escapes it: the classifier returns nothing for a text without a number (`HAS_NUMBER`, `classify`), and every candidate
 * it makes starts at a scanner trigger (`scanner.ts`) of one of the kinds that parse: a symbol root and its slash, a
 * decision / resolution / presidential-statement word, an article word, a pinpoint word, or a body name, which
 * parses only when a decision / resolution / statement word or the legal `Res.` follows it (`parse-instrument.ts`).
 * Treaty mentions alone (`the Protocol`) only set the context an article or pinpoint reads. So the gate is: a number
 * (`HAS_NUMBER`), and one of those words' shortest common starts after a word boundary, the scanner's own `\b` with
 * the same flags. The engine reads its text first (`reading-text.ts`: spaces, line ends, invisible characters), so the
 * gate looks again, at the same reading (`gateReading`), at a text it said no to that holds any of those.
 * Kept self-contained (no import of the engine's patterns; only the reading's small `footnote-marks.ts`) so the
 * content script bundles a few hundred bytes, not the engine; the test holds its word lists against the engine's.
 */

import { spaceCells } from './space-cells';
import { tabCells } from './tab-cells';
import { AFTER_MARKER, hideFootnoteMarks, SUPERSCRIPT_DIGIT } from './footnote-marks';
import { needsReading } from './reading-needs';

/**
 * After the scanner's `\b`, case-insensitive like it:
 * - a symbol root (the closed list `SYMBOL_ROOTS`, `parse-symbol.ts`) and its slash, maybe spaced (`A / RES / 70`):
 *   `A/`, `CTOC/`, not `and/or` or `he/she` (no root ends a longer word: the boundary comes first); a one-letter
 *   root whose slash OCR read as a stroke before its series (`AlRESI71/280`, `symbol-ocr.ts`); a UNEP division in
 *   brackets before the slash (`UNEP(DTIE)/`, `ROOT_DIVISION`);
 * - `décision`, `decisión`, `dcision`, mojibake `dÃ©cision` / `d茅cision` (`DECISION_WORD`): `d`, up to two
 *   characters, `cisi`; `résolution`, `resolución`, `rsolution`, `rÃ©solution` (`RESOLUTION_WORD`): `r`, up to two,
 *   `solu` (not `solution` or `dissolution`: no `r` at a word start before `solu`); `UNSCR`, `SCR`, `RCSNU`, `UNSC` + digit;
 * - presidential statements (`PRST_WORD`): `presidential` + space, `déclaration(s)` / `declaración` (`d[ée]clara`),
 *   and `PRST/` without its `S/`;
 * - article words (`ARTICLE_WORD`): `article(s)`, `artículo(s)`, `art.`, `arts.`, `artº`, `Art 9` (`art` + space; not
 *   `part` or `start`: the boundary), and their typing slips (`artculo`, `artícuo`, `aritcle`, `artcile`, `artilce`);
 * - pinpoint words (`PIN_WORD`): `paragra(ph…)`, `para.`, `paras.`, `par.` (not the French `par`: the stop), `párr…`,
 *   `alinéa`, `subparagraph`, `subarticle`, `apartado`, `inciso`, `numeral`, `literal`, `letra` / `lettre`,
 *   `recomm(a|e)ndation`, `recomendación`
 *   (`sous-alinéa`, `sub-paragraph`, `operative paragraph` hold a boundary before their pinpoint word);
 * - the legal head `Res.` / `res` after a body name (`G.A. Res. 61/180`, `GA res 55/25`), `Rés.` before one (`Rés. AG
 *   55/25`);
 * - a resolution word glued to a short word or the UN's acronym before it (`laresolution`, `ONUresolución`, the
 *   scanner's `GLUED_HEAD`);
 * - a Security Council number with its year and no head word (`compliance with 2178 (2014)`, `1820/2008`;
 *   `bare-council.ts`);
 * - a slash number's slash and second number before a connector (`64/180 de la Asamblea General`, `Rappelant2005/69
 *   de la Commission`: the boundary after the first number's digit; `headless-numbers.ts`), and a number sign's
 *   word before a slash number (`sous le n° 66/167`, `under No. 66/167`);
 * - a document label before a symbol that lost its first slash (`UN Doc A55/383`, `doc-label-symbol.ts`);
 * - and, with no boundary before it, a one-letter root glued to a word then a lettered series (`NumberA/RES/55/255`,
 *   the scanner's `GLUED_ROOT`), or an article head word glued to a word (`withArticle 32`, the scanner's
 *   `GLUED_ARTICLE_SOURCE`, which reads only a capitalised one).
 */
export const GATE_TRIGGER =
  /\b(?:(?:ctoc|unodc|fccc|iccd|npt|hr[ic]?|hcr|cac|cedaw|cerd|ccpr|crc|cmw|crpd|cat|ced|unep(?:\([a-z]{2,6}\))?|icef|ece?|jiu|dp|td|st|[ase])\s{0,4}\/|[ase][li|](?:res|dec|prst|hrc|cn)|d\S{0,2}cisi|(?:la|las|les|de|del|des|the|of|sa|ses|su|sus|its|par|by|en|in|onu|un)?r\S{0,2}solu|(?:un)?scr|unsc\s\d|rcsnu|prst\/|presidential\s|d[ée]clara|articles?|ar?t[íi]culo|art[íi]?cul?o|aritc|artci|artil|arts?[.\sº°]|para(?:gra|s?\.)|par\.|p[áa]rr|alin[ée]a|sub(?:para|arti)|apartado|inciso|numeral|literal|let(?:ra|tre)|recom[me]|r[ée]s[.\s]|\d{3,4}(?:[\s?]?\( ?(?:19|20)\d\d|\/(?:19|20)\d\d)|\/ ?\d{1,4},?\s{1,16}(?:of|d[eu])|(?:n[°º]|no\.|num[ée]ro|n[úu]mero|number)\s{0,4}\d{1,4}\/ ?\d|doc\.?(?: (?:onu|un|u\.n\.))?[ \t\u00a0]{1,3}[aes]\d{2,4}\/)|[a-z][ase]\/[a-z]{1,5}[./]|art(?:icles?|[íi]culos?|s?\.)(?<=[a-zà-ÿ]art(?:icles?|[íi]culos?|s?\.))/i;

/**
 * Every citation has a number: a digit, or an article numbered in words (`l’article premier de la Convention`, `el
 * artículo primero`, dev es-319; `article first of the Protocol`, a machine translation's, session 24; `artículo
 * tercero`, `Article Six`: the number words `number-words.ts` and the article parser read, a start of each; the test
 * holds the list against theirs). A text without one needs no engine (the
 * classifier returns at once; the page scan skips such runs and the engine's warm-up). The one definition of that rule,
 * here so the content script has it without the engine. A digit ends the test at once; a text without one is scanned
 * once more for the article word.
 */
export const HAS_NUMBER =
  /\d|\bart(?:icles?|[íi]culos?|s?\.)\s{1,4}(?:premi|primer|first|segund|tercer|cuart|quint|sext|s[ée]pti|octav|noven|d[ée]cim|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|fift|twent|forty|deux|trois|quat|cinq|sept|huit|neuf|dix|onze|douze|treize|quinze|seize|vingt|dos|tres|cuat|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|cator|quince|dieci|veint)/i;

/** `HAS_NUMBER`'s two halves: a digit, and an article numbered in words (its source after `\d|`). */
const DIGIT = /\d/;
const WORD_NUMBERED_ARTICLE = new RegExp(HAS_NUMBER.source.slice('\\d|'.length), 'i');

/**
 * `HAS_NUMBER.test(text)`, faster: a digit first (a string scan for one character class ends at the first digit,
 * where `HAS_NUMBER` tries its article branch at every position before it), then the article word.
 */
export const hasNumber = (text: string): boolean => DIGIT.test(text) || WORD_NUMBERED_ARTICLE.test(text);

/**
 * What makes the engine read a text otherwise than the gate (`reading-text.ts`), where the gate's patterns would not
 * read through it:
 * - an invisible character inside a word (`réso\u00adlution`, `A/\u200bRES`: soft hyphen, zero-width space, joiners,
 *   direction marks, word joiner, byte-order mark), a hyphen U+2010 / U+2011, a typographic space other than a
 *   no-break one (narrow no-break, thin, em…), a tab, vertical tab, form feed or carriage return;
 * - combining accents after a letter (`arti\u0301culo`: the engine reads the letter composed);
 * - a run of two spaces or no-break spaces (`UNSC  2178`, a PDF's justified line);
 * - a hyphen at a line end (`Reso-`⏎`lution`; with a tab or a typographic space before the break, the class finds it);
 * - a superscript digit, a footnote marker the engine drops (`A¹/RES/64/293`; `footnote-marks.ts`). An ASCII marker
 *   the engine drops (`Protocol12,`) hides no trigger: the gate reads it as it is.
 * A no-break space alone is not in it: the gate's `\s` reads it, and French pages hold one every few words; nor an en
 * dash glued after a letter, which the engine reads as a hyphen (`gluedDashes` in `reading-text.ts`; its triggers read
 * a dash and a hyphen alike, as no word character). About a quarter of the gate's own time on a text it says no to;
 * never run on a text it passes.
 */
const READ_AWAY =
  /[\u0300-\u036f\t\v\f\r\u00ad\u00b2\u00b3\u00b9\u1680\u2000-\u2011\u202f\u205f\u2060\u3000\ufeff\u2070\u2074-\u2079]|[ \u00a0]{2}|-[ \u00a0]*\n/;

/** The engine's spaces (`isSpaceLike` in `reading-text.ts`): ASCII, tab, vertical tab, form feed, Unicode spaces. */
const SPACES = '[ \\t\\v\\f\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]';

/** The invisible characters the engine drops (`isInvisible` in `reading-text.ts`). */
const INVISIBLES = '[\\u00ad\\u200b-\\u200f\\u2060\\ufeff]';
const INVISIBLE = new RegExp(INVISIBLES, 'g');

/**
 * A word cut by a line end (`cutWordResumes` in `reading-text.ts`): a hyphen after a letter (invisible characters
 * between them aside), spaces, a line break (CR LF too), spaces, a lowercase letter (kept); a capital or a digit after
 * the break is a real hyphen (`Anti-`⏎`Trafficking`).
 */
const CUT_WORD = new RegExp(`(?<=\\p{L}${INVISIBLES}*)-${SPACES}*\\r?\\n${SPACES}*(?=\\p{Ll})`, 'gu');

/** A letter followed by combining accents (U+0300–U+036F), which the engine reads composed. */
const LETTER_ACCENTS = /\p{L}[\u0300-\u036f]+/gu;

/** A run of the engine's spaces, read as one space. */
const SPACE_RUN = new RegExp(`${SPACES}+`, 'g');

/**
 * A run of superscript digits before white space, a stop, a closing bracket or quote, or the end, which the engine
 * drops (`AFTER_MARKER` in `footnote-marks.ts`).
 */
const SUPERSCRIPT_MARKER = new RegExp(`${SUPERSCRIPT_DIGIT}+(?=${AFTER_MARKER.source}|$)`, 'g');

/**
 * The text as the engine reads it (`readingText` in `reading-text.ts`, without its map back), for the gate's second
 * look at a text it said no to; the test holds the two readings equal.
 */
export function gateReading(text: string): string {
  // A tab-separated or space-aligned table's rows as bar-separated ones (`tab-cells.ts`, `space-cells.ts`), then
  // footnote markers glued to a word, as the engine reads them (`footnote-marks.ts`).
  const hidden = hideFootnoteMarks(tabCells(spaceCells(text)));
  const read = hidden
    // A letter and its combining accents, composed (NFC), before anything else goes from between them.
    .replace(LETTER_ACCENTS, (cluster) => cluster.normalize('NFC'))
    .replace(CUT_WORD, '')
    // A carriage return, alone or before a line feed, is one line break (before the invisibles go: `\r\u200b\n`
    // is two breaks, as the engine reads it).
    .replace(/\r\n?/g, '\n')
    // Superscript digits before the invisibles go: one before a zero-width space stays, as the engine reads it.
    .replace(SUPERSCRIPT_MARKER, '')
    .replace(INVISIBLE, '')
    .replace(SPACE_RUN, ' ')
    // A hyphen U+2010 or a non-breaking hyphen U+2011 is a hyphen.
    .replace(/[\u2010\u2011]/g, '-');
  // A space before a comma goes in a text the engine reads (`article  32 ,  paragraph  5`: `needsReading`).
  return needsReading(hidden) ? read.replace(/ ,/g, ',') : read;
}

/** The gate on a text as it is: a number and a trigger. */
const passes = (text: string): boolean => hasNumber(text) && GATE_TRIGGER.test(text);

/**
 * Whether the citation engine might find a citation in `text` (false: it finds none). A text the gate says no to is
 * looked at again as the engine reads it when it holds something the engine reads away (`READ_AWAY`): a soft hyphen
 * or a zero-width space inside a trigger word (`réso\u00adlution 64/293`) hides it from the gate's patterns, not from
 * the engine. Most texts hold none, and a text the gate passes is never read twice (on the tuning passages and lines
 * with a digit that it refuses, 1.6 → 2.7 ms for 170 KB, 6 % of them read again).
 */
export function mightCite(text: string): boolean {
  return passes(text) || (READ_AWAY.test(text) && passes(gateReading(text)));
}

/**
 * A start of an article word, with up to two characters the engine reads away inside it (`ar\u00adticle`): where a
 * text without a digit may still hold an article numbered in words. A cheap first test before the text is read as the
 * engine reads it; `\S` because a soft hyphen or a zero-width space is no white space.
 */
const ARTICLE_START = /\bar\S{0,2}t/i;

/**
 * Whether a run of text nodes (`pieces`, in order) has a number as the engine reads the run's whole text (`hasNumber`):
 * a digit in any piece, or an article numbered in words across pieces or read-away characters (`l’article
 * <em>premier</em>`, `l’ar&shy;ticle premier`), which a test piece by piece misses. The page scan's first test.
 */
export function piecesHaveNumber(pieces: readonly string[]): boolean {
  if (pieces.some((piece) => DIGIT.test(piece))) return true;
  const text = pieces.length === 1 ? (pieces[0] ?? '') : pieces.join('');
  return ARTICLE_START.test(text) && WORD_NUMBERED_ARTICLE.test(gateReading(text));
}

/**
 * Soft wraps: a line break where a space was. Text copied from a PDF or a plain-text UN document breaks its lines at
 * a width, not at a meaning (`Reaffirming its resolution 55/25 of 15`⏎`November 2000`, `article 3 c) del`⏎`Protocolo`,
 * `resolución`⏎`62/208`), and the engine reads a line break as the end of a sentence, a heading or a list item. It
 * must keep doing so where the break means that: heading lines tell it a document's author (`Resolution adopted by
 * the General Assembly`⏎, `The Human Rights Council,`⏎), its own heading (`74/176. Title`), a page's title lines and
 * list items. So only a break that is plainly a wrap reads as a space here, one that no heading line or list item
 * ends or starts with:
 * - the next line goes on in lower case (`…in the form of`⏎`movable property`, also after an inline tag:
 *   `<strong>of</strong>`), not with a list item's marker (`a)`, `ii)`, `b.`) nor with a head word after a number
 *   (`paragraph 17`⏎`resolution 1846` is no pinpoint);
 * - the line ends with a word that never ends a heading line: a connector or article (`of`, `the`, `de`, `del`, `du`,
 *   `des`, `y`, `et`, `and`, `to`, `à`, `l’`, `“El`) or a dash, and the next line starts with a letter, a digit or a
 *   quote;
 * - the line ends with an instrument's head word (`resolution`, `résolution`, `resolución`, `article`, `párrafo`,
 *   `No.`; capitalised only after a lower-case word: `aprobó la Resolución`), and the next line starts with a digit;
 * - the line ends with a name's first word and the next starts with its second (`Naciones`⏎`Unidas`, `ORGANIZED`⏎
 *   `CRIME`, `the United Nations`⏎`Trafficking…`), or a symbol is cut after a slash or a series' full stop
 *   (`Add.`⏎`1/Rev.6`), or a document label before its symbol (`UN Doc`⏎`A55/383`), or a day before its month and
 *   year (`of 15`⏎`November 2000`);
 * - the next line is a symbol or an article in brackets (`…avril 2009`⏎`(CTOC/COP/WG.4/2009/2)`, `…group”`⏎`(Art. 2)`);
 * - a quote opened on the line is still open, with a word after it and no sentence's end (`“El Agua,`⏎`Fuente de
 *   Vida”`).
 * Never across a blank line (a blank line ends a reference), never before a list item in brackets (`(b)`), never after
 * a hyphen (a word cut at the line end is
 * `reading-text.ts`'s) or a tag (`<br />`). Each break read so becomes one space in place (a `\r\n` two), so the
 * reading keeps every offset: no map is needed for it.
 */

import { MONTHS_EN } from '../text/months';
import { withPlain } from './plain-letters';

/**
 * Words that never end a heading line: connectors, articles, prepositions (in lower case, as prose writes them), and
 * articles capitalised (`The`, `El`: a quoted title's first word); with or without accents (`segun`, `plain-letters.ts`).
 */
const CONNECTORS = new Set(
  withPlain(
    (
      'a an the of to in on at by for from with within under into upon against between and or nor as its their this ' +
      'that these those which whose whereby ' +
      "de del la las el los le les l d l’ l' d’ d' du des au aux à en y e o u et ou que qui dont dans sur par pour " +
      "The El La Los Las Le Les L’ L' " +
      'avec sans entre contre sous con por para sobre sin contra desde hasta ante según su sus sa son ses leur leurs'
    ).split(' '),
  ),
);

/** Instrument head words as prose writes them before a number that went to the next line, accents or none (`parrafo`). */
const HEAD_WORDS = new Set(
  withPlain(
    (
      'resolution resolutions résolution résolutions resolución resoluciones decision decisions décision décisions ' +
      'decisión decisiones article articles artículo artículos paragraph paragraphs paragraphe paragraphes párrafo ' +
      'párrafos section sections no. nos. n° nº núm. art. arts. para. paras. párr.'
    ).split(' '),
  ),
);

/**
 * The first words of names the engine reads (a body's, a treaty's), which no heading line ends with, each with the word
 * that goes on on the next line (`Naciones`⏎`Unidas`, `Commission on Narcotic`⏎`Drugs`, `against Transnational`⏎
 * `Organized Crime`). Not a name's last word nor one standing alone in a document's heading (`United Nations`⏎`General
 * Assembly`, `Human Rights Council`⏎`Resolution 8/12` stay two lines).
 */
const NAME_GOES_ON = new Map([
  ['United', 'Nations'],
  ['Naciones', 'Unidas'],
  ['Nations', 'Unies'],
  ['Verenigde', 'Naties'],
  ['Security', 'Council'],
  ['Human', 'Rights'],
  ['Derechos', 'Humanos'],
  ['Asamblea', 'General'],
  ['Narcotic', 'Drugs'],
  ['Transnational', 'Organized'],
  ['Organized', 'Crime'],
  ['Punish', 'Trafficking'],
  ['Especially', 'Women'],
  ['Illicit', 'Manufacturing'],
]);

/** An inline tag starting the next line before its words (`<strong>of</strong> the convention`). */
const INLINE_TAG = /<(?:strong|em|b|i|u|span)>/y;

/** A lower-case resolution or decision word starting the next line. */
const HEAD_AFTER = /(?:r[ée]solu(?:tion|ci[óo]n)|d[ée]cisi(?:on|ón))/y;

/** A list item's marker in brackets: a letter, a roman number or a number (`(b)`, `(iv)`, `(12)`). */
const PAREN_ITEM = /\((?:[a-z]|[ivxlc]{1,6}|\d{1,3})\)/y;

/** A symbol or an article in brackets (`(A/55/383`, `(CTOC/COP/`, `(Art. 2)`, `(article 5`). */
const PAREN_SYMBOL = /\((?:[A-Z]{1,8}\/|(?:[Aa]rts?\.|[Aa]rt[ií]cul[oe]s?)\s?\d)/y;

/** A month's name after a day number, then a year (`15`⏎`November 2000`). */
const MONTH_YEAR = new RegExp(`(?:${MONTHS_EN.join('|')}) \\d{4}\\b`, 'y');

/** A document label before a symbol (`UN Doc`⏎`A55/383`). */
const DOC_WORDS = new Set(['Doc', 'Doc.', 'doc.', 'document', 'documento']);

/** An opening quote left open on the line before (`“El`⏎`Agua, Fuente de Vida”`), within this many characters. */
const QUOTE_SPAN = 160;

/** A lower-case letter starting the next line. */
const LOWER = /\p{Ll}/u;

/** A list item's marker: a letter or a roman number, then `)` or `.` (`a)`, `ii)`, `b.`, `iii).`). */
const LIST_MARKER = /(?:[a-z]|[ivxlc]{1,6})[).]/y;

/** What may start a line after a connector: a letter, a digit or an opening quote. */
const AFTER_CONNECTOR = /[\p{L}\d«“"‘']/u;

/** Opening quotes and brackets before a word. */
const OPENING = /^[«“"‘'(]+/;

/** A space on a line: ASCII, tab, no-break or narrow no-break (the reading turns each into one space). */
const isBlank = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f;

/** White space before a word: a space on a line or a line end. */
const isWhite = (code: number): boolean => isBlank(code) || code === 0x0a || code === 0x0d;

/** A lower-case letter at `i`: ASCII first (most), then any script. */
function isLower(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x61 && code <= 0x7a) return true;
  return code > 0x7f && LOWER.test(text[i]!);
}

/** Whether the text `joinSoftWraps` reads has a bar at all (set once per text: most have none). */
let textHasBar = false;

/**
 * Whether the lines on both sides of the line break at `at` have a cell bar (`|`): a table's rows. Each looked at up
 * to 300 characters from the break only.
 */
function barsAround(text: string, at: number, next: number): boolean {
  if (!textHasBar) return false;
  const before = text.slice(Math.max(0, at - 300), at);
  if (!before.slice(before.lastIndexOf('\n') + 1).includes('|')) return false;
  const after = text.slice(next, next + 300);
  const nl = after.indexOf('\n');
  return (nl < 0 ? after : after.slice(0, nl)).includes('|');
}

/** True when the line break at `at` is a soft wrap (see the top of this file). */
function isSoftWrap(text: string, at: number): boolean {
  // The end of the line before (past a carriage return and trailing spaces) and the start of the next.
  let end = at;
  if (text.charCodeAt(end - 1) === 0x0d) end--;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  let next = at + 1;
  while (next < text.length && isBlank(text.charCodeAt(next))) next++;
  if (next >= text.length) return false;
  const last = text[end - 1]!;
  const first = text[next]!;
  if (last === '\n' || last === '\r' || last === '-' || last === '>' || first === '\n' || first === '\r') return false;
  // A list item in brackets starts its line (`…women and children; Article 2`⏎`(b) To protect…`).
  PAREN_ITEM.lastIndex = next;
  if (PAREN_ITEM.test(text)) return false;
  INLINE_TAG.lastIndex = next;
  if (INLINE_TAG.test(text)) next = INLINE_TAG.lastIndex;
  if (isLower(text, next)) {
    LIST_MARKER.lastIndex = next;
    if (LIST_MARKER.test(text)) return false;
    // A table's row under a row or its header, each with a cell bar (`CNUCTO | Code pénal`⏎`art. 6 (blanchiment) |
    // art. 324-1`, a concordance table; `table-column.ts` reads its columns): its own line.
    if (barsAround(text, at, next)) return false;
    // Nor a number's line before a head word (`paragraph 17`⏎`resolution 1846`: no pinpoint across the line).
    HEAD_AFTER.lastIndex = next;
    return !(isDigit(last) && HEAD_AFTER.test(text));
  }
  // A symbol in brackets goes on a sentence (`la réunion … avril 2009`⏎`(CTOC/COP/WG.4/2009/2)`): never an item.
  PAREN_SYMBOL.lastIndex = next;
  if (PAREN_SYMBOL.test(text)) return /[\p{L}\d”»"]/u.test(last);
  // Inside quotation marks: a title does not end its line before its closing quote.
  if (quoteOpen(text, end)) return true;
  // The last word of the line before: from the last white space on.
  let start = end;
  while (start > 0 && end - start < 40 && !isWhite(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end);
  // A connector, also after an opening quote or bracket (`“El`⏎`Agua, Fuente de Vida”`).
  if (CONNECTORS.has(word.replace(OPENING, ''))) return AFTER_CONNECTOR.test(first);
  // A head word before its number; capitalised only after a lower-case word (`aprobó la Resolución`⏎`1325`), as
  // `Security Council Resolution`⏎`1265` may be a title line.
  if (HEAD_WORDS.has(word.toLowerCase())) return isDigit(first) && (LOWER.test(word[0]!) || lowerBefore(text, start));
  // A symbol cut after a slash or a series' full stop, before its next component (`A/AC.254/4/Add.`⏎`1/Rev.6`,
  // `TD/OLIVE`⏎`OIL.10/L.1`); not before a numbered paragraph (`A/55/383.`⏎`2. The Committee`).
  if (word.includes('/')) return symbolGoesOn(word, text, next);
  // A document label before its symbol (`UN Doc`⏎`A55/383`), a day before its month and year (`of 15`⏎`November 2000`).
  if (DOC_WORDS.has(word)) return /^[A-Z][A-Z\d.]{0,8}\//.test(text.slice(next, next + 10));
  if (/^(?:[1-9]|[12]\d|3[01])$/.test(word)) {
    MONTH_YEAR.lastIndex = next;
    return MONTH_YEAR.test(text);
  }
  // A dash in a sentence (`Criminalization –`⏎`Article 5`); not a table's empty cell ending its row, a row with a bar
  // under it (`Jurisdiction | Art. 15 | —`⏎`Mutual legal assistance | Art. 18 | —`, probe p2en-011; session 24).
  if (word === '–' || word === '—') return AFTER_CONNECTOR.test(first) && !barsAround(text, at, next);
  // `the United Nations`⏎ before the name it goes on with (`Trafficking in Persons Protocol`).
  if (word === 'Nations' && /\b[Tt]he United $/.test(text.slice(Math.max(0, start - 11), start)))
    return /\p{Lu}/u.test(first);
  // A name's first word before the next (`Naciones`⏎`Unidas`), or in capitals (`ORGANIZED`⏎`CRIME`).
  const upper = word.length > 1 && word === word.toUpperCase();
  const goesOn = NAME_GOES_ON.get(upper ? word[0] + word.slice(1).toLowerCase() : word);
  if (goesOn === undefined) return false;
  const nextWord = upper ? goesOn.toUpperCase() : goesOn;
  return text.startsWith(nextWord, next) && !/\p{L}/u.test(text[next + nextWord.length] ?? '');
}

/** A symbol's component after the line break: digits or capitals up to a slash or a full stop (`1/Rev`, `OIL.10`). */
const COMPONENT = /(?:\d{1,5}|[A-Z]{1,8})[/.](?!\s)/y;

/** `word` (with a slash) ends a symbol cut by the line and the next line starts with its next component. */
function symbolGoesOn(word: string, text: string, next: number): boolean {
  COMPONENT.lastIndex = next;
  if (!COMPONENT.test(text)) return false;
  return /(?:\/|[A-Za-z]\.|\/[A-Z]{2,8})$/.test(word);
}

/**
 * An opening quote (`“`, `«`) after the last closing one (`”`, `»`) on the line ending at `end`, with a word after it
 * and no sentence's end before the break: a title cut by the line. Not a quotation opened at the line's end
 * (`à l'article 15 (2) «`⏎`Conformément à…`: the quoted text starts its own line) nor one whose sentence ended.
 */
function quoteOpen(text: string, end: number): boolean {
  if (/[.:;«“]/.test(text[end - 1]!)) return false;
  for (let i = end - 1; i >= 0 && i >= end - QUOTE_SPAN; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) return true;
    if (c === 0x201d || c === 0xbb || c === 0x0a) return false;
  }
  return false;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** A lower-case word right before `start` on its line (`la` in `aprobó la Resolución`). */
function lowerBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i > 0 && isBlank(text.charCodeAt(i))) i--;
  if (i === start - 1) return false;
  let w = i;
  while (w > 0 && /\p{L}/u.test(text[w - 1]!)) w--;
  return w <= i && LOWER.test(text[w]!);
}

/**
 * `text` with each soft wrap read as a space, character for character (the same string when it has none). Cheap: a
 * look at each line break's two sides.
 */
export function joinSoftWraps(text: string): string {
  let at = text.indexOf('\n');
  if (at < 0) return text;
  textHasBar = text.includes('|');
  let out = '';
  let from = 0;
  for (; at >= 0; at = text.indexOf('\n', at + 1)) {
    if (!isSoftWrap(text, at)) continue;
    const crlf = text.charCodeAt(at - 1) === 0x0d;
    out += text.slice(from, crlf ? at - 1 : at) + (crlf ? '  ' : ' ');
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

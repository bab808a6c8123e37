/**
 * Pinpoints written after an article number (`article 6(3)(d)`, `article 6, paragraph 3 (d)`, `art. 5, párr. 1, inc.
 * a)`, `Art 6 numeral 3`, `Art. 2 (a), (c)`), as legal drafting in the three languages divides an article: English
 * paragraph / subparagraph / clause; French paragraphe / alinéa / sous-alinéa; Spanish párrafo,
 * apartado or numeral (a number) / apartado, inciso, literal or letra (a letter) / inciso (a roman). Split from
 * `parse-treaty.ts`, which reads the article and its treaty.
 */

import { EN as ORDINALS_EN, ES as ORDINALS_ES, FR as ORDINALS_FR, ordinalValue } from './ordinal-pins';
import { CLAUSE_END, GAP, type Marker, parseMarker, TREATY_AHEAD } from './pin-marker';
import { listParagraphs } from './post-pinpoint';
import { alineaNumber, letterAfter, POST_LETTER_GATE, POST_LETTER_RE, readLowerPins } from './lower-pins';
import { alt, execAt, LIST_SEPARATOR, MAX_LIST, OWS, ROMAN_MARKER, sticky, WS } from './patterns';
import type { Pinpoint } from './types';
import { postLetterMayStart, wordGate } from './next-word';

/** An article being read, with its span and pinpoint (one per member of a list). */
export interface ArticleItem {
  article: number;
  start: number;
  end: number;
  pin?: Pinpoint;
}

/**
 * Compact pinpoint glued to the number: `6(3)(d)`, `6 (3) (d) (ii)`, `3 (a)`, and the Spanish / French letter with
 * only a closing bracket after a space (`artículo 3 b)`, `article 3 a)`; not `3 ab)`, not `3 b)c`). Groups: paragraph
 * in brackets, paragraph with a closing bracket, letter in brackets, letter with a closing bracket, bare letter, roman
 * in brackets, roman with a closing bracket. Bounded and anchored, so `article 3 (a)` costs a few steps.
 */
// A letter in square brackets reads as in round ones (`article 3[c] du Protocole`). `GAP` (`pin-marker.ts`): one white
// space or a PDF extraction's run of two or three spaces (`Article  6  (3)  of  the  Protocol`, dev en-466).
// A bare letter after one white space (group 5: `c[5]`) only before a connector to a treaty noun or at its clause's end
// (`article 3 a of the Protocol`, `in article 3 a.`; `TREATY_AHEAD`, `CLAUSE_END` in `pin-marker.ts`), so the word
// `a` (`under article 3 a State`, `l’article 3 a pour objet`, `artículo 3 a la`) is not read; session 19 (tuner-pins).
// A roman with its closing bracket only after such a letter (`article 3 a) ii)`, group 7), as the French and Spanish
// write it, and a paragraph so before such a letter (`artículo 6 1) b) ii)`, group 2): a lone `1)` elsewhere is a
// list item's number, not read. A letter with its closing bracket, or bare, starting the next line (`a) art. 18\nb)
// art. 20`, a quiz's options, probe p9fr-040) is that line's item marker, never the article's: no line break before.
// A footnote's number glued after that bracket (`à son article 2 a)16 comme`, probe p6fres-032) is extraction's: one
// or two digits may follow it, as after a bracketed letter. A letter glued after a bracketed paragraph (`art. 6(1)a)`,
// Canadian French, probe p14fr-026; session 38) needs no space: only right after `digit)`.
const COMPACT_RE = sticky(
  `(?:${GAP}?\\((\\d{1,2})\\)|${GAP}(\\d{1,2})\\)(?=${GAP}[a-h]\\)))?(?:${GAP}?[([]([a-z])[)\\]]|(?:(?![\\n\\r])${GAP}|(?<=\\d\\)))([a-z])\\)(?![a-zà-ÿ]|\\d{3})|(?![\\n\\r])\\s([a-h])(?=${TREATY_AHEAD}|${CLAUSE_END}))?(?:${GAP}?\\(([ivx]{1,5})\\)|(?<=[a-h]\\))${GAP}([ivx]{1,5})\\)(?![a-zà-ÿ0-9]))?`,
);

/**
 * "en su" / "en son" before a pinpoint word after the article (`El Articulo 5 en su numeral 1`, `l'article 5 en son
 * paragraphe 1`): the article's own paragraph, as Spanish and French prose cite it.
 */
const ITS = `,?${WS}en${WS}so?[nu]`;

/**
 * A paragraph pinpoint after the article: `, paragraph 3 (d)`, `, paragraphe 3 d)`, `, párrafo 3 d)`, `, § 3`, Swiss
 * `al. 3` (with `let. a` for its letter: `l'art. 6, al. 3, let. a`), Latin
 * American `numeral 3` (`El Art 6 numeral 3`), Spain's `apartado 1` (a letter after `apartado` is read too), or a
 * list of them (`, paragraphs 3 (d) and 4, of the Convention`); the abbreviations `núm.` (numeral) and `ap.` (apartado)
 * too (session 19: `artículo 6, num. 2` had lost its pinpoint); Chile's `N° 1` (`en su artículo 6 N° 1 letra a)`, a
 * bill's message: the degree sign required, so `No. 1` stays unread) and the German `Abs. 3` (`Art. 6 Abs. 3 of the
 * Palermo Protocol`, a German ruling in English; session 23); the Swiss Federal Tribunal's `ch.` (chiffre: `l’art. 6 ch.
 * 1 let. a du Protocole`, p2fr-039; session 24; a number must follow, as for every word here); Peru's `inc.` before a
 * number (`art. 6 inc. 3`, probe set 5; before a letter, `POST_LETTER_RE`'s); a translation's `item` before a number
 * (`article 6 item 2 of the Protocol`, from Russian `пункт`, probe p12en-098; session 35; `item 2 of article 6` was
 * already read). Groups 1, 2: a plural's ending, `paras.`.
 */
// The section sign may be glued to the article's number (`l'art.9§5 du Protocole TIP`, an NGO slide, probe
// p8fres-060): only it, a word is never glued so (`art. 9para`).
// A space before the comma, as a PDF's extraction sets commas apart (`article 25 , paragraphe 2 , de la Convention`, probe
// p18fr-051; session 42), here and in the connector after (`TREATY_CONNECTOR_RE`).
const POST_PARAGRAPH_RE = sticky(
  `(?:(?: ?,)?${WS}|${ITS}${WS}|(?=§))(?:${alt('paragraphe', 'paragraph', 'p[áa]rrafo', 'numeral', 'apartado')}(e?s)?|(paras\\.)|${alt('p[áa]rr\\.', 'para\\.?', 'par\\.', 'al\\.', 'ch\\.', '§', 'n[úu]m\\.', 'ap\\.', 'apdo\\.', 'abs\\.', 'n\\.?[°º]', 'inc\\.(?=\\s?\\d)', 'inciso(?=\\s\\d)', 'items?(?=\\s\\d)')})${OWS}`,
);

// Its words' first letters (`next-word.ts`: `paragraph`, `numeral`, `apartado`, `ch.`, `inciso`, `en su`…).
const POST_PARAGRAPH_GATE = wordGate('pnacie', POST_PARAGRAPH_RE);

/**
 * An ordinal paragraph in words after the article, one ordinal table for the three languages (`ordinal-pins.ts`):
 * `article 34, first paragraph` (34(1)), as theses write Scandinavian and continental pinpoints; the French legal
 * style's `article 6, premier alinéa` / `deuxième paragraphe`, the Spanish `artículo 6, primer párrafo` / `párrafo
 * segundo` (session 19, tuner-pins). The comma and a whole pinpoint word must follow the ordinal (or, Spanish, precede
 * it), so `the first paragraph` in prose after a bare number is not read. Groups 1 / 2: the ordinal.
 */
// A translation's digits and `the` (`Article 16 the 4th paragraph`, probe p16en-092; session 40): group 3.
const POST_ORDINAL_RE = sticky(
  `,${WS}(?:(${[...ORDINALS_EN.slice(0, 6), ...ORDINALS_FR, ...ORDINALS_ES].join('|')})${WS}(?:paragraphe|paragraph|alin[ée]a|p[áa]rrafo)|p[áa]rrafo${WS}(${ORDINALS_ES.join('|')}))(?![a-zà-ÿ])|,?${WS}the${WS}(\\d{1,2})(?:st|nd|rd|th)${WS}paragraph(?![a-zà-ÿ])`,
);

/**
 * A list separator and the next marker (`Art. 2 (a), (c)`, `artículo 3 b) y c)`, `(i) and (ii)`, `6(1) and (2)`): a
 * letter, a roman or a number, closed by a bracket; `listLevel` checks it is of the list's level. Groups: the opening
 * bracket, the marker.
 */
const LEVEL_NEXT_RE = sticky(`${LIST_SEPARATOR}(\\()?(\\d{1,2}|[a-z]{1,5})\\)`);

/**
 * A bracketed number glued to a bracketed paragraph (`article 16(2)(3)(16)(17)`, dev en-310): the level under a
 * paragraph is a letter, so a number there is the next paragraph of a list written without separators. Groups as
 * `LEVEL_NEXT_RE`'s.
 */
const GLUED_PARAGRAPH_RE = sticky(`(\\()(\\d{1,2})\\)`);

/** A roman right after a listed letter (`or (b) (i)`, `ou b) i)`): groups as `ROMAN_MARKER`'s. */
const ROMAN_AFTER_RE = sticky(`${GAP}?${ROMAN_MARKER}`);

/**
 * A pinpoint marker the grammar did not read, right after what it read (`Article 3.a)`, a numbered heading's form;
 * `Article 3-(a)`, `Article 3 – (a)`, `Article 6(3a)`, `Article 6, paragraph 3, point (a)`, `, clause (a)`, a letter
 * range's `(a)-(f)` or `a) à d)`, a paragraph range `paragraphs 1 to 3`, `párrafos 1 a 3`, `6(1)-3`): a bare article is not cited without it (a wrong key; precision first, as
 * `UNREAD_PIN_RE` for a pinpoint word). A bracketed year or word of more than four letters is no marker (`article 3
 * (2000)`, `article 3 (see below)`), and a marker on the next line starts that line's item (`… children; Article 2
 * (b) To protect…`, dev en-134). Session 19 (tuner-pins).
 */
// Or a section letter and number between commas (`l’article 1er, A, 2 de la convention de Genève`, p2fr-023; s. 24).
const UNREAD_MARKER_RE = sticky(
  `,[ \\t]?[A-F],[ \\t]?\\d|(?:,|[ \\t]?[-–]|\\.)?[ \\t]{0,3}(?:(?:point|clause|item|punto|sub|to|à|a|al|au|through)[ \\t]{1,3})?(?:\\((?:[a-z]{1,4}|\\d{1,2}[a-z]?)\\)|[a-z]\\))|,?[ \\t]{1,3}(?:to|à|a|al|au|through)[ \\t]{1,3}\\d|[ \\t]?[-–][ \\t]?\\d`,
);

/**
 * Capitals in brackets that are no roman (`UNTOC art. 18 (MLA)`, a reading list's gloss, probe p18en-042; session 42):
 * an acronym, not a pinpoint's marker (`(a)`, `(ii)`, `(IV)`).
 */
const ACRONYM_IN_BRACKETS = /\((?![IVX]+\))[A-Z]{2,4}\)$/;

/**
 * Whether an unread marker (`UNREAD_MARKER_RE`) stands at `p`. A lone-bracket letter before a capitalised word starts
 * the next numbered item (`…, article 3.a) Le texte`, batch-11's heading: the article is read alone), so it is none.
 */
export function unreadMarker(text: string, p: number): boolean {
  const m = execAt(UNREAD_MARKER_RE, text, p);
  return (
    m !== null &&
    !ACRONYM_IN_BRACKETS.test(m[0]) &&
    !(
      m[0].endsWith(')') &&
      !m[0].includes('(') &&
      /^[ \t]+[A-ZÀ-Ý]/.test(text.slice(p + m[0].length, p + m[0].length + 3))
    )
  );
}

/** The depth of a pinpoint's deepest stated level (paragraph 1, letter 2, roman 3), 0 for none. */
const depthOf = (pin: Pinpoint): number =>
  pin.clause !== undefined ? 3 : pin.subparagraph !== undefined ? 2 : pin.paragraph !== undefined ? 1 : 0;

/**
 * A compact pinpoint at `p` (see `COMPACT_RE`) below the levels `into` already states (`6.3(d)`: a letter after the
 * decimal paragraph; `3a(i)`), merged into `into`; or null (none, or one that restates a level: `6.3(4)`).
 * `closesLetter`: it ends on a letter's lone `)` (`3 b)`).
 */
export function readCompact(
  text: string,
  p: number,
  into: Pinpoint,
): { pin: Pinpoint; end: number; closesLetter: boolean } | null {
  const c = execAt(COMPACT_RE, text, p);
  if (!c || c[0].length === 0) return null;
  // A letter on the next line before a capitalised word starts that line's list item (a table row's `… children;
  // Article 2\n(b) To protect…`), not the article's letter (`article 3\n(a) du Protocole` is).
  if (c[0].startsWith('\n') && /^ [A-ZÀ-Ý]/.test(text.slice(p + c[0].length, p + c[0].length + 2))) return null;
  const pin = {
    paragraph: (c[1] ?? c[2]) === undefined ? undefined : Number(c[1] ?? c[2]),
    subparagraph: (c[3] ?? c[4] ?? c[5])?.toLowerCase(),
    clause: (c[6] ?? c[7])?.toLowerCase(),
  };
  const top = pin.paragraph !== undefined ? 1 : pin.subparagraph !== undefined ? 2 : 3;
  if (top <= depthOf(into)) return null;
  if (pin.paragraph !== undefined) into.paragraph = pin.paragraph;
  if (pin.subparagraph !== undefined) into.subparagraph = pin.subparagraph;
  into.clause = pin.clause;
  return {
    pin: into,
    end: p + c[0].length,
    closesLetter: (c[4] !== undefined && c[6] === undefined) || c[7] !== undefined,
  };
}

/**
 * `re` at `pos` (an article word) only when a full stop follows the first run of digits after it: the decimal,
 * letter-dot and glued-date forms of `parse-treaty.ts` all need one there, and most articles have none (a regex call
 * costs more than this walk over a dozen characters).
 */
export function execDotted(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  let i = pos;
  const end = Math.min(text.length, pos + 24);
  while (i < end && !isDigit(text.charCodeAt(i))) i++;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return text.charAt(i) === '.' ? execAt(re, text, pos) : null;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The pinpoint written with words after the article at `p` (an ordinal paragraph, a paragraph with its lower levels
 * and a list of paragraphs, which adds to `items`, or a letter), or null.
 */
export function readPostWords(text: string, p: number, items: ArticleItem[]): { pin: Pinpoint; end: number } | null {
  // The ordinal's comma first: a regex call costs more than the test, and most articles have none after them.
  const o = text.charAt(p) === ',' || text.startsWith(' the ', p) ? execAt(POST_ORDINAL_RE, text, p) : null;
  if (o) return { pin: { paragraph: Number(o[3] ?? ordinalValue(o[1] ?? o[2] ?? '') ?? 0) }, end: p + o[0].length };
  const w = POST_PARAGRAPH_GATE(text, p) ? execAt(POST_PARAGRAPH_RE, text, p) : null;
  const l = w || !POST_LETTER_GATE(text, p) || !postLetterMayStart(text, p) ? null : execAt(POST_LETTER_RE, text, p);
  // "Article 3, paragraph (a) of the Protocol": the word paragraph before a letter is a subparagraph.
  const marker = w
    ? (parseMarker(text, p + w[0].length, 'number') ??
      parseMarker(text, p + w[0].length, 'letter') ??
      sectionLetter(text, p + w[0].length, w[0]))
    : l
      ? (letterAfter(text, p, l) ?? alineaNumber(text, p, l))
      : null;
  if (!marker) return null;
  const pin = { paragraph: marker.paragraph, subparagraph: marker.subparagraph, clause: marker.clause };
  const letter =
    w && pin.subparagraph === undefined && w[0].trimEnd().endsWith('§') ? bareLetters(text, marker.end) : null;
  if (letter) [pin.subparagraph, pin.clause] = [letter[1], letter[2]];
  let end = letter ? marker.end + letter[0].length : readLowerPins(text, marker.end, pin);
  if (w) end = listParagraphs(text, end, items, pin, !w[1] && !w[2]);
  return { pin, end };
}

/**
 * A bare letter after a paragraph the section sign led, maybe with a bare roman after it (`art. 5 § 1 a` ending a
 * slide's line, `(art. 6 § 1 b ii)`; French course notes and memos, probe set 18; session 42): the paragraph's
 * subparagraph and clause. One white space before each, and only at the line's or clause's end or before a connector
 * to a treaty noun, so the verb `a` (`l'art. 5 § 1 a été modifié`) is no letter. Groups: the letter, the roman.
 */
const SECTION_BARE_LETTERS_RE = sticky(
  `[ \\t]([a-h])(?:[ \\t]([ivx]{1,4}))?(?=[ \\t]*(?:\\n|$)|${CLAUSE_END}|${TREATY_AHEAD})`,
);

/** `SECTION_BARE_LETTERS_RE` at `at`, its letter lower case (`readPostWords`). */
function bareLetters(text: string, at: number): RegExpExecArray | null {
  const m = execAt(SECTION_BARE_LETTERS_RE, text, at);
  return m && /^[a-h]$/.test(m[1] ?? '') && /^[ivx]*$/.test(m[2] ?? '') ? m : null;
}

/**
 * A bare letter after the section sign (`art. 3 § a ;`, French course notes, probe p13fr-040; session 37) or after
 * `al.` (alinéa: `Protocole TP, art. 3, al. a ;`, a footnote, probe p16fr-015; session 40): the article's
 * subparagraph, as `§ 1` or `al. 1` is its paragraph. One letter a–h, no letter, digit or bracket glued after it.
 */
function sectionLetter(text: string, at: number, word: string): Marker | null {
  const sign = /(?:§|al\.)\s*$/i.test(word);
  const m = sign ? /^([a-h])(?![a-zà-ÿ0-9)])/.exec(text.slice(at, at + 2)) : null;
  return m ? { subparagraph: m[1] ?? '', end: at + 1 } : null;
}

/**
 * More of the same article at its deepest level, listed after its first pinpoint: letters (`Art. 2 (a), (c)`,
 * `artículo 3 b) y c)`, `subparagraphs (a) and (b)`), romans (`Art.5(1)(a)(i) and (ii)`, dev en-142) or, after a
 * bracketed paragraph (`bracketParagraph`), paragraphs in brackets (`article 6(1) and (2)`): one item each, same
 * article and the levels above, spanned on its marker; the first item keeps `first` and ends at `end`. Returns where
 * the list ends.
 */
export function listLevel(
  text: string,
  end: number,
  items: ArticleItem[],
  first: Pinpoint,
  bracketParagraph: boolean,
): number {
  const head = items[0];
  const depth = depthOf(first);
  if (!head || items.length > 1 || depth === 0 || (depth === 1 && !bracketParagraph)) return end;
  let p = end;
  /** The letter a roman item stands in: the first one's, or the last letter listed with its own roman. */
  let letter = first.subparagraph;
  for (let i = 0; i < MAX_LIST; i++) {
    const m =
      execAt(LEVEL_NEXT_RE, text, p) ??
      (depth === 1 && text.charAt(p) === '(' ? execAt(GLUED_PARAGRAPH_RE, text, p) : null);
    const v = m?.[2]?.toLowerCase() ?? '';
    // In a list of romans, a letter with its own roman (`paragraph 1 (a) (i) or (ii) or (b) (i)`, UNTOC art. 15(2)(c)
    // (ii)): one item, the roman's, under that letter.
    const lettered = m && depth === 3 && /^[a-h]$/.test(v) ? execAt(ROMAN_AFTER_RE, text, p + m[0].length) : null;
    // The marker must be of the first one's level: a bracketed number, one letter, a roman.
    if (
      !m ||
      !(lettered || (depth === 1 ? m[1] && /^\d/.test(v) : depth === 2 ? /^[a-z]$/.test(v) : /^[ivx]+$/.test(v)))
    )
      break;
    if (lettered) letter = v;
    const clause = lettered ? (lettered[1] ?? lettered[2] ?? '').toLowerCase() : v;
    const pin =
      depth === 1
        ? { paragraph: Number(v) }
        : depth === 2
          ? { ...first, subparagraph: v }
          : letter === first.subparagraph
            ? { ...first, clause }
            : { ...first, subparagraph: letter, clause };
    const start = p + m[0].length - v.length - (m[1] ? 2 : 1);
    p += m[0].length + (lettered?.[0].length ?? 0);
    items.push({ article: head.article, start, end: p, pin });
  }
  if (items.length === 1) return end;
  head.pin = first;
  head.end = end;
  return p;
}

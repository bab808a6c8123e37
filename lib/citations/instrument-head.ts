/**
 * What stands between a decision or resolution head word and its first number (`its previous resolutions …, in
 * particular 2254 (2015)`, `ses résolutions pertinentes 1325 (2000)`, `Resolución n.° 55/25`), for
 * `instrument-list.ts` and `parse-instrument.ts`.
 */

import { HEAD_GAP_RE } from './list-gap';
import { alt, execAt, FRENCH_NO, NUMBER_SIGN, OWS, sticky, WS } from './patterns';
import { wordAfterGap } from './next-word';

/**
 * Whitespace before the first number, after an optional colon ("Commission on Human Rights resolution: 2003/28"), and
 * an opening tag a page left there (`resolution <a href="…A_RES_3_256-E.pdf">256 (III)</a>`: group 1; the citation is
 * then spanned on the number, as labelled).
 */
// And the number sign legal writing puts there (`Resolución n.° 55/25`, `résolution n° 1325`, `Resolution No. 2331`,
// `resolución Nº 1325`, `núm. 55/25`): part of the span; `No` needs its dot and `n` its sign, so prose is not taken.
// And the Council's acronym after the head word (`La resolución SCR 1325`, `resolution UNSCR 1325`, dev `es-141`): in
// the span, and it names the body (group 2); so does the acronym a text defines in brackets there (`UN Security
// Council Resolution \n(UNSCR) 1851`, dev `en-415`; `résolution (RCSNU) 1325`): only the Council's resolution acronyms.
// A question mark before the digit stands for a no-break space a page's wrong charset lost (`resolution?2250?(2015)`,
// dev `en-252`; its `Secretary?General`, `May?2020`).
// A four-digit number glued to the head word is a typing slip (`emphasizing the necessity of Resolution1851.`, dev
// `en-239`): read when the number ends there (a space, a bracket, punctuation not before a letter), so a file name
// (`resolution2005.pdf`) is not.
// And a slash number glued to it where a store's extraction lost the space (`ses résolutions5/1et 5/2`, `la
// résolution60/251 de l’Assemblée`, dev fr-251; OHCHR's document store), ending as the four-digit one does or before a
// connector glued on (`5/1et`): a path or file name (`resolution5/1.pdf`, `resolutions/2005`) is not one.
const WS_RE = sticky(
  `(?::?${WS}|\\?(?=\\d)|(?=(?:\\d{4}|\\d{1,4}/\\d{1,4}(?:et|and|y)?)(?:\\s|[,;)]|\\.(?![a-z])|$)))(?:${NUMBER_SIGN})?((?:UN)?SCR\\s|\\((?:(?:UN)?SCR|RCSNU)\\)\\s{1,4})?(<[a-z][^<>]{0,200}>)?`,
);

/**
 * French `no` as a number sign (`résolution no 54/125`, `décision no 58/565`, `Résolution No 1325`): how `n°` comes
 * out of many PDFs and keyboards, a space and a digit after it (in the span). Only after a French head word (its `é`,
 * `FRENCH_HEAD_RE`): in French `no` is no word, while a Spanish `no` is one (`la resolución no se aprobó`; `la
 * decisión no 2 veces` would be prose) and an English `no` may be (`a decision no 10-year-old could take`); their
 * writers' signs keep their marks (`No.`, `n.º`, `núm.`: `NUMBER_SIGN`).
 */
const FRENCH_NO_RE = sticky(`${FRENCH_NO}(?=\\d)`);

/** A French head word ending at the string's end: its accent (`résolution`, `Décisions`), not `resolution`. */
const FRENCH_HEAD_RE = /[éÉ](?:solutions?|cisions?)$/;

/**
 * An adjective between the head word and the first number (`sus resoluciones ulteriores 1820 (2008)`, `ses résolutions
 * pertinentes 1325 (2000)`): part of the span. These words before any number; any other lower-case word (not a
 * preposition) before a full instrument shape, `n/m`, `n (yyyy)`, `n (XIV)` (`la résolution consensuelle 55/255`,
 * dev `fr-091`), never before a plain number.
 */
const FULL_SHAPE_AHEAD = `(?=${WS}\\d{1,4}(?:/\\d{1,4}(?![\\d/])|\\s?\\((?:(?:19|20)\\d\\d|[IVXL]{1,7})\\)))`;

/** Words that are no adjective of the head (prepositions, dates, page words), so `resolution from 2004/45` stays unread. */
const NOT_ADJECTIVE = alt(
  'from',
  'until',
  'since',
  'before',
  'after',
  'under',
  'with',
  'dated',
  'page',
  'pages',
  'dans',
  'avec',
  'pour',
  'depuis',
  'avant',
  'apr[èe]s',
  'sobre',
  'desde',
  'hasta',
  'para',
  'entre',
  'antes',
);

/**
 * The endings of French and Spanish adjectives and participles after a noun (`consensuelle`, `adoptée`, `aprobada`,
 * `historique`, `relativa`): English puts its adjectives before the head word, so a word after it (`the resolution
 * requires 2/3 of the votes`) is a verb, not read.
 */
const ADJECTIVE_ENDING = `${alt('elles?', 'els?', 'ales?', 'aux', 'ives?', 'ifs?', 'é(?:e|es|s)?', 'ees?', 'ad[ao]s?', 'id[ao]s?', 'iv[ao]s?', 'antes?', 'entes?', 'aires?', 'iques?', 'ic[ao]s?', 'ars?', 'ores?', 'euses?')}(?![a-zà-ÿ])`;

const ADJECTIVE_RE = sticky(
  `${WS}(?:(?!${NOT_ADJECTIVE}(?![a-zà-ÿ]))[a-zà-ÿ]{2,16}${ADJECTIVE_ENDING}${FULL_SHAPE_AHEAD}|${alt('ulteriores', 'posteriores', 'anteriores', 'pertinentes', 'ult[ée]rieures', 'ant[ée]rieures', 'pr[ée]c[ée]dentes', 'subs[ée]quentes', 'connexes', 'conexas', 'complementarias', 'compl[ée]mentaires', 'sucesivas', 'successives')}(?=${WS}(?:${NUMBER_SIGN})?\\d))`,
);

/**
 * An aside between a plural head word and its numbers, skipped; each number is then its own citation, spanned on the
 * number: a quoted title and a colon (`neuf autres résolutions intitulées « protection des civils … » : 1296 (2000),
 * 1674 (2006)`, `resolutions entitled “…”: …`), or an incidental phrase before a number (`relevant Security Council
 * resolutions, in particular 1373 (2001), 2195 (2014) and 2220 (2015)`, `résolutions, notamment 1325 (2000)`).
 */
// And `such as` with its French and Spanish forms, the article standing for the head word (`Resoluciones precedentes
// como la 1373, … y la 1267`, dev es-103; `ses résolutions antérieures, comme la 1373`, `telles que la 1373`), maybe
// after an adjective of the list's (`precedentes`, `antérieures`).
const SUCH_AS = alt(
  `such${WS}as`,
  `comme(?:${WS}(?:la|les))?`,
  `tel(?:le)?s${WS}que(?:${WS}(?:la|les))?`,
  `(?:tales${WS})?como(?:${WS}(?:la|las))?`,
);
const ASIDE_RE = sticky(
  alt(
    `${WS}(?:intitul[ée]e?s|entitled|tituladas)${WS}[«“"][^»”"\\n]{1,150}[»”"]${OWS}(?=:)`,
    `,?${WS}${alt(`in${WS}particular`, 'including', 'notably', 'notamment', `en${WS}particul(?:ier|ar)`, `en${WS}especial`)},?(?=${WS}\\d)`,
    // Before a four-digit number or a full shape only (`such as 500 people` is no list).
    `(?:${WS}${alt('precedentes', 'anteriores', 'pertinentes', 'pr[ée]c[ée]dentes', 'ant[ée]rieures')})?,?${WS}${SUCH_AS}(?=${WS}(?:\\d{4}(?!\\d)|\\d{1,4}(?:/\\d|\\s?\\()))`,
  ),
);

/** An adjective, then an opening bracket before a list of plain numbers (see `headToNumber`). */
const BRACKET_LIST_RE = sticky(
  `(?:${WS}[a-zà-ÿ]{4,16})?${OWS}\\((?=\\d{3,4}(?:,${OWS}|${WS}(?:and|et|y)${WS})\\d{3,4}\\b)`,
);

/**
 * One number in brackets right after a singular head word (`A December 2 resolution (1846)`, dev en-416; `une deuxième
 * résolution (48/14)`, dev fr-306; `la resolución (1846)`): the bracket closes right after the number (checked by the
 * caller; in the span). A slash number, or a plain number of three or four digits that is no year (`the resolution
 * (2015)` dates it); never a list (`resolution (1846, 1851)` is no single number).
 */
const BRACKET_ONE_RE = sticky(`${WS}\\((?=(?:\\d{1,3}/\\d{1,4}|(?!19\\d\\d|20\\d\\d)\\d{3,4})\\))`);

/**
 * A year after a singular head word, then the number in brackets (`an ECOSOC resolution in 2006 (2006/27)`, dev en-526;
 * `une résolution de 2006 (2006/27)`, `una resolución de 2000 (55/25)`; session 25): the instrument's number, spanned
 * on its own (the year stands between), its bracket closing right after it (checked by the caller). A slash number
 * only (`resolution in 2006 (12)`, `(p. 4)`, `(para. 3)`, `(2007)` are a count, a page, a paragraph, a year); group 1,
 * the year, group 2, a four-digit first part, which must be that year (`in 2006 (2005/27)`: no reading).
 */
const YEAR_BRACKET_RE = sticky(
  `${WS}(?:in|of|de|en)${WS}((?:19|20)\\d\\d)${WS}\\((?=(?:(\\d{4})|\\d{1,3})/\\d{1,4}\\))`,
);

/**
 * Where the first number starts after a head word (past an aside, an adjective, a colon, a number sign or a tag), and
 * whether the citation is then spanned on the number; null when what follows cannot lead to one.
 */
export function headToNumber(
  text: string,
  pos: number,
  plural: boolean,
): { p: number; onNumber: boolean; gap?: true; from: number; sc?: true; closes?: true } | null {
  // A plural head, then what its instruments are about and an incidental phrase (`list-gap.ts`): the first number
  // must be a full shape (the caller checks), spanned on its own.
  const gap = plural && !/^\s{0,4}\d/.test(text.slice(pos, pos + 6)) ? execAt(HEAD_GAP_RE, text, pos) : null;
  if (gap) return { p: pos + gap[0].length, onNumber: true, gap: true, from: pos };
  // Plain numbers in brackets after a plural head (`ses résolutions ultérieures (1820, 1888, 1889 et 1960)`, dev
  // `fr-152`): each spanned on its number; a list must open there (a comma or a connector after the first), so a
  // year in brackets is not one.
  const bracket = plural ? execAt(BRACKET_LIST_RE, text, pos) : null;
  if (bracket) return { p: pos + bracket[0].length, onNumber: true, from: pos };
  const one = plural || text.charAt(pos + 1) !== '(' ? null : execAt(BRACKET_ONE_RE, text, pos);
  if (one) return { p: pos + one[0].length, onNumber: false, from: pos, closes: true };
  // A year, then the number in brackets (`YEAR_BRACKET_RE`): gated on the preposition's first letter.
  const year = plural || !/[iode]/.test(text.charAt(pos + 1)) ? null : execAt(YEAR_BRACKET_RE, text, pos);
  if (year && (year[2] === undefined || year[2] === year[1]))
    return { p: pos + year[0].length, onNumber: true, from: pos, closes: true };
  // Both open with `,?${WS}` or `${WS}` and a word (`intitulées`, `in particular`, `such as`, an adjective): not run
  // where a digit follows the gap (`wordAfterGap`), as after most head words.
  const code = wordAfterGap(text, pos);
  const word = code >= 0 && (code < 48 || code > 57);
  const aside = word ? execAt(ASIDE_RE, text, pos) : null;
  const skip = aside ?? (word ? execAt(ADJECTIVE_RE, text, pos) : null);
  const p = skip ? pos + skip[0].length : pos;
  const ws = execAt(WS_RE, text, p);
  if (!ws) return null;
  let next = p + ws[0].length;
  // French `no` (`FRENCH_NO_RE`): tested only where an `n` follows the gap, then the head word before `pos`.
  const sign = /[nN]/.test(text.charAt(next)) && FRENCH_HEAD_RE.test(text.slice(Math.max(0, pos - 10), pos));
  const no = sign ? execAt(FRENCH_NO_RE, text, next) : null;
  if (no) next += no[0].length;
  const at = { p: next, onNumber: aside !== null || ws[2] !== undefined, from: pos };
  return ws[1] === undefined ? at : { ...at, sc: true };
}

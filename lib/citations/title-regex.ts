/**
 * A treaty title's regex compiled twice: as written, and with its separators read as white space only (`plain`).
 * `TITLE_SEP` reads markup between a title's words (`Trafficking in<br />\n\nPersons`, `<strong>`: `TITLE_TAG`), so on
 * a text without such a tag the plain form reads exactly what the written one does. Most texts have none (a `<` alone
 * is no tag: UN documents bracket their links, `<http://www.unodc.org/…>`), and
 * the markup alternative, repeated between every two words of the titles, made the qualifiers' native code about 2.7
 * MB (a fifth of the engine's regex code) and each separator a loop over alternatives: read plain, the engine is about
 * 1 % faster on the benchmark's paragraphs (session 27, two engines run side by side). Pure: no DOM, no browser API.
 */

import { execAt, matchLengthAt, perText, SPACE, sticky } from './patterns';
import { TITLE_SEP, TITLE_TAG } from './treaty-tables';

/** `TITLE_SEP` without its markup: an optional comma, then 1 to 48 characters of white space (as its bound). */
const PLAIN_SEP = `,?${SPACE}{1,48}(?!${SPACE})`;

/** A title regex (sticky, flag `i`) as written (`marked`) and with plain separators (`plain`). */
export interface TitleRegex {
  marked: RegExp;
  plain: RegExp;
}

/** Both forms of a title pattern's `source`, which holds `TITLE_SEP` as written (`treaty-tables.ts`). */
export const titleRegex = (source: string): TitleRegex => ({
  marked: sticky(source),
  plain: sticky(source.split(TITLE_SEP).join(PLAIN_SEP)),
});

/** A tag anywhere in a text (`TITLE_TAG`, the same pattern: wherever a separator could read one, this finds it). */
const TAG_ANYWHERE = new RegExp(TITLE_TAG, 'i');

/** Whether `text` holds a tag. Remembered for the last text (each title read asks it); a `<` first, a string search. */
const holdsTag = perText(true, (text: string) => text.includes('<') && TAG_ANYWHERE.test(text));

/** The form of a title regex `text` is read with: its plain form where the text holds no tag. */
const formFor = (r: TitleRegex, text: string): RegExp => (holdsTag(text) ? r.marked : r.plain);

/** Runs a title regex at `pos` (`formFor`). */
export const execTitle = (r: TitleRegex, text: string, pos: number): RegExpExecArray | null =>
  execAt(formFor(r, text), text, pos);

/** The length of a title regex's match at `pos` (`formFor`), else -1: no groups. */
export const titleLength = (r: TitleRegex, text: string, pos: number): number =>
  matchLengthAt(formFor(r, text), text, pos);

/** `TITLE_SEP` on its own, both forms (`separatorLength`). */
const SEPARATOR = titleRegex(TITLE_SEP);

/**
 * The length of `TITLE_SEP`'s match at `pos`, else -1 (`titleLength`), read by code where the text holds no tag:
 * `PLAIN_SEP` is an optional comma and a run of 1 to 48 spaces or line breaks that ends there (a longer run gives it no
 * match, and no match without the comma either, the comma standing where a space must). A separator is read at each
 * treaty noun (`qualifierAt`): a regex call there cost more than the loop.
 */
export function separatorLength(text: string, pos: number): number {
  if (holdsTag(text)) return matchLengthAt(SEPARATOR.marked, text, pos);
  const from = text.charCodeAt(pos) === 0x2c ? pos + 1 : pos;
  let end = from;
  while (end - from <= 48 && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x0a)) end++;
  return end > from && end - from <= 48 ? end - pos : -1;
}

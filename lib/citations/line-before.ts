/**
 * The line right above an article that starts a line: a short heading naming a treaty (`<strong>The</strong> UN
 * Firearms Protocol<br />\n\nArticle 8`, a study's subsection, dev en-163; a commentary's contents `Palermo Protocol\n
 * Article 3 Definitions`), whose noun says whose the article is; and a treaty's name then a comma before the article on
 * its own line (`namedCommaBefore`, moved from `bare-article.ts` for its size, session 23). Read by `bare-article.ts`.
 */

import { orPlainRe } from './plain-letters';

/** Tags left as text by a page or an ePaper (`<strong>`, `<br />`). */
const TAG = /<\/?[a-z]{1,10}\s?\/?>/g;

/**
 * The previous line (group 1) and the blank lines, white space and tags between it and the article's line (the
 * article at the end of the window, only a list marker before it on its line).
 */
const LINE_ABOVE = /(?:^|\n)([^\n]{1,160})\n(?:[ \t]*(?:<\/?[a-z]{1,10}\s?\/?>)?[ \t]*\n)*[ \t(\d).#-]*$/;

/** A treaty noun ending the line (tags and white space after it allowed). Group 1. */
const NOUN_AT_END =
  /(?<![A-Za-zÀ-ÿ])(Convention|Convenci[óo]n|Protocole|Protocolo|Protocol)(?:\s|<\/?[a-z]{1,10}\s?\/?>)*$/;

/**
 * A heading is short: a full official title (over 80 characters) heads a quoted treaty text, whose article headings are
 * the text itself, not references.
 */
const HEADING_MAX = 80;

/**
 * Where the treaty noun ending a short heading line right above the article at `start` stands, or null (no such
 * line: a sentence, a long title, no noun at its end).
 */
export function headingNounAbove(text: string, start: number): number | null {
  const from = Math.max(0, start - 240);
  const window = text.slice(from, start);
  const m = LINE_ABOVE.exec(window);
  const line = m?.[1];
  if (!m || line === undefined) return null;
  const plain = line.replace(TAG, '').trim();
  if (plain.length === 0 || plain.length > HEADING_MAX || /[.;:,]$/.test(plain)) return null;
  const noun = NOUN_AT_END.exec(line);
  if (!noun) return null;
  const lineStart = from + m.index + (m[0].startsWith('\n') ? 1 : 0);
  return lineStart + noun.index;
}

/** A treaty noun on the article's line, then no stop or colon up to a comma right before the article. */
const NAME_COMMA_BEFORE = orPlainRe(/\b(?:Protocol[eo]?|Conven(?:tion|ción))\b[^\n.;:()]{0,80},[ \t]{1,2}$/);

/** Whether the article at `start` follows a treaty's name and a comma on its line (only where a caption follows). */
export const namedCommaBefore = (text: string, start: number): boolean =>
  /,[ \t]{1,2}$/.test(text.slice(Math.max(0, start - 3), start)) &&
  NAME_COMMA_BEFORE.test(text.slice(Math.max(0, start - 120), start));

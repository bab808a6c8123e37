/**
 * The brackets and emphasis marks around an article citation: whether a letter's closing bracket closes a parenthesis
 * opened before the article, and where Markdown emphasis after the pinpoint ends. Split from `parse-treaty.ts`
 * (session 37). Pure, no DOM.
 */

import { OPEN_BEFORE_RE } from './article-head';
import { parseTreatyAfter } from './treaty-connector';
import type { TreatyContext } from './treaty-names';

/** Another closing bracket before the line ends (`(artículo 3 b) del Protocolo)`): then the first one was the letter's. */
const CLOSE_AHEAD_RE = /^[^()\n]*\)/;

/** A letter with a closing bracket only, after a space or comma (`inciso a)`, `, a)`), not a bracketed `(a)`. */
export const LONE_LETTER_CLOSE_RE = /[\s,][a-z]\)$/;

/**
 * Whether the closing bracket that ends an article's pinpoints at `end` closes a parenthesis opened right before the
 * article at `pos` (`(artículo 3 a)`): no other closing bracket follows on its line (within 80 characters), and no
 * treaty is named through a connector right after it: the citation goes on there, so the bracket was the letter's
 * (`(artículo 3 c) del Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y
 * niños)`, dev es-034 under the `treaty-name` form: the parenthesis closes past the 80 characters). Read only at a
 * letter's bracket after an opening one (rare).
 */
export function closesParenthesis(text: string, pos: number, end: number, ctx: TreatyContext): boolean {
  return (
    OPEN_BEFORE_RE.test(text.slice(Math.max(0, pos - 3), pos)) &&
    !CLOSE_AHEAD_RE.test(text.slice(end, end + 80)) &&
    !parseTreatyAfter(text, end, ctx)
  );
}

/** Where a Markdown emphasis mark at `p` ends (`**`, `*`, `__`, `_`; two characters at most), `p` when none. */
export function emphasisEnd(text: string, p: number): number {
  let q = p;
  while (q < p + 2 && (text.charAt(q) === '*' || text.charAt(q) === '_')) q++;
  return q;
}

/**
 * A contents or table entry of a treaty's articles (`Art. 5 – Participation in an organized criminal group`), told apart
 * from a quoted treaty's or a law's own article heading. Split from `other-text-article.ts` (session 37). Pure, no DOM.
 */

/**
 * A contents or table entry at a line's start: the abbreviated `Art.` and its number, a space (maybe a dash), then a
 * short caption that ends its line with no stop (`Art. 5 – Participación en un grupo delictivo organizado`, a table
 * under its caption naming UNTOC, probe p7fres-079; `Art. 6 Laundering of proceeds`; session 37): a commentary's list
 * of the treaty's articles, read by the focus, as `- Art.5 Criminalization` was. A treaty's or a law's own text
 * writes `Article 5` / `Artículo 5` or `Art. 5.` with its stop, and its provisions are sentences; a Swiss page's `Art. 5
 * Caption` heads the provision's own text on the next line.
 */
export function contentsEntry(text: string, start: number, end: number): boolean {
  if (!/^Art\.[ \t]?\d/.test(text.slice(start, start + 6))) return false;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  if (!CONTENTS_CAPTION.test(rest)) return false;
  // A list: the next line another entry, or none (a Swiss RS page's `Art. 5 Incrimination…` heads the article's own
  // text on the next line: the quoted treaty's heading, `ownArticleHeading`).
  return lineEnd < 0 || /^\n[ \t]*(?:[-–—•*][ \t]*)?Art\.[ \t]?\d/.test(text.slice(lineEnd, lineEnd + 12));
}

/** A space, maybe a dash, then a caption of a capital and at most 60 characters with no stop, colon or bracket. */
const CONTENTS_CAPTION = /^[ \t]{1,3}(?:[-–—][ \t]{1,3})?[A-ZÀ-Ý][^\n.:;()]{2,60}$/;

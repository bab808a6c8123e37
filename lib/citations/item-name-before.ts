/**
 * Whether the line before a bare article names its own text as a list item (`Res. Adm. N° 136-2012-CE-PJ: art. 1.`):
 * read by `bare-article.ts`, which then leaves the article to that text.
 */

/**
 * A list item or line that names its own text right before the article: a name with two capitalised words between the
 * previous comma or colon and the one before the article, no treaty noun (`Res. Adm. N° 136-2012-CE-PJ: art. 1.`, `;
 * Législation type …, Polaris Project, art. 3.9`): the article is that text's, not the treaty in focus'. One capital is
 * not a name: `… benefit In addition, article 6`, nor one acronym (`CTOC art. 12.1(a) covers proceeds of crime, art.
 * 12.1(b)…`, probe p12en-084: the second capital starts a word; session 35); nor is a reference's number (Wikipedia's
 * inline pinpoint `…documento.[1]: Artículo 3 (a)`, dev es-087).
 */
const ITEM_NAME_BEFORE = /[A-ZÀ-Ý][^,:]*(?<![\p{L}\d])[A-ZÀ-Ý][^,:]*(?<!\])[,:]\s{0,3}$/u;

/** The comma or colon that ends a line before its article (`ITEM_NAME_BEFORE`'s end), read from the line's end. */
const ITEM_END_RE = /[,:]\s{0,3}$/;

/**
 * `ITEM_NAME_BEFORE` on the line's last item only: its name cannot cross a comma or a colon, so the match lies
 * after the one before the line's end. Read whole, a line of articles with no comma at its end (`SoM art. 6 SoM art.
 * 6 …`) tried the name from every capital to the end: 14 s for 1 MB of them.
 */
export function itemNamedBefore(line: string): boolean {
  const end = ITEM_END_RE.exec(line);
  if (!end) return false;
  const from = Math.max(line.lastIndexOf(',', end.index - 1), line.lastIndexOf(':', end.index - 1)) + 1;
  return ITEM_NAME_BEFORE.test(line.slice(from));
}

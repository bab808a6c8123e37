/**
 * A national text (a law, an act, a code, a decree) named right beside a bare article: the article is that text's, not
 * a treaty's, whatever treaty the sentence or the table names (read by `other-text-article.ts`).
 */

/**
 * A comma or spaces, then a national text's capitalised noun, right after an article (`, Law No. 64`, ` Code pénal`,
 * `, Ley N° 20.507`, `, Decreto 1069`, a regulation's `art. 12 Reglamento 3/2019`): the noun in group 1. Not an acronym of another treaty (`Palermo Protocol art
 * 3, CEDAW art 6` lists another item), not `Case Law`, not a lower-case word.
 */
const LAW_NEXT_RE =
  /^,?[ \t\u00a0]{1,3}(Law|Act|Code|Loi|Ley|Decree|D[ée]cret|Decreto|C[óo]digo|Ordinance|Ordonnance|Ordenanza|Proclamation|Dahir|Regulations?|R[èe]glement|Reglamento)(?![\p{L}\d])/u;

/**
 * A national text named right after the article (`Art. 2, Law No. 64 of 2010`, a concordance table's cell beside the
 * treaty's; `Article 5 Code pénal`; `LAW_NEXT_RE`): that text's article, whatever treaty the table's heading or the
 * sentence names, as a treaty of ours named there makes the article ours (session 23).
 */
export const lawNext = (text: string, end: number): boolean =>
  LAW_NEXT_RE.test(text.slice(end, end + 16)) || CONSTITUTIONAL_NEXT.test(text.slice(end, end + 18));

/**
 * `constitucional` / `constitutionnel(le)` / `constitutional` right after the article, maybe after the ordinal's stop
 * (`en términos del artículo 1o. constitucional`, Mexican courts' way of citing their Constitution, probe p6fres-063):
 * the Constitution's article. Lower case, a whole word (read only where no treaty follows the number).
 */
const CONSTITUTIONAL_NEXT = /^\.?[ \t\u00a0]{1,3}(?:constitucional|constitutionnel(?:le)?|constitutional)(?![\p{L}])/u;

/**
 * A national text's noun and its number, then a comma, right before the article (`(Ley 20.000, art. 12)`, a State's
 * questionnaire reply citing its firearms law beside the Protocol's article, probe p22es-080; `loi n° 2000-12, art.
 * 12`, `Law No. 5 of 2000, art. 12`): the article is that text's. The number is required (`the
 * Protocol and the law, art. 12` names no text), and the noun is a whole word at a word start (not `Outlaw`). Not a law
 * by which a State approved the treaty (`Convención de Palermo, aprobada por Ley 25.632, art. 5.1.a.i`, probe
 * p5fres-064: the Convention's article): `by` / `por` / `par` / `mediante` before the noun.
 */
const LAW_NUMBERED_BEFORE =
  /(?<![\p{L}\d])(?<!\b(?:by|por|par|mediante)[ \t\u00a0])(?:Law|Act|Code|Loi|loi|Ley|ley|Decree|D[ée]cret|Decreto|decreto|Ordinance|Ordonnance|Ordenanza)[ \t\u00a0]{1,3}(?:(?:No\.?|N[°º]\.?|n[°º]\.?|n\.[°º]|n[úu]m\.?|Nr\.?)[ \t\u00a0]?)?\d[\d./-]*(?:[ \t\u00a0]{1,3}(?:of|de|del)[ \t\u00a0]{1,3}\d{4})?,[ \t\u00a0]{1,3}$/u;

/** Whether `before` (up to 40 characters before a bare article) ends with a national text's noun, number and comma. */
export const lawNumberedBefore = (before: string): boolean => LAW_NUMBERED_BEFORE.test(before);

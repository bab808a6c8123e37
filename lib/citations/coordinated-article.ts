/**
 * A bare article coordinated with an article before it by the same preposition repeated (`make use of article 19 of
 * the Convention, on joint investigations, and of article 27 (law enforcement cooperation), as well as article 5 of the
 * Migrants Protocol`; `à l’article 16 de la Convention et à l’article 18`; `al artículo 16 de la Convención y al artículo
 * 18`): the two are one clause's members, so the treaty named before decides, not a noun after it (another member's).
 * Read by `bare-article.ts`. Session 23.
 */

import { sentenceStart } from './sentence-bounds';

/**
 * A preposition and an article with its number (group 1: the preposition), then up to 160 characters of the same
 * sentence, then `and` / `et` / `y` and the same preposition right before the article at the end. The preposition
 * must repeat (`and of article 27`), so a list joined by `and` alone (`articles 5 and 6`) or a new clause (`and article
 * 27 requires…`) is not read here.
 */
const COORDINATED_BEFORE =
  /(?<![\p{L}])(of|to|in|under|with|de|du|à|al|del|en)\s+(?:the\s+|l['’]|el\s+)?(?:articles?|art\.|art[íi]culos?)\s?\d{1,3}(?!\d)[^.;]{0,160}?\s(?:and|et|y)\s+\1\s+(?:the\s+|l['’]|el\s+)?$/iu;

/** Whether the article at `start` repeats the preposition of an article before it in its sentence (see above). */
export function coordinatedBefore(text: string, start: number): boolean {
  // Cheap gate: a conjunction and a preposition right before the article.
  if (!/\s(?:and|et|y)\s+\S{1,3}\s+(?:the\s+|l['’]|el\s+)?$/i.test(text.slice(Math.max(0, start - 16), start)))
    return false;
  const from = Math.max(sentenceStart(text, start), start - 260);
  return COORDINATED_BEFORE.test(text.slice(from, start));
}

/**
 * A sentence that opens with an article of a treaty named right after it, then a second clause opened by a bare
 * article after `, and` / `, y` / `, et` (`El artículo primero del Protocolo sobre armas de fuego establece su relación
 * con la Convención, y el artículo segundo enuncia su finalidad`, probe p4-es-020; `Article 5 of the Protocol …, and
 * article 6 …`): the two clauses' subjects are one treaty's articles, the first's, not a treaty named inside the
 * first clause. The article's number may be a word (`primero`, `premier`, `first`). Or a possessive after `, but` /
 * `, mais` / `, pero`, a contrast that keeps the subject (`L'article 4 de la Convention du Conseil de l'Europe …
 * reprend la définition du Protocole de Palerme, mais son article 10 impose…`, probe p16fr-004; session 44); not
 * after `, and`, whose `its` may be a passive's agent's (`… is preserved by Article 19(1) of the Smuggling Protocol,
 * and its Article 5 excludes…`, probe p7en-021).
 */
const SUBJECT_PAIR =
  /^\s*(?:(?:el|la|le|l['’]|the)\s*)?(?:article|art\.|art[íi]culo)\s{1,3}[\p{L}\d]{1,12}\s{1,3}(?:of|del|du|de)\s[^.;]{1,240},\s(?:(?:and|et|y)\s+(?:the\s+|l['’]|el\s+)?|(?:but|mais|pero)\s+(?:its|son|sa|su)\s+)$/iu;

/**
 * Whether the article ending `before` (its sentence up to the article) opens the second clause of such a sentence
 * (`SUBJECT_PAIR`), the sentence's first treaty noun at `firstAt` (from its start) near its start: that first noun
 * owns it.
 */
export function coordinatedSubject(before: string, firstAt: number): boolean {
  return (
    firstAt >= 0 &&
    firstAt <= 60 &&
    /,\s(?:and|et|y|but|mais|pero)\s/i.test(before.slice(-12)) &&
    SUBJECT_PAIR.test(before)
  );
}

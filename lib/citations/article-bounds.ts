/**
 * Whether a whole text cites an article of a bare `the Convention` / `le Protocole` that none of our treaties has (an
 * article beyond UNTOC's 41 or the Protocols' 25, a paragraph beyond UNTOC's article's): then its bare noun is another
 * treaty's. Read once per text by `TreatyText` (`treaty-text.ts`, whence it was split, session 47).
 */

/**
 * An article of a bare `the Convention` / `le Protocole` (not qualified into another treaty): `article 46 of the
 * Convention`, `artículo 58 de la Convención`, `l'article 28 du Protocole`, `de ladite Convention`. Group 1: the
 * article number (the first of a list); group 2: the noun. The pinpoints between (`, paragraph 9,`) stay within one
 * clause (60 characters, no full stop).
 */
const BARE_NOUN_ARTICLE =
  /\b(?:articles?|art[íi]culos?|arts?\.)\s{0,4}(\d{1,3})(?![\d/])[^.;\n]{0,60}?\b(?:of\s+the(?:\s+said)?|of\s+this|de\s+la|de\s+ladite|de\s+dicha|du|del)\s+(Conven(?:tion|ci[óo]n)|Protoc(?:ol|ole|olo))(?![a-zà-ÿ])(?!\s+(?:against|on|for|to|contre|sur|relati[a-z]*|visant|contra|sobre|para|de|des|du|del|of)(?![a-zà-ÿ]))/gi;

/**
 * Another text's noun after a connector between a `BARE_NOUN_ARTICLE` article and its noun (`artículos 179 y 181 A
 * del Tratado, la celebración del Protocolo`, dev es-322): the articles are that text's. A connector, then `Treaty`,
 * `Traité`, `Tratado`, `Charter`, `Charte`, `Carta`, `Code`, `Código`, `Law`, `Loi`, `Ley` or `Act`, a whole word.
 */
const OTHER_NOUN_BETWEEN =
  /\b(?:of\s+the|of|de\s+la|du|del|de)\s+(?:Treaty|Trait[ée]|Tratado|Charter|Charte|Carta|Code|C[óo]digo|Law|Loi|Ley|Act)(?![a-zà-ÿ])/;

/** The most articles a bare noun of ours can have: UNTOC 41; the Protocols 20, 25 and 21. */
const MAX_ARTICLES = { convention: 41, protocol: 25 } as const;

/**
 * How many numbered paragraphs each article of UNTOC has (index: the article; 0 for an article of one unnumbered
 * paragraph, or with letters only, never checked): a bare Convention's `article 24, paragraph 7` or `article 9,
 * paragraphe 3` is another Convention's (UNTOC's article 24 has four, article 9 two), as an article beyond 41 is (dev
 * fr-155: a State's declarations to the Budapest Convention, `Conformément à l'article 27, paragraphe 9, de la
 * Convention`).
 */
// prettier-ignore
const UNTOC_PARAGRAPHS = [
  0, 0, 0, 2, 2, 3, 2, 4, 4, 2, 4, 6, 9, 9, 3, 6, 17, 0, 30, 0, 4, 0, 0, 0, 4, 3, 5, 3, 3, 4, 4, 7, 5, 2, 3, 4, 4, 4, 2, 5, 3, 2,
];

/** A paragraph right after the article's number (`, paragraph 3`, `, paragraphe 3`, `, párrafo 3`, `(3)`, `.3`). */
const PARAGRAPH_AFTER = /^\s{0,3}(?:,\s{0,3}(?:paragraphe?|p[áa]rrafo|para\.|par\.)\s{0,3}|\(|\.)(\d{1,2})(?!\d)/i;

/** Whether `match` (a `BARE_NOUN_ARTICLE` match of a Convention) cites a paragraph UNTOC's article does not have. */
function paragraphOutOfRange(match: RegExpExecArray): boolean {
  const article = Number(match[1]);
  const count = UNTOC_PARAGRAPHS[article] ?? 0;
  if (count === 0) return false;
  const rest = match[0].slice(match[0].indexOf(match[1] ?? '') + (match[1]?.length ?? 0));
  const paragraph = PARAGRAPH_AFTER.exec(rest)?.[1];
  return paragraph !== undefined && Number(paragraph) > count;
}

/**
 * Per noun, whether the text cites an article of a bare noun beyond our treaties' counts (`BARE_NOUN_ARTICLE`), or a
 * Convention's paragraph beyond UNTOC's (`paragraphOutOfRange`). Another text's noun between the article and the bare
 * noun (`OTHER_NOUN_BETWEEN`) is read last, only for an article that would count, and a noun already found is not read
 * again (session 47: the same answers, two regex calls fewer for most matches).
 */
export function articlesOutOfRange(text: string): { convention: boolean; protocol: boolean } {
  const found = { convention: false, protocol: false };
  BARE_NOUN_ARTICLE.lastIndex = 0;
  for (let m = BARE_NOUN_ARTICLE.exec(text); m; m = BARE_NOUN_ARTICLE.exec(text)) {
    // Group 2 is `Conven…` or `Protoc…` in any case: its first letter, lower-cased (`| 0x20`), says which.
    const noun = ((m[2] ?? '').charCodeAt(0) | 0x20) === 0x63 ? 'convention' : 'protocol';
    if (found[noun]) continue;
    const outside = Number(m[1]) > MAX_ARTICLES[noun] || (noun === 'convention' && paragraphOutOfRange(m));
    if (outside && !OTHER_NOUN_BETWEEN.test(m[0])) found[noun] = true;
  }
  return found;
}

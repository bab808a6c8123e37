/**
 * The peer's citation pattern: one regular expression for mark.js's `markRegExp` that finds the same kinds of
 * citations as Renvoi's engine (UN document symbols, COP and other bodies' decisions and resolutions, treaty articles,
 * paragraph pinpoints), as a careful mark.js user would write it. It only finds and marks; unlike Renvoi it does not
 * classify, resolve against the corpus, split lists or choose between overlapping readings.
 */

/**
 * - Symbols: a root of one to six letters (`CTOC`, `A`, `E`, `ST`; any case, as the engine also reads `e/cn.15/…`),
 *   then two to eight slash-separated parts of letters, digits, dots and brackets (`/COP/WG.4/2011/8`, `/RES/64/293`,
 *   `/RES/2331(2016)`), so that a lone `and/or` or `24/7` is not a symbol.
 * - Instruments: `décision(s)`, `résolution(s)`, `decision(s)`, `resolution(s)` (accents optional), a session/number
 *   pair (`4/4`, `64/293`) and further pairs of a list joined by commas, `et` or `and`.
 * - Articles: `article(s)` and a number, with `, paragraphe n` / `, par. n` and the treaty named after it
 *   (`de la Convention`, `du Protocole …`, `of the Protocol`) when there is one; the treaty's name stops at the
 *   next punctuation and at 80 characters.
 * - Pinpoints: `par.` / `paragraphe(s)` / `paragraph(s)` and a number.
 * Every repeat is bounded or over a disjoint character class, so the pattern runs in linear time.
 */
export const CITATION_PATTERN = new RegExp(
  [
    String.raw`\b[A-Z]{1,6}(?:\/[A-Z0-9][A-Za-z0-9.()]{0,12}){2,8}`,
    String.raw`\b(?:d[ée]cisions?|r[ée]solutions?)\s+\d{1,3}\/\d{1,4}(?:(?:\s*,\s*|\s+(?:et|and)\s+)\d{1,3}\/\d{1,4}){0,8}`,
    String.raw`\barticles?\s+\d{1,3}(?:\s*,\s*(?:paragraphe|par\.)\s*\d{1,3})?(?:\s+(?:de la Convention|du Protocole|of the (?:Convention|Protocol))[^,.;:()]{0,80})?`,
    String.raw`\b(?:par\.|paragraphes?|paragraphs?)\s*\d{1,3}`,
  ].join('|'),
  'gi',
);

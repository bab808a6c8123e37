/**
 * Whether a treaty's name right after an article's pinpoint is the next clause's subject (out of the span) or the
 * article's own treaty (in it). Pure, no DOM.
 */

/**
 * A verb of the next clause right after a treaty's name that follows the article (`Under its Article 3(a) the Palermo
 * Protocol defines…`, dev en-498): a lower-case word, not a connector, a preposition or a date's (`de 2000`, `of 2000`,
 * `adopted in`, `Article 10 UNFP on ‘General requirements…’`, dev en-258), so the name may be the clause's subject (a
 * lost connector keeps it in: `l’article 2.a la convention … organisée de 2000, «`).
 */
const CLAUSE_AFTER_NAME =
  /^[ \t]{1,2}(?!(?:de|del|des|du|of|and|et|y|from|in|en|dans|on|sur|sobre|to|at|for|pour|para|por|par|with|avec|con|as|comme|como)(?![a-zà-ÿ])|adopt|sign|relat|concern|regard)[a-zà-ÿ]/;

/**
 * A preposition (with a possessive or article) right before the article's head word: the article sits in an adverbial
 * phrase (`Under its Article 3(a)`, `In Article 2(a),`, `Selon son article 3 a)`, `Según su artículo 3 a)`), so the
 * clause after it needs a subject of its own. Without one, an article that starts its clause is the clause's subject
 * and a name glued after its pinpoint is its treaty (`Article 10 UNFP is based on…`, dev en-502).
 */
const PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:under|in|by|with|per|according to|pursuant to|selon|dans|en|par|aux termes de|seg[úu]n|conforme a|de acuerdo con|con arreglo a|bajo)\s+(?:(?:its|their|the|son|sa|leur|l[ae]|su|sus|el)\s+)?$/iu;

/** The article word abbreviated (`Art`, `art.`, `Art.`; not `Article`, `artículo`). */
const ABBREVIATED_WORD = /^art(?![a-zí])/i;

/**
 * The name read from `nameEnd` back to the pinpoint's `end` is the next clause's subject: a clause's verb follows it,
 * and either a comma or a determiner stands between pinpoint and name (`In Article 2(a), UNTOC defines`, dev en-501;
 * `la UNTOC define`, dev es-305), or the article sits in an adverbial phrase (`Under Article 5 Smuggling of Migrants
 * Protocol requires…`).
 */
export function nameIsNextSubject(text: string, start: number, nameEnd: number, separated: boolean): boolean {
  if (!CLAUSE_AFTER_NAME.test(text.slice(nameEnd, nameEnd + 12))) return false;
  if (separated) return true;
  // An abbreviated article word glued to the name is a reference's form, its treaty's name in it (`under Art 5 SOM
  // Protocol migrants should not be prosecuted`, probe p12en-077; session 35): a clause's subject is written after a
  // comma or a determiner (`Under Art. 5, the Protocol requires`).
  if (ABBREVIATED_WORD.test(text.slice(start, start + 4))) return false;
  const from = Math.max(0, start - 24);
  const m = PREPOSITION_BEFORE.exec(text.slice(from, start));
  if (!m) return false;
  // The adverbial phrase must open its clause for the name after it to be that clause's subject: mid-clause, after
  // the clause's own subject (`The obligation to extradite or prosecute in article 16(10) UNTOC is triggered…`, probe
  // p13en-020; session 37), the name is the article's treaty and the verb the sentence's.
  const prep = from + m.index + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0);
  return CLAUSE_OPENS.test(text.slice(Math.max(0, prep - 12), prep));
}

/** What may stand before an adverbial phrase that opens a clause: the text's start, a clause's punctuation, a conjunction. */
const CLAUSE_OPENS = /(?:^|[.;:!?,(\n–—-][ \t]*|(?:^|[^\p{L}])(?:and|but|et|mais|y|pero)[ \t]+)$/u;

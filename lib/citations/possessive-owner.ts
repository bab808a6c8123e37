/**
 * Whose article a possessive names (`son article 4 a)`, `en su artículo 5`, `in its Article 3`): the subject named
 * before it in its sentence, not a treaty named after it. Read by `bare-article.ts` for an article that names no
 * treaty after it. Session 23.
 */

import { otherInstrumentIn } from './focus-article';
import { lawNamedBefore } from './other-text-article';
import { sentenceStart } from './sentence-bounds';
import { TREATY_NOUNS } from './treaty-names';

/**
 * A possessive right before the article's head word (`son`, `sa`, `ses`, `its`, `their`, `su`, `sus`, `leur`): the
 * article is its owner's. A whole word, so `personnes article` or `Jesus artículo` is none.
 */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:son|sa|ses|its|their|leurs?|su|sus)\s{1,3}$/iu;

/**
 * Whether the article at `start` follows a possessive whose owner is named before it in its sentence: a treaty noun
 * (`La Convention du Conseil de l'Europe reprend à son article 4 a) la définition de l'article 3 a) du Protocole de
 * Palerme`: the Council of Europe Convention's article 4 a), not the Protocol named after it) or another text
 * (`OTHER_INSTRUMENT`: `La Ley 9.095 de Costa Rica remite en su artículo 5 a las definiciones del Protocolo de Palermo`:
 * the law's; a law pointed back to, `La ley, en su artículo 5, remite al Protocolo…`: `lawNamedBefore`). Then the
 * treaty nouns after the article do not decide it; the owner before does (ours when it is ours: `El Protocolo de
 * Palermo define en su artículo 3 … la Convención`). A possessive before its owner (`En su artículo 3, el Protocolo
 * define…`, `In its article 5, the Convention…`) has nothing before it: the nouns after decide, as before.
 */
export function ownerBefore(text: string, start: number): boolean {
  if (!POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const before = text.slice(sentenceStart(text, start), start);
  TREATY_NOUNS.lastIndex = 0;
  const noun = TREATY_NOUNS.test(before);
  TREATY_NOUNS.lastIndex = 0;
  return noun || otherInstrumentIn(before) || lawNamedBefore(before);
}

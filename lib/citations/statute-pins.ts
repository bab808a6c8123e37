/**
 * A treaty provision cited in Canadian statute style (`l’alinéa 3a) du Protocole additionnel … visant à prévenir…`): the
 * number is the article and the letter its subparagraph (Canadian legal French cites section 3, paragraph (a) as
 * `alinéa 3a)`), the treaty named in full right after the connector. Read only after a pinpoint chain that leads to no
 * article (`classifier.ts`).
 */

import type { Candidate } from './candidate';
import { cleanPinpoint } from './candidate';
import { hasArticle, treatyKey } from './keys';
import type { Chain } from './parse-pinpoint';
import { execAt, sticky } from './patterns';
import { parseTreatyName, type TreatyContext } from './treaty-names';

/** `alinéa` (not `sous-alinéa`) at the chain's start. */
const ALINEA_RE = /^alin[ée]a\s/i;

/** The article of ours an `alinéa Na)` chain names, or none. */
export function parseAlineaOfTreaty(text: string, chain: Chain, ctx: TreatyContext): Candidate[] {
  const only = chain.pins.length === 1 ? chain.pins[0] : undefined;
  if (!only || !ALINEA_RE.test(text.slice(chain.start, chain.start + 8))) return [];
  const { paragraph, subparagraph, clause } = only.pin;
  if (paragraph === undefined || subparagraph === undefined) return [];
  // Only a treaty named in full: a bare `du Protocole` after `alinéa 3a)` may be anything's.
  const named = parseTreatyName(text, chain.headPos, ctx);
  if (!named?.named || !hasArticle(named.id, paragraph)) return [];
  const pinpoint = cleanPinpoint({ article: paragraph, subparagraph, clause }) ?? {};
  return [
    {
      start: chain.start,
      end: named.end,
      kind: 'treaty',
      key: treatyKey(named.id, pinpoint),
      pinpoint,
      ref: { type: 'none' },
    },
  ];
}

/**
 * Canadian statute style with the paragraph in brackets (`le paragraphe 11(1) du Protocole visant à prévenir…`, dev
 * fr-338; `paragraph 11(1) of the Protocol to Prevent…`, `párrafo 11(1) del Protocolo…`): section 11, subsection (1)
 * — article 11(1), a letter after it its subparagraph. Sticky at a pinpoint word whose chain failed (the chain
 * grammar reads no `11(1)`), and only before a connector and a treaty noun; the treaty must be named in full.
 * Groups: the article, the paragraph, the letter.
 */
const SECTION_OF_TREATY_RE = sticky(
  `(?:paragraphe|paragraph|p[áa]rrafo)\\s{1,3}(\\d{1,2})\\((\\d{1,2})\\)(?:\\(([a-h])\\))?\\s{1,3}(?:du|of\\s{1,3}the|del)\\s{1,3}(?=[Pp]rotoc|[Cc]onven)`,
);

/** The article of ours a `paragraphe 11(1) du Protocole…` pinpoint word at `pos` names, or none. */
export function parseSectionOfTreaty(text: string, pos: number, ctx: TreatyContext): Candidate[] {
  const m = execAt(SECTION_OF_TREATY_RE, text, pos);
  const named = m ? parseTreatyName(text, pos + m[0].length, ctx) : null;
  const article = Number(m?.[1] ?? 0);
  if (!m || !named?.named || !hasArticle(named.id, article)) return [];
  const pinpoint = cleanPinpoint({ article, paragraph: Number(m[2]), subparagraph: m[3] }) ?? {};
  return [
    { start: pos, end: named.end, kind: 'treaty', key: treatyKey(named.id, pinpoint), pinpoint, ref: { type: 'none' } },
  ];
}

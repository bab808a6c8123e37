/**
 * A treaty provision cited in Canadian statute style (`l’alinéa 3a) du Protocole additionnel … visant à prévenir…`): the
 * number is the article and the letter its subparagraph (Canadian legal French cites section 3, paragraph (a) as
 * `alinéa 3a)`), the treaty named in full right after the connector. Read only after a pinpoint chain that leads to no
 * article (`classifier.ts`).
 */

import type { Candidate } from './candidate';
import { cleanPinpoint } from './candidate';
import { treatyKey, TREATIES } from './keys';
import type { Chain } from './parse-pinpoint';
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
  if (!named?.named || paragraph < 1 || paragraph > TREATIES[named.id].articles) return [];
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

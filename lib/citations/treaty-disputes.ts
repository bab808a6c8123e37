/**
 * Which Protocol of ours a text's bare `the Protocol` is, read from its settlement-of-disputes clause: each of our
 * treaties numbers that clause differently (UNTOC 35, the TIP Protocol 15, the Firearms Protocol 16, the Migrants
 * Protocol 20), and a reservation to it says what it is about (arbitration, the International Court of Justice). A
 * depositary page of a Protocol ("Reservation: … article 20, paragraph 2, of this Protocol, which provides that any
 * dispute … be submitted to arbitration or referred to the International Court of Justice", dev en-365, the Smuggling
 * of Migrants Protocol's) names its Protocol only in the page's title. Span convention S5 (lib/citations/README.md, Spans).
 */

import type { TreatyId } from './keys';

/** Arbitration or the Court a disputes clause sends a dispute to, in English, French or Spanish. */
const DISPUTES_WORD =
  /arbitra(?:tion|ge|je)|Court\s+of\s+Justice|Cour\s+internationale\s+de\s+justice|Corte\s+Internacional\s+de\s+Justicia/i;

/**
 * An article numbered as one of our Protocols' disputes clauses (15, 16, 20), then, in its sentence (no full stop or
 * semicolon, 300 characters at most) and before any Convention is named (UNTOC's article 16 is on extradition:
 * `Article 16, paragraph 5, … of the Convention`), arbitration or the Court (`DISPUTES_WORD`). Group 1: the number.
 */
const DISPUTES_ARTICLE = new RegExp(
  `\\b(?:articles?|art[íi]culos?|art\\.)\\s{0,4}(15|16|20)(?![\\d/])(?:(?!Conven)[^.;]){0,300}?(?:${DISPUTES_WORD.source})`,
  'gi',
);

/** Each Protocol's disputes clause. */
const CLAUSE: Record<string, TreatyId> = { '15': 'TIP', '16': 'FIRE', '20': 'MIG' };

/**
 * The one Protocol whose disputes clause the text cites with arbitration or the Court in its sentence, or undefined
 * (none, or the clauses of two). The caller reads it only for a bare Protocol, once per text.
 */
export function disputesProtocol(text: string): TreatyId | undefined {
  if (!DISPUTES_WORD.test(text)) return undefined;
  const found = new Set<TreatyId>();
  DISPUTES_ARTICLE.lastIndex = 0;
  for (let m = DISPUTES_ARTICLE.exec(text); m; m = DISPUTES_ARTICLE.exec(text)) {
    const id = CLAUSE[m[1] ?? ''];
    if (id) found.add(id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The Protocols named by their order (`the Second Protocol to the UNTOC`: the Migrants Protocol), as the General
 * Assembly adopted them. Split from `name-forms.ts` (session 37). Pure, no DOM.
 */

import type { TreatyId } from './keys';
import { alt, execAt, sticky, stickyCased, WS } from './patterns';
import { withPlain } from './plain-letters';

/** The Protocols' order as the General Assembly adopted them (resolution 55/25, then 55/255): 1 TIP, 2 MIG, 3 FIRE. */
const ORDINAL_WORDS: readonly [readonly string[], TreatyId][] = [
  [['First', 'Premier', 'Primer'], 'TIP'],
  [withPlain(['Second', 'Deuxième', 'Segundo']), 'MIG'],
  [withPlain(['Third', 'Troisième', 'Tercer']), 'FIRE'],
];
/** `ORDINAL_WORDS`' words by first character (a nested `some` over all of them was a sixth of the name reader's time). */
const ORDINAL_BY_FIRST: ReadonlyMap<string, readonly string[]> = ORDINAL_WORDS.flatMap(([words]) => words).reduce(
  (byFirst, w) => byFirst.set(w.charAt(0), [...(byFirst.get(w.charAt(0)) ?? []), w]),
  new Map<string, string[]>(),
);
const ORDINALS: readonly [RegExp, TreatyId][] = ORDINAL_WORDS.map(([words, id]) => [
  new RegExp(`^(?:${words.join('|')})$`),
  id,
]);

/**
 * What puts the Protocol under UNTOC after its noun: `to the`, `supplementing the`, `additional to the`, `additionnel
 * à la`, `de la`, `complementario de la` (then UNTOC's name, read by the caller).
 */
const UNDER_UNTOC_RE = sticky(
  `${WS}${alt('to', 'supplementing', `additional${WS}to`, `additionnel${WS}[àa]`, 'de', `complementario${WS}de`)}${WS}(?:the${WS}|la${WS})?`,
);

/** An ordinal and a Protocol noun at a position (`Second Protocol`), for a connector's treaty. */
const ORDINAL_NOUN_RE = stickyCased(`([A-ZÀ-Ý][a-zà-ÿ]+)${WS}(?=Protoco(?:l|le|lo)(?![a-zà-ÿ]))`);

/** A Protocol noun (`Protocol`, `Protocole`, `Protocolo`), case-sensitive. */
const PROTOCOL_NOUN_RE = stickyCased('Protoco(?:l|le|lo)(?![a-zà-ÿ])');

/**
 * The Protocol an ordinal before the Protocol noun at `at` names when UNTOC follows it (`the Second Protocol to the
 * UNTOC`, dev en-097: the Migrants Protocol); null otherwise (`Second Optional Protocol`, `the Second Protocol to the
 * Hague Convention`). `untocEnd`: where UNTOC named in full at a position ends (the caller's name reader).
 */
export function ordinalProtocol(
  ordinal: string | undefined,
  text: string,
  at: number,
  untocEnd: (text: string, pos: number) => number | null,
): { id: TreatyId; end: number } | null {
  const id = ordinal === undefined ? undefined : ORDINALS.find(([re]) => re.test(ordinal))?.[1];
  const noun = id ? execAt(PROTOCOL_NOUN_RE, text, at) : null;
  const under = noun ? execAt(UNDER_UNTOC_RE, text, at + noun[0].length) : null;
  const end = under ? untocEnd(text, at + (noun?.[0].length ?? 0) + under[0].length) : null;
  return id && end !== null ? { id, end } : null;
}

/** An ordinal and its noun at `pos`: the ordinal and where the noun starts. */
export function ordinalNounAt(text: string, pos: number): { ordinal: string; noun: number } | null {
  // Only an ordinal word can be one: where none starts, the regex is not run (most calls: a treaty name's reader asks at
  // every connector); only the words led by the character at `pos` are tried (`ORDINAL_BY_FIRST`).
  if (!ORDINAL_BY_FIRST.get(text.charAt(pos))?.some((w) => text.startsWith(w, pos))) return null;
  const m = execAt(ORDINAL_NOUN_RE, text, pos);
  return m?.[1] && ORDINALS.some(([re]) => re.test(m[1] ?? '')) ? { ordinal: m[1], noun: pos + m[0].length } : null;
}

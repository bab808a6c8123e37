/**
 * An anaphoric Protocol noun right after a Protocol of ours named in full (`l’article 16 du Protocole relatif aux
 * migrants … ; l’article 18 du même Protocole`): that Protocol, whatever other subject the text names (`… réserve
 * l’application du droit international des réfugiés`, probe p19fr-034, where the refugees' Protocol of 1967 made the
 * text's bare nouns another treaty's; session 43). Read by `parseTreatyName` after `ledit` / `même` / `said` / `same` /
 * `this` (its `anaphoric`), before the text's subject is asked. Pure.
 */

import type { TreatyId } from './keys';

/** How far after the name an anaphor may stand (a sentence or two: `du même Protocole` points to the name just read). */
const REACH = 300;

/** What it reads of `treaty-names.ts`' `TreatyContext` (its fields of the same names). */
interface Focused {
  focus?: { id: TreatyId; at: number };
  otherAt?: number;
}

/** The Protocol of ours in focus when an anaphoric Protocol noun at `pos` points back to it, else undefined. */
export function protocolInFocus(ctx: Focused, pos: number): TreatyId | undefined {
  const f = ctx.focus;
  // Not UNTOC (a Protocol noun cannot point to it), not past another treaty named in full since.
  if (!f || f.id === 'UNTOC' || pos - f.at >= REACH || (ctx.otherAt !== undefined && ctx.otherAt > f.at))
    return undefined;
  return f.id;
}

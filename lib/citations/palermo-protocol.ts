/**
 * Which of the Protocols signed at Palermo a `Protocole de Palerme` is: its own subject after the name, else the text's
 * one Protocol subject, else the TIP Protocol. Split from `treaty-names.ts` (session 37). Pure, no DOM.
 */

import type { TreatyId } from './keys';
import { allMatches, perText } from './patterns';
import { QUALIFIER_RES, qualifierAt, supplementsAt } from './treaty-name-patterns';
import type { TreatyText } from './treaty-text';

/** What of the reading context the choice needs: the text's whole-text reads (`TreatyContext`'s). */
interface SubjectContext {
  doc?: TreatyText;
  subjectDoc?: TreatyText;
}

/**
 * After a Protocol qualified by `de Palerme` / `de Palermo` (the family of Protocols signed at Palermo): its own
 * subject names which one (`Protocole de Palerme sur le trafic illicite de migrants`); without one it is the TIP
 * Protocol, as "the Palermo Protocol" is.
 */
export function palermoProtocol(text: string, end: number, ctx: SubjectContext): { id: TreatyId; end: number } {
  // UNTOC named after it (`Protocole de Palerme additionnel à la Convention … organisée`, dev fr-342): in the span, as a
  // subject after it, which names the Protocol, unless a comma puts it apart (`…organisée, visant à prévenir…`).
  const sup = text.charCodeAt(end) === 32 ? supplementsAt(text, end) : null;
  if (sup) {
    const after = end + sup[0].length;
    const own = palermoProtocol(text, after, ctx);
    return { id: own.id, end: text.charAt(after) === ',' ? after : own.end };
  }
  for (const q of QUALIFIER_RES) {
    if (q.id === 'UNTOC') continue;
    const qm = qualifierAt(q, text, end);
    if (qm) return { id: q.id, end: end + qm[0].length };
  }
  // Without its own subject, the text's one Protocol subject (`Le protocole de Palerme oblige … à incriminer le trafic
  // de migrants`), else (or when the text names that Protocol by title beside it: `el artículo 8 del Protocolo de
  // Palermo y el artículo 18 del Protocolo contra el tráfico ilícito de migrantes`) the TIP Protocol.
  const subject = (ctx.doc ?? ctx.subjectDoc)?.subjectProtocol();
  return { id: subject === undefined || subject === 'TIP' || titledIn(text).has(subject) ? 'TIP' : subject, end };
}

/** A Protocol noun anywhere (`Protocol`, `Protocole`, `Protocolo`, any case), where a title may follow. */
const PROTOCOL_NOUN_G = /\bprotocol[eo]?\b/giu;

/** The Protocols `text` names by their own titles anywhere: read once per text (per Palermo Protocol, quadratic). */
const titledIn = perText<ReadonlySet<TreatyId>, []>(new Set(), (text) => {
  const ids = new Set<TreatyId>();
  for (const m of allMatches(PROTOCOL_NOUN_G, text))
    for (const q of QUALIFIER_RES) if (!ids.has(q.id) && qualifierAt(q, text, m.index + m[0].length)) ids.add(q.id);
  return ids;
});

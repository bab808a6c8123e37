/**
 * A bare treaty noun (`the Convention`, `le Protocole`) after which `parseTreatyName` read no name, qualifier or
 * anaphor: one of ours or not, as the text's subject and the context decide. A function of its own, called from
 * `parseTreatyName` at one noun in five: the text's answers it asks (`TreatyText`) have a call site each here that V8
 * sees as hot and inlines, where in `parseTreatyName` they were below its inlining threshold (a call in seven) and were
 * compiled late on their own, in the bench's window (session 47).
 */

import { othersOwnConvention, protocolsTogether } from './other-treaty-marks';
import type { TreatyContext } from './treaty-context';
import type { TreatyId } from './keys';

export function bareNounTreaty(
  text: string,
  pos: number,
  end: number,
  noun: 'convention' | 'protocol',
  ctx: TreatyContext,
): { id: TreatyId; end: number; named: boolean } | null {
  if (ctx.doc && !ctx.doc.ourSubject()) return null;
  if (noun === 'convention') {
    // Another Protocol named in full, none of ours yet (`Protocole de Cartagena…`, then `l'article 8 de la Convention`,
    // probe p15fr-060): the Convention is that Protocol's parent.
    if (ctx.otherProtocol && !ctx.named?.length) return null;
    if (treatyBodyDocumentBefore(text, pos, ctx.focus?.at ?? 0)) return null;
    // A court's own Convention (`othersOwnConvention`, session 23), read after the text's other marks.
    const notOurs =
      ctx.focus?.id !== 'UNTOC' &&
      (ctx.doc?.conventionNotOurs() ||
        (ctx.doc !== undefined &&
          othersOwnConvention(text, ctx.focus !== undefined, ctx.named?.includes('UNTOC') === true)));
    return notOurs ? null : { id: 'UNTOC', end, named: false };
  }
  // A text whose bare "the Protocol" has an article no Protocol of ours has (`article 30 of the Protocol`) is about
  // another Protocol, unless one of ours is in focus, named in full. Two of ours just named together: neither for sure.
  const inFocus = ctx.focus !== undefined && ctx.focus.id !== 'UNTOC';
  if (ctx.protocolPair || (!inFocus && ctx.doc?.protocolNotOurs())) return null;
  // Our three Protocols spoken of together, none named or the subject (`protocolsTogether`): `le Protocole` is any.
  const id = ctx.protocol ?? ctx.doc?.subjectProtocol();
  return id || inFocus || !ctx.doc || !protocolsTogether(text) ? { id: id ?? 'TIP', end, named: false } : null;
}

/**
 * A human rights treaty body's document symbol (`CEDAW/C/GC/38`, `CRC/C/GC/24`, `CERD/C/…`, `CAT/C/…`, `CMW/C/…`,
 * `CRPD/C/…`, `CED/C/…`): the text has that body's Convention in view.
 */
const TREATY_BODY_SYMBOL = /\b(?:CEDAW|CRC|CERD|CAT|CMW|CRPD|CED)\/C\//;

/**
 * Whether a treaty body's document was cited in the 300 characters before a bare Convention at `pos`, after the last
 * name of ours (`from`): `CEDAW/C/GC/38, para. 12, which interprets article 6 of that Convention` is CEDAW's (probe
 * p15en-058; session 39). `/C/` looked for first: most texts cite no such document.
 */
function treatyBodyDocumentBefore(text: string, pos: number, from: number): boolean {
  // The window sliced first: a `lastIndexOf` over the whole text read it back to its start at every bare Convention.
  const window = text.slice(Math.max(from, pos - 300), pos);
  const at = window.lastIndexOf('/C/');
  return at >= 0 && TREATY_BODY_SYMBOL.test(window.slice(Math.max(0, at - 6), at + 3));
}

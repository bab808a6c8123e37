/**
 * The last step of body inference (`classifier.ts`' `inferBodies`): the one body named in full anywhere in the text
 * whose numbering fits an instrument no other step settled (`Le Conseil des droits de l’homme (ci-après le Conseil) …
 * Un an plus tard, il décida … en adoptant la résolution 5/1`, dev fr-210: 5/1 fits the COP and the CCPCJ too, neither
 * named). For a possessive whose author's numbering refuses it, only among the bodies of the short name that opens its
 * clause (`The Economic and Social Council, in its resolution 2008/33, asked the Commission on Crime Prevention and
 * Criminal Justice…; the Commission followed up in its resolution 17/1`, probe p19en-077: the CCPCJ, not the Council;
 * session 43). Moved from `classifier.ts` (session 43). Pure.
 */

import { HINT_BODIES, type Author, type UnresolvedBody } from './infer-body';
import { fits, instrumentKey } from './instrument-numbers';
import type { OrgId } from './org-names';

/**
 * The body and key `u` gets from the bodies `named` in full in its text (read lazily), or undefined: only a bare number
 * in a body's own numbering (`n/m`, not a plain number), and not a possessive whose author is known unless its clause
 * opens with a short name (`UnresolvedBody.sentenceShort`).
 */
export function namedBodyKey(
  u: UnresolvedBody,
  author: Author | undefined,
  named: () => ReadonlySet<OrgId>,
): { org: OrgId; key: string } | undefined {
  const short = u.possessive && author ? u.sentenceShort : undefined;
  if (u.hint !== 'bare' || u.number.plain || (u.possessive && author && !short)) return undefined;
  const fitting = [...named()].filter(
    (o) => fits(o, u.instrument, u.number) && (!short || HINT_BODIES[short].includes(o)),
  );
  const org = fitting.length === 1 ? fitting[0] : undefined;
  const key = org && instrumentKey(org, u.instrument, u.number);
  return org && key ? { org, key } : undefined;
}

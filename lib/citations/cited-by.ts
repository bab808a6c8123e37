/**
 * "Cited by": which corpus items cite which documents. The corpus build calls it on every item's text and stores the
 * result as `corpus.citedBy`.
 */

import { findCitations } from './find';
import type { DocumentContext } from './infer-body';
import type { ResolverData } from './resolver-data';

/**
 * Every corpus item is a text of the COP or of its Working Group: a bare `décision 4/4` or `sa résolution 5/2` in it
 * is the COP's.
 */
const CORPUS_CONTEXT: DocumentContext = { author: 'COP' };

/**
 * Citation key → ids of the items whose text cites it, in item order, each id once per key. Keys are those of
 * `findCitations` (`A/RES/64/293`, `COP decision 4/4`, `TIP Protocol art. 6`); with `data`, Working Group reports
 * named by their year are included under their symbol.
 */
export function computeCitedBy(
  items: readonly { id: string; text: string }[],
  data?: ResolverData,
): Record<string, string[]> {
  const citedBy: Record<string, string[]> = {};
  for (const item of items) {
    for (const c of findCitations(item.text, data, CORPUS_CONTEXT)) {
      const ids = (citedBy[c.key] ??= []);
      if (ids[ids.length - 1] !== item.id) ids.push(item.id);
    }
  }
  return citedBy;
}

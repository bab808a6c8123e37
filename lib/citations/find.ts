/**
 * `findCitations`: the pipeline in one function (kept apart from `index.ts` so `cited-by.ts` and `segments.ts` can use
 * it without an import cycle).
 */

import { classify } from './classifier';
import type { DocumentContext } from './infer-body';
import { selectNonOverlapping } from './overlap';
import { resolveCandidate } from './resolver';
import type { ResolverData } from './resolver-data';
import type { Citation } from './types';

/**
 * The citations of `text`, in text order, without overlaps. Offsets are UTF-16 indices into `text`
 * (`text.slice(c.start, c.end) === c.text`). Without `data`, `inCorpus` is false and `targets` empty everywhere, and
 * Working Group reports named only by their year are not reported. `context` gives the document's author when the
 * caller knows it (a bare `decision 4/4` in a COP document); the text's own heading lines win over it.
 */
export function findCitations(text: string, data?: ResolverData, context?: DocumentContext): Citation[] {
  const out: Citation[] = [];
  for (const c of selectNonOverlapping(classify(text, context))) {
    const citation = resolveCandidate(c, text, data);
    if (citation) out.push(citation);
  }
  return out;
}

/**
 * `findCitations`: the pipeline in one function (kept apart from `index.ts` so `cited-by.ts` and `segments.ts` can use
 * it without an import cycle).
 */

import { classify } from './classifier';
import { selectNonOverlapping } from './overlap';
import { resolveCandidate } from './resolver';
import type { ResolverData } from './resolver-data';
import type { Citation } from './types';

/**
 * The citations of `text`, in text order, without overlaps. Offsets are UTF-16 indices into `text`
 * (`text.slice(c.start, c.end) === c.text`). Without `data`, `inCorpus` is false and `targets` empty everywhere, and
 * Working Group reports named only by their year are not reported.
 */
export function findCitations(text: string, data?: ResolverData): Citation[] {
  const out: Citation[] = [];
  for (const c of selectNonOverlapping(classify(text))) {
    const citation = resolveCandidate(c, text, data);
    if (citation) out.push(citation);
  }
  return out;
}

/**
 * `findCitations`: the pipeline in one function (kept apart from `index.ts` so `cited-by.ts` and `segments.ts` can use
 * it without an import cycle).
 */

import { classify } from './classifier';
import type { DocumentContext } from './infer-body';
import { selectNonOverlapping } from './overlap';
import { originalSpan, readingText } from './reading-text';
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
  // The engine reads the text without its typography's spaces, invisible characters and cut words
  // (`reading-text.ts`); each span found there is mapped back to the characters of `text` it covers.
  const reading = readingText(text);
  const read = reading.text;
  const out: Citation[] = [];
  for (const c of selectNonOverlapping(classify(read, context))) {
    const citation = resolveCandidate(c, read, data);
    if (!citation) continue;
    if (reading.offsets) {
      const { start, end } = originalSpan(reading, text, citation.start, citation.end);
      out.push({ ...citation, start, end, text: text.slice(start, end) });
    } else if (read !== text) {
      // Soft wraps read as spaces, glued en dashes as hyphens (`reading-text.ts`): the same offsets, the original's
      // characters.
      out.push({ ...citation, text: text.slice(citation.start, citation.end) });
    } else out.push(citation);
  }
  return out;
}

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
  // Where the offsets are the same (nothing read differently, or soft wraps read as spaces and glued en dashes as
  // hyphens: `reading-text.ts`), a citation shows the original's characters, sliced from `text` directly.
  const shown = reading.offsets ? read : text;
  for (const c of selectNonOverlapping(classify(read, context))) {
    const citation = resolveCandidate(c, shown, data);
    if (!citation) continue;
    if (reading.offsets) {
      const { start, end } = originalSpan(reading, text, citation.start, citation.end);
      out.push({ ...citation, start, end, text: text.slice(start, end) });
    } else out.push(citation);
  }
  return out;
}

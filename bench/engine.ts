/**
 * Citation-engine throughput in Node: `findCitations` with the corpus's resolver data over the synthetic page's prose,
 * one call per paragraph as the content script calls it per block of text. MB are 10^6 bytes of UTF-8.
 */

import { createResolverData, findCitations, type ResolverData } from '../lib/citations';
import type { Corpus } from '../corpus/schema';
import { summarize, type Summary } from './stats';

export interface EngineResult {
  /** Prose throughput, from the median pass time. */
  mbPerSecond: number;
  /** Time per pass over all the prose. */
  pass: Summary;
  /** Size of the prose, MB. */
  megabytes: number;
  /** Citations found per pass (a sanity check that the engine did its work). */
  citations: number;
}

/** Unmeasured passes first: V8 optimises the engine and tiers its regexes up, as after a reader's first pages. */
const WARM_UP_PASSES = 3;

export function measureEngine(
  corpus: Corpus,
  prose: string,
  repetitions: number,
  warmUp = WARM_UP_PASSES,
): EngineResult {
  const data: ResolverData = createResolverData(corpus);
  const paragraphs = prose.split('\n');
  const megabytes = Buffer.byteLength(prose) / 1e6;
  const pass = () => {
    let found = 0;
    for (const paragraph of paragraphs) found += findCitations(paragraph, data).length;
    return found;
  };
  for (let i = 0; i < warmUp; i++) pass();
  let citations = 0;
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    citations = pass();
    times.push(performance.now() - start);
  }
  const summary = summarize(times);
  return {
    mbPerSecond: megabytes / (summary.median / 1000),
    pass: summary,
    megabytes,
    citations,
  };
}

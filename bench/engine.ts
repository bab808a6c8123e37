/**
 * Citation-engine throughput in Node: `findCitations` with the corpus's resolver data over the synthetic page's prose,
 * one call per paragraph as the content script calls it per block of text. MB are 10^6 bytes of UTF-8.
 *
 * Each pass is timed twice: by the wall clock, and by the CPU time the process used (user + system). The engine is
 * single-threaded, so on an idle machine both agree; on these shared two-core machines the wall clock also counts the
 * moments another process had the CPU, which the CPU time does not. The figure is the CPU-time throughput; V8's
 * helper threads (garbage collection) add to the CPU time, so it errs on the slow side.
 */

import { cpuUsage } from 'node:process';
import { createResolverData, findCitations, type ResolverData } from '../lib/citations';
import type { Corpus } from '../corpus/schema';
import { summarize, type Summary } from './stats';
import { mainThreadCpuMs } from './thread-cpu';

export interface EngineResult {
  /** Prose throughput per CPU second, from the median pass. */
  mbPerSecond: number;
  /** Prose throughput per wall-clock second, from the median pass. */
  wallMbPerSecond: number;
  /** CPU time per pass over all the prose (ms). */
  pass: Summary;
  /** Wall-clock time per pass (ms). */
  wallPass: Summary;
  /**
   * CPU time per pass of the engine's own thread (ms), and what V8's helper threads added to `pass` (its CPU time less
   * the main thread's): absent where the main thread's time cannot be read (`thread-cpu.ts`).
   */
  mainThread?: { pass: Summary; helpers: Summary };
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
  const cpu: number[] = [];
  const wall: number[] = [];
  const main: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const startMain = mainThreadCpuMs();
    const startCpu = cpuUsage();
    const start = performance.now();
    citations = pass();
    wall.push(performance.now() - start);
    const used = cpuUsage(startCpu);
    const endMain = mainThreadCpuMs();
    cpu.push((used.user + used.system) / 1000);
    if (startMain !== undefined && endMain !== undefined) main.push(endMain - startMain);
  }
  const summary = summarize(cpu);
  const wallSummary = summarize(wall);
  return {
    ...(main.length === cpu.length && main.length > 0
      ? {
          mainThread: { pass: summarize(main), helpers: summarize(cpu.map((c, i) => Math.max(0, c - (main[i] ?? 0)))) },
        }
      : {}),
    mbPerSecond: megabytes / (summary.median / 1000),
    wallMbPerSecond: megabytes / (wallSummary.median / 1000),
    pass: summary,
    wallPass: wallSummary,
    megabytes,
    citations,
  };
}

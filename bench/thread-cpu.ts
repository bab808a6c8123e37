/**
 * The CPU time of the process's main thread alone, where Linux tells it (`/proc/self/task/<pid>/schedstat`: the
 * thread's time on a CPU, in nanoseconds). `process.cpuUsage()` counts every thread, V8's helpers too (TurboFan's
 * background compiles, concurrent marking); the difference between the two is what those helpers cost a pass.
 */

import { readFileSync } from 'node:fs';
import { pid } from 'node:process';

/** The main thread's CPU time so far (ms), or undefined where `schedstat` cannot be read (not Linux, no procfs). */
export function mainThreadCpuMs(): number | undefined {
  try {
    const ns = Number(readFileSync(`/proc/self/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

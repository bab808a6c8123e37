import { cpuUsage, platform } from 'node:process';
import { describe, expect, it } from 'vitest';
import { mainThreadCpuMs } from '../../../bench/thread-cpu';

/** Keeps the main thread busy for about `ms` of wall time. */
function spin(ms: number): number {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x += Math.sqrt(x + 1);
  return x;
}

describe('mainThreadCpuMs', () => {
  it.runIf(platform === 'linux')(
    "reads the main thread's CPU time, which a busy loop advances and never exceeds the process's",
    () => {
      const startMain = mainThreadCpuMs();
      const startCpu = cpuUsage();
      spin(80);
      const used = cpuUsage(startCpu);
      const endMain = mainThreadCpuMs();
      expect(startMain).toBeTypeOf('number');
      expect(endMain).toBeTypeOf('number');
      const main = (endMain ?? 0) - (startMain ?? 0);
      const process = (used.user + used.system) / 1000;
      // The loop ran on this thread: most of its 80 ms are this thread's (a shared machine may take some away).
      expect(main).toBeGreaterThan(20);
      // The process's CPU time counts this thread too (cpuUsage has microsecond steps; a few ms of slack for them).
      expect(main).toBeLessThanOrEqual(process + 5);
    },
  );
});

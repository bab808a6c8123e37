import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureHoverPainted, measurePass, measureVisibleMarks, measureWarmUp } from '../../lib/page/bench-hooks';

/** Every hook once; the frame callbacks run at once, so every measure is taken before this returns. */
async function runEveryHook(): Promise<string[]> {
  const measure = vi.spyOn(performance, 'measure');
  const frame = (callback: FrameRequestCallback) => {
    callback(0);
    return 0;
  };
  measurePass(true, 0, 3);
  measurePass(false, 0, 3);
  measureHoverPainted(0, 'ready', frame);
  measureVisibleMarks(0, frame);
  measureWarmUp(0, 1);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return measure.mock.calls.map(([name]) => name).filter((name) => name.startsWith('renvoi:'));
}

// The page's performance timeline is the page's own: a normal build writes nothing to it (audit M5).
describe('benchmark hooks', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('write no measure in a normal build', async () => {
    expect(await runEveryHook()).toEqual([]);
  });

  it('write every measure in a benchmark build (WXT_RENVOI_BENCH=true)', async () => {
    vi.stubEnv('WXT_RENVOI_BENCH', 'true');
    expect((await runEveryHook()).sort()).toEqual([
      'renvoi:hover',
      'renvoi:rescan',
      'renvoi:scan',
      'renvoi:visible-marks',
      'renvoi:warm-up',
    ]);
  });
});

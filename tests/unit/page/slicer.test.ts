import { describe, expect, it } from 'vitest';
import { createSlicer } from '../../../lib/page/scan/slicer';

describe('createSlicer', () => {
  it('asks to yield once the budget is used, and starts a new slice after yielding', async () => {
    let clock = 0;
    const slicer = createSlicer(
      new AbortController().signal,
      8,
      () => clock,
      async () => undefined,
    );
    clock = 7;
    expect(slicer.shouldYield()).toBe(false);
    clock = 8;
    expect(slicer.shouldYield()).toBe(true);
    await slicer.yield();
    expect(slicer.shouldYield()).toBe(false);
  });

  it('stops the work once aborted', async () => {
    const controller = new AbortController();
    const slicer = createSlicer(
      controller.signal,
      8,
      () => 0,
      async () => controller.abort(),
    );
    await expect(slicer.yield()).rejects.toMatchObject({ name: 'AbortError' });
  });
});

import { describe, expect, it } from 'vitest';
import { createHoverController } from '../../../lib/page/hover/hover-controller';
import type { HoverEvent } from '../../../lib/page/hover/hover-machine';

/** A controller on fake timers: `fire(kind)` runs the pending timer of that kind. */
function setup() {
  const calls: string[] = [];
  const timers = new Map<number, { ms: number; run: () => void }>();
  let next = 1;
  const hover = createHoverController({
    timing: () => ({ dwellMs: 300, hideMs: 200 }),
    setTimeout: (run, ms) => {
      timers.set(next, { ms, run });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id),
    show: (id, focus) => calls.push(`show ${id}${focus ? ' focus' : ''}`),
    hide: () => calls.push('hide'),
    dwelling: (id) => calls.push(`dwelling ${id}`),
  });
  const fire = (ms: number) => {
    const entry = [...timers.entries()].find(([, t]) => t.ms === ms);
    if (!entry) throw new Error(`no ${ms} ms timer`);
    timers.delete(entry[0]);
    entry[1].run();
  };
  return { hover, calls, fire };
}

const on = (id: number): HoverEvent => ({ type: 'pointer', target: { type: 'citation', id } });
const off: HoverEvent = { type: 'pointer', target: { type: 'none' } };

describe('createHoverController: the dwell is announced so the card can be rendered ahead', () => {
  it.each([
    { name: 'dwell, then the card', events: [on(1)], fireDwell: true, calls: ['dwelling 1', 'show 1'] },
    {
      name: 'leaving before the dwell ends drops it',
      events: [on(1), off],
      fireDwell: false,
      calls: ['dwelling 1', 'dwelling null'],
    },
    {
      name: 'moving to another citation dwells anew',
      events: [on(1), on(2)],
      fireDwell: true,
      calls: ['dwelling 1', 'dwelling null', 'dwelling 2', 'show 2'],
    },
    {
      name: 'the keyboard opens a card at once',
      events: [on(1), { type: 'reveal', id: 3 } as HoverEvent],
      fireDwell: false,
      calls: ['dwelling 1', 'dwelling null', 'show 3 focus'],
    },
    {
      name: 'staying on the same citation keeps the dwell',
      events: [on(1), on(1)],
      fireDwell: true,
      calls: ['dwelling 1', 'show 1'],
    },
  ])('$name', ({ events, fireDwell, calls: expected }) => {
    const { hover, calls, fire } = setup();
    for (const event of events) hover.send(event);
    if (fireDwell) fire(300);
    expect(calls).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  hoverStep,
  INITIAL_HOVER_STATE,
  type HoverEffect,
  type HoverEvent,
  type HoverState,
} from '../../../lib/page/hover/hover-machine';

const TIMING = { dwellMs: 300, hideMs: 300 };

/** What a test does: machine events, or a timer firing (the last one scheduled of its kind, stale or not). */
type Step =
  | HoverEvent
  | { type: 'fire'; timer: 'dwell' | 'hide' }
  | { type: 'over'; id: number }
  | { type: 'off' }
  | { type: 'card' };

/** Runs steps through the machine; answers what was shown and hidden, in order, and the final state. */
function run(steps: Step[]): { log: string[]; state: HoverState } {
  let state = INITIAL_HOVER_STATE;
  const scheduled: Record<'dwell' | 'hide', number | null> = { dwell: null, hide: null };
  const log: string[] = [];
  const apply = (event: HoverEvent) => {
    const step = hoverStep(state, event, TIMING);
    state = step.state;
    for (const effect of step.effects as HoverEffect[]) {
      if (effect.type === 'schedule') scheduled[effect.timer] = effect.token;
      if (effect.type === 'show') log.push(`show ${effect.id}${effect.focus ? ' focus' : ''}`);
      if (effect.type === 'hide') log.push(`hide${effect.restoreFocus ? ' restore' : ''}`);
    }
  };
  for (const s of steps) {
    if (s.type === 'fire') {
      const token = scheduled[s.timer];
      // A cancelled timer may still fire late (the token tells it apart).
      if (token !== null) apply({ type: s.timer === 'dwell' ? 'dwell-elapsed' : 'hide-elapsed', token });
    } else if (s.type === 'over') apply({ type: 'pointer', target: { type: 'citation', id: s.id } });
    else if (s.type === 'off') apply({ type: 'pointer', target: { type: 'none' } });
    else if (s.type === 'card') apply({ type: 'pointer', target: { type: 'card' } });
    else apply(s);
  }
  return { log, state };
}

const over = (id: number): Step => ({ type: 'over', id });
const off: Step = { type: 'off' };
const card: Step = { type: 'card' };
const dwell: Step = { type: 'fire', timer: 'dwell' };
const hide: Step = { type: 'fire', timer: 'hide' };

describe('hover timing', () => {
  it.each<[string, Step[], string[], number | null]>([
    ['opens after the dwell', [over(1), dwell], ['show 1'], 1],
    ['opens nothing when the pointer only passed (a late timer is stale)', [over(1), off, dwell], [], null],
    ['stays on while the pointer rests on the citation', [over(1), dwell, over(1), over(1)], ['show 1'], 1],
    ['hides after the pointer left both', [over(1), dwell, off, hide], ['show 1', 'hide'], null],
    ['stays when the pointer moves onto the card', [over(1), dwell, off, card, hide], ['show 1'], 1],
    ['stays when the pointer comes back to the citation', [over(1), dwell, off, over(1), hide], ['show 1'], 1],
    ['swaps to another citation without closing in between', [over(1), dwell, over(2), dwell], ['show 1', 'show 2'], 2],
    [
      'hides the first card if the pointer leaves before the second dwell',
      [over(1), dwell, over(2), off, hide, dwell],
      ['show 1', 'hide'],
      null,
    ],
    [
      'keeps a keyboard card open whatever the pointer does',
      [{ type: 'reveal', id: 3 }, off, hide, over(4), dwell],
      ['show 3 focus'],
      3,
    ],
    [
      'closes a keyboard card on Esc and gives focus back',
      [{ type: 'reveal', id: 3 }, { type: 'dismiss' }],
      ['show 3 focus', 'hide restore'],
      null,
    ],
    [
      'closes a keyboard card when focus leaves it',
      [{ type: 'reveal', id: 3 }, { type: 'focus-left' }],
      ['show 3 focus', 'hide'],
      null,
    ],
    ['ignores focus leaving a hover card', [over(1), dwell, { type: 'focus-left' }], ['show 1'], 1],
    [
      'closes a hover card on Esc without moving focus',
      [over(1), dwell, { type: 'dismiss' }],
      ['show 1', 'hide'],
      null,
    ],
    ['forgets a pending card on reset', [over(1), { type: 'reset' }, dwell], [], null],
    ['closes on reset', [over(1), dwell, { type: 'reset' }], ['show 1', 'hide'], null],
  ])('%s', (_name, steps, log, shown) => {
    const result = run(steps);
    expect(result.log).toEqual(log);
    expect(result.state.shown).toBe(shown);
  });

  it('never mutates the state it is given', () => {
    const state = Object.freeze({ ...INITIAL_HOVER_STATE });
    expect(() => hoverStep(state, { type: 'pointer', target: { type: 'citation', id: 1 } }, TIMING)).not.toThrow();
    expect(state).toEqual(INITIAL_HOVER_STATE);
  });

  it('schedules the dwell with the configured delay', () => {
    const { effects } = hoverStep(
      INITIAL_HOVER_STATE,
      { type: 'pointer', target: { type: 'citation', id: 1 } },
      {
        dwellMs: 750,
        hideMs: 300,
      },
    );
    expect(effects).toEqual([{ type: 'schedule', timer: 'dwell', ms: 750, token: 1 }]);
  });
});

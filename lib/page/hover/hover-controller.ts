/**
 * Runs the hover state machine with real timers: feeds it events, performs its effects. The only stateful part of
 * hover timing; the rules themselves are in `hover-machine.ts`.
 */

import { hoverStep, INITIAL_HOVER_STATE, type HoverEvent, type HoverState, type HoverTiming } from './hover-machine';

export interface HoverControllerDeps {
  /** Read on every event, so a changed setting applies to the next hover. */
  timing(): HoverTiming;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  show(id: number, focus: boolean): void;
  hide(restoreFocus: boolean): void;
  /** The pointer starts dwelling on citation `id` (null: the dwell ended without a card), so its card can be readied. */
  dwelling?(id: number | null): void;
}

export interface HoverController {
  send(event: HoverEvent): void;
  readonly state: HoverState;
}

export function createHoverController(deps: HoverControllerDeps): HoverController {
  let state = INITIAL_HOVER_STATE;
  const timers: Record<'dwell' | 'hide', number | null> = { dwell: null, hide: null };
  const clear = (timer: 'dwell' | 'hide') => {
    const id = timers[timer];
    if (id !== null) deps.clearTimeout(id);
    timers[timer] = null;
  };
  const send = (event: HoverEvent): void => {
    const step = hoverStep(state, event, deps.timing());
    state = step.state;
    for (const effect of step.effects) {
      switch (effect.type) {
        case 'schedule': {
          clear(effect.timer);
          const elapsed: HoverEvent =
            effect.timer === 'dwell'
              ? { type: 'dwell-elapsed', token: effect.token }
              : { type: 'hide-elapsed', token: effect.token };
          timers[effect.timer] = deps.setTimeout(() => {
            timers[effect.timer] = null;
            send(elapsed);
          }, effect.ms);
          if (effect.timer === 'dwell') deps.dwelling?.(state.pending);
          break;
        }
        case 'cancel':
          clear(effect.timer);
          if (effect.timer === 'dwell') deps.dwelling?.(null);
          break;
        case 'show':
          deps.show(effect.id, effect.focus);
          break;
        case 'hide':
          deps.hide(effect.restoreFocus);
          break;
      }
    }
  };
  return {
    send,
    get state() {
      return state;
    },
  };
}

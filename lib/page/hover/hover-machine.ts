/**
 * When a hover card opens and closes, as a pure state machine (no timers, no DOM): the caller feeds it events and
 * performs the effects it returns. Timing in the spirit of Wikipedia's Page Previews:
 * - a card opens after the pointer dwells on a citation (`dwellMs`); leaving before that cancels it (no stray card);
 * - it stays while the pointer moves onto it, and hides `hideMs` after the pointer has left both citation and card;
 * - moving to another citation keeps the open card until the new dwell completes, then swaps (no flicker);
 * - a card opened from the keyboard is pinned: the pointer does not close it, Esc or focus leaving it does.
 * Each timer carries a token; an elapsed timer whose token is stale is ignored.
 */

/** What the pointer is over, as hit-testing reports it each animation frame. */
export type PointerTarget = { type: 'citation'; id: number } | { type: 'card' } | { type: 'none' };

export type HoverEvent =
  | { type: 'pointer'; target: PointerTarget }
  | { type: 'dwell-elapsed'; token: number }
  | { type: 'hide-elapsed'; token: number }
  /** Open a card at once with focus inside (keyboard navigation, the popup's "reveal"). */
  | { type: 'reveal'; id: number }
  /** Esc, the close button. */
  | { type: 'dismiss' }
  /** Focus left a pinned card. */
  | { type: 'focus-left' }
  /** The shown citation disappeared (rescan, navigation, Renvoi turned off). */
  | { type: 'reset' };

export type HoverEffect =
  | { type: 'schedule'; timer: 'dwell' | 'hide'; ms: number; token: number }
  | { type: 'cancel'; timer: 'dwell' | 'hide' }
  | { type: 'show'; id: number; focus: boolean }
  /** `restoreFocus`: give focus back to where it was before the card took it. */
  | { type: 'hide'; restoreFocus: boolean };

export interface HoverState {
  /** Citation whose card is open. */
  shown: number | null;
  /** The open card was opened from the keyboard and holds focus. */
  pinned: boolean;
  /** Citation being dwelt on, and the token of its dwell timer. */
  pending: number | null;
  dwellToken: number;
  /** Token of the running hide timer, or null. */
  hideToken: number | null;
  /** Last token handed out. */
  counter: number;
}

/** The hide delay after the pointer leaves citation and card (ms), as in Page Previews. */
export const HIDE_DELAY_MS = 300;

export interface HoverTiming {
  dwellMs: number;
  hideMs: number;
}

export const INITIAL_HOVER_STATE: HoverState = {
  shown: null,
  pinned: false,
  pending: null,
  dwellToken: 0,
  hideToken: null,
  counter: 0,
};

interface Step {
  state: HoverState;
  effects: HoverEffect[];
}

function cancelDwell(step: Step): void {
  if (step.state.pending === null) return;
  step.state = { ...step.state, pending: null };
  step.effects.push({ type: 'cancel', timer: 'dwell' });
}

function cancelHide(step: Step): void {
  if (step.state.hideToken === null) return;
  step.state = { ...step.state, hideToken: null };
  step.effects.push({ type: 'cancel', timer: 'hide' });
}

function startHide(step: Step, timing: HoverTiming): void {
  if (step.state.shown === null || step.state.pinned || step.state.hideToken !== null) return;
  const token = step.state.counter + 1;
  step.state = { ...step.state, hideToken: token, counter: token };
  step.effects.push({ type: 'schedule', timer: 'hide', ms: timing.hideMs, token });
}

function startDwell(step: Step, id: number, timing: HoverTiming): void {
  const token = step.state.counter + 1;
  step.state = { ...step.state, pending: id, dwellToken: token, counter: token };
  step.effects.push({ type: 'schedule', timer: 'dwell', ms: timing.dwellMs, token });
}

function hideNow(step: Step, restoreFocus: boolean): void {
  cancelDwell(step);
  cancelHide(step);
  if (step.state.shown === null) return;
  step.state = { ...step.state, shown: null, pinned: false };
  step.effects.push({ type: 'hide', restoreFocus });
}

function onPointer(step: Step, target: PointerTarget, timing: HoverTiming): void {
  const { shown, pending, pinned } = step.state;
  if (target.type === 'card') {
    cancelDwell(step);
    cancelHide(step);
    return;
  }
  if (target.type === 'none') {
    cancelDwell(step);
    startHide(step, timing);
    return;
  }
  if (target.id === shown) {
    cancelDwell(step);
    cancelHide(step);
    return;
  }
  if (target.id === pending) return;
  // Another citation: dwell on it; the open card (if any and not pinned) starts hiding meanwhile.
  if (pinned) return;
  cancelDwell(step);
  startDwell(step, target.id, timing);
  startHide(step, timing);
}

/** One step of the machine: the next state and what to do. Never mutates `state`. */
export function hoverStep(state: HoverState, event: HoverEvent, timing: HoverTiming): Step {
  const step: Step = { state, effects: [] };
  switch (event.type) {
    case 'pointer':
      onPointer(step, event.target, timing);
      break;
    case 'dwell-elapsed':
      if (state.pending !== null && event.token === state.dwellToken) {
        const id = state.pending;
        step.state = { ...step.state, pending: null };
        cancelHide(step);
        step.state = { ...step.state, shown: id, pinned: false };
        step.effects.push({ type: 'show', id, focus: false });
      }
      break;
    case 'hide-elapsed':
      if (state.hideToken !== null && event.token === state.hideToken) {
        step.state = { ...step.state, hideToken: null };
        hideNow(step, false);
      }
      break;
    case 'reveal':
      cancelDwell(step);
      cancelHide(step);
      step.state = { ...step.state, shown: event.id, pinned: true };
      step.effects.push({ type: 'show', id: event.id, focus: true });
      break;
    case 'dismiss':
      hideNow(step, state.pinned);
      break;
    case 'focus-left':
      if (state.pinned) hideNow(step, false);
      break;
    case 'reset':
      hideNow(step, false);
      break;
  }
  return step;
}

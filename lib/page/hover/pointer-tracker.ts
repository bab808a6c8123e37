/**
 * Follows the mouse over the page and reports what it is on, at most once per animation frame: a citation (by
 * hit-testing), Renvoi's card, or nothing. Scrolling under a resting pointer is followed too. Touch input is ignored
 * (there is no hover); the keyboard path covers it.
 */

import type { PointerTarget } from './hover-machine';

export interface PointerTrackerOptions {
  win: Window;
  signal: AbortSignal;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  /** True when an event target is Renvoi's host (events from inside the shadow root are retargeted to it). */
  isOwn(target: EventTarget | null): boolean;
  /** The citation id under a viewport point, or null. */
  hitTest(x: number, y: number): number | null;
  report(target: PointerTarget): void;
}

export function trackPointer(options: PointerTrackerOptions): void {
  const { win, signal } = options;
  let last: { x: number; y: number; own: boolean } | null = null;
  let frame = 0;
  const run = () => {
    frame = 0;
    if (!last) return options.report({ type: 'none' });
    if (last.own) return options.report({ type: 'card' });
    const id = options.hitTest(last.x, last.y);
    options.report(id === null ? { type: 'none' } : { type: 'citation', id });
  };
  const schedule = () => {
    if (frame === 0) frame = options.requestAnimationFrame(run);
  };
  const listen = { passive: true, capture: true, signal };
  win.addEventListener(
    'pointermove',
    (event) => {
      // Only the reader's own pointer: a page script's synthetic `pointermove` (isTrusted false) opens no card.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      last = { x: event.clientX, y: event.clientY, own: options.isOwn(event.target) };
      schedule();
    },
    listen,
  );
  win.addEventListener(
    'scroll',
    () => {
      if (last && !last.own) schedule();
    },
    listen,
  );
  // The pointer left the window.
  win.document.addEventListener(
    'pointerout',
    (event) => {
      if (event.relatedTarget === null && event.pointerType !== 'touch') {
        last = null;
        schedule();
      }
    },
    listen,
  );
}

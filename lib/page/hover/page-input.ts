/**
 * The page events a session follows: the pointer (through `pointer-tracker.ts`), the keyboard shortcuts and Esc, and
 * scrolling or resizing while a card is open. Listeners go with `signal`.
 */

import type { PointerTarget } from './hover-machine';
import { navigationOf, type NavDirection } from './keyboard';
import { trackPointer } from './pointer-tracker';
import type { PageLifetime } from '../session-types';

export interface PageInputOptions {
  win: Window;
  signal: AbortSignal;
  lifetime: PageLifetime;
  /** True for Renvoi's host (events from inside its shadow root are retargeted to it). */
  isOwn(target: EventTarget | null): boolean;
  hitTest(x: number, y: number): number | null;
  report(target: PointerTarget): void;
  navigate(direction: NavDirection): void;
  /** Esc: closes the open card; false when there was none. */
  escape(): boolean;
  /** Called once per animation frame while the page scrolls or resizes. */
  viewportChanged(): void;
}

export function listenToPage(options: PageInputOptions): void {
  const { win, signal, lifetime } = options;
  trackPointer({
    win,
    signal,
    requestAnimationFrame: (callback) => lifetime.requestAnimationFrame(callback),
    isOwn: options.isOwn,
    hitTest: options.hitTest,
    report: options.report,
  });
  win.addEventListener(
    'keydown',
    (event) => {
      const direction = navigationOf(event);
      if (direction) {
        event.preventDefault();
        event.stopPropagation();
        options.navigate(direction);
      } else if (event.key === 'Escape' && options.escape() && options.isOwn(event.target)) {
        // Inside the card Esc is ours; on the page, closing a hover card must not swallow the page's own Esc.
        event.stopPropagation();
      }
    },
    { capture: true, signal },
  );
  let frame = 0;
  const follow = () => {
    if (frame !== 0) return;
    frame = lifetime.requestAnimationFrame(() => {
      frame = 0;
      options.viewportChanged();
    });
  };
  win.addEventListener('scroll', follow, { passive: true, capture: true, signal });
  win.addEventListener('resize', follow, { passive: true, signal });
}

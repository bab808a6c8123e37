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

/**
 * True for a target that takes text (fields, text areas, editable areas, also inside open shadow roots): there the
 * keys belong to the reader's typing (on macOS, Alt+Shift+N/P type characters), so the shortcuts step aside.
 */
function editable(target: EventTarget | null): boolean {
  const path = target instanceof Element ? target : null;
  if (!path) return false;
  const element = (path.shadowRoot?.activeElement ?? path) as Element;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
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
      // Only the reader's own keys: a page script's synthetic key (isTrusted false) drives nothing.
      if (!event.isTrusted) return;
      const direction = editable(event.target) ? null : navigationOf(event);
      if (direction) {
        // Ours: no browser default, but the page still sees the key (its own listeners are not cut off).
        event.preventDefault();
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

/**
 * Keyboard access to the citations of a page: Alt+Shift+N moves to the next citation, Alt+Shift+P to the previous one
 * (by physical key, so layouts where Alt+Shift+letter types a symbol work too), wrapping around. Pure helpers; the
 * page session listens and acts.
 */

export type NavDirection = 'next' | 'previous';

/** The navigation a key press asks for, or null. */
export function navigationOf(
  event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>,
): NavDirection | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.code === 'KeyN') return 'next';
  if (event.code === 'KeyP') return 'previous';
  return null;
}

/**
 * The index to move to among `count` citations in document order, from the current one (`current`, or -1 when none
 * is selected yet). Wraps at both ends; null when there is nothing to move to.
 */
export function nextIndex(count: number, current: number, direction: NavDirection): number | null {
  if (count === 0) return null;
  if (current < 0 || current >= count) return direction === 'next' ? 0 : count - 1;
  return direction === 'next' ? (current + 1) % count : (current - 1 + count) % count;
}

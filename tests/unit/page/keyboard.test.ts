import { describe, expect, it } from 'vitest';
import { navigationOf, nextIndex } from '../../../lib/page/hover/keyboard';

const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('keyboard navigation', () => {
  it.each([
    [key('KeyN', { altKey: true, shiftKey: true }), 'next'],
    [key('KeyP', { altKey: true, shiftKey: true }), 'previous'],
    [key('KeyN', { altKey: true }), null],
    [key('KeyN', { altKey: true, shiftKey: true, ctrlKey: true }), null],
    [key('KeyN', { altKey: true, shiftKey: true, metaKey: true }), null],
    [key('KeyX', { altKey: true, shiftKey: true }), null],
  ])('%o → %s', (event, expected) => {
    expect(navigationOf(event)).toBe(expected);
  });

  it.each([
    [0, -1, 'next', null],
    [5, -1, 'next', 0],
    [5, -1, 'previous', 4],
    [5, 2, 'next', 3],
    [5, 4, 'next', 0],
    [5, 0, 'previous', 4],
    [5, 9, 'next', 0],
  ] as const)('%i citations, at %i, %s → %s', (count, current, direction, expected) => {
    expect(nextIndex(count, current, direction)).toBe(expected);
  });
});

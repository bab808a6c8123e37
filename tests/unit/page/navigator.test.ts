import { describe, expect, it } from 'vitest';
import { createNavigator } from '../../../lib/page/hover/navigator';
import type { Occurrence } from '../../../lib/page/read/find-in-run';

/** Occurrence `id` of key `k<id % 2>` (two keys alternate in document order). */
const occ = (id: number) => ({ id, key: `k${id % 2}`, nodes: [] as Text[] }) as unknown as Occurrence & { key: string };

function setup(ids: number[], shown: number | null = null) {
  let list = ids.map(occ);
  const opened: number[] = [];
  const nav = createNavigator({
    registry: {
      inOrder: () => list,
      get: (id) => list.find((o) => o.id === id),
      nth: (key, index) => list.filter((o) => o.key === key)[index],
    },
    shown: () => list.find((o) => o.id === shown) ?? null,
    open: (id) => opened.push(id),
  });
  return { nav, opened, replace: (next: number[]) => (list = next.map(occ)) };
}

describe('createNavigator', () => {
  it.each([
    { ids: [1, 2, 3], moves: ['next', 'next', 'next', 'next'], opened: [1, 2, 3, 1] },
    { ids: [1, 2, 3], moves: ['previous', 'previous'], opened: [3, 2] },
    { ids: [1, 2, 3], moves: ['next', 'previous', 'previous'], opened: [1, 3, 2] },
    { ids: [], moves: ['next', 'previous'], opened: [] },
  ] as const)('$moves over $ids opens $opened', ({ ids, moves, opened: expected }) => {
    const { nav, opened } = setup([...ids]);
    for (const move of moves) nav.navigate(move);
    expect(opened).toEqual(expected);
  });

  it('starts from the open card when it stands nowhere yet', () => {
    const { nav, opened } = setup([1, 2, 3], 2);
    nav.navigate('next');
    expect(opened).toEqual([3]);
  });

  it('stays on a citation a pass found again, and starts over when it went', () => {
    const { nav, opened, replace } = setup([1, 2, 3]);
    nav.navigate('next');
    nav.navigate('next');
    replace([1, 2, 3]);
    nav.refresh();
    nav.navigate('next');
    expect(opened).toEqual([1, 2, 3]);
    replace([4, 5]);
    nav.refresh();
    nav.navigate('next');
    expect(opened.at(-1)).toBe(4);
  });

  it.each([
    { key: 'k1', index: 0, found: true, opened: [1] },
    { key: 'k1', index: 1, found: true, opened: [3] },
    { key: 'k0', index: 0, found: true, opened: [2] },
    { key: 'k0', index: 1, found: false, opened: [] },
    { key: 'k9', index: 0, found: false, opened: [] },
  ])('reveals occurrence $index of $key: $opened', ({ key, index, found, opened: expected }) => {
    const { nav, opened } = setup([1, 2, 3]);
    expect(nav.revealNth(key, index)).toBe(found);
    expect(opened).toEqual(expected);
  });
});

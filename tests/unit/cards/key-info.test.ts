import { describe, expect, it } from 'vitest';
import { keyInfo } from '../../../lib/cards/key-info';

describe('keyInfo', () => {
  it.each([
    ['COP decision 4/4', { type: 'cop', instrument: 'decision', number: '4/4', session: 4 }],
    ['COP resolution 5/2', { type: 'cop', instrument: 'resolution', number: '5/2', session: 5 }],
    ['COP decision 4/1', { type: 'cop', instrument: 'decision', number: '4/1', session: 4 }],
    ['TIP Protocol art. 6', { type: 'treaty', treaty: 'TIP', article: 6 }],
    ['UNTOC art. 33(2)(c)', { type: 'treaty', treaty: 'UNTOC', article: 33, paragraph: 2, subparagraph: 'c' }],
    [
      'TIP Protocol art. 6(3)(d)(ii)',
      { type: 'treaty', treaty: 'TIP', article: 6, paragraph: 3, subparagraph: 'd', clause: 'ii' },
    ],
    ['Migrants Protocol art. 16', { type: 'treaty', treaty: 'MIG', article: 16 }],
    ['Firearms Protocol art. 5', { type: 'treaty', treaty: 'FIRE', article: 5 }],
    ['CTOC/COP/WG.4/2011/8', { type: 'other', key: 'CTOC/COP/WG.4/2011/8' }],
    ['A/RES/64/293', { type: 'other', key: 'A/RES/64/293' }],
    ['CCPCJ resolution 19/4', { type: 'other', key: 'CCPCJ resolution 19/4' }],
    // Near misses stay "other" rather than being misread.
    ['COP decision 4/4 bis', { type: 'other', key: 'COP decision 4/4 bis' }],
    ['UNTOC art. x', { type: 'other', key: 'UNTOC art. x' }],
    ['', { type: 'other', key: '' }],
  ])('reads %j', (key, expected) => {
    expect(keyInfo(key)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { inOneEncoding } from '../../../lib/citations/one-encoding';

/**
 * The engine's reading held two bytes per character (`one-encoding.ts`): only its storage changes, never a character,
 * so every offset and slice of the engine reads the same text. (The storage itself is V8's and not observable from
 * JavaScript; what it buys is measured by `npm run bench`.)
 */
describe('inOneEncoding', () => {
  it.each([
    ['an empty text', ''],
    ['one Latin-1 character', 'a'],
    ['a Latin-1 text', 'résolution 64/293 de l’Assemblée'.replace('’', "'")],
    ['a text with a character outside Latin-1', 'l’Assemblée générale, résolution 64/293'],
    ['a text starting with the character it adds', '\u0100 and more'],
    ['a text with surrogate pairs', 'résolution 𝟔𝟒/293'],
  ])('keeps %s character for character', (_, text) => {
    const held = inOneEncoding(text);
    expect(held).toBe(text);
    expect(held.length).toBe(text.length);
  });
});

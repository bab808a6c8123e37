import { describe, expect, it } from 'vitest';
import { inferAuthor } from '../../../lib/citations/infer-body';
import { scan } from '../../../lib/citations/scanner';

/**
 * Session 28 (lead, speed; the full dump of every labelled text, the bench's prose and the sample documents identical
 * before and after): a glued head word searched from its `solu` (`scanner.ts`, `HEAD_LEAD`), and a preamble subject at
 * a line start read at the text's start only when the text has no line break (`author-signals.ts`, `lineStartSignal`).
 * `scanner.test.ts` holds `scan` to a global search with the trigger regex on every labelled text and on random
 * splices; these rows hold the edges of each rewrite.
 */
describe('a glued head word, searched from its `solu`', () => {
  const heads = (text: string) =>
    scan(text, true)
      .filter((t) => t.type === 'instrument')
      .map((t) => t.start);
  it.each([
    ['de laresolution 62/208', [5]],
    ['Carta de la ONUresolución 2752 (2024)', [15]],
    ['laRésolution 5/1 and desresolutions 3/2', [2, 24]],
    // Two glued head words a few characters apart: the second is found after the first is read.
    ['laresolution, laresolution 4/4', [2, 16]],
    ['irresolution 4/5; dissolution 4/5', []],
    // `é` is no word character for `\b`: the head word after it starts a word, as it did before.
    ['théresolution 1/2', [3]],
    ['resolution 4/5', [0]],
  ])('%s', (text, starts) => {
    expect(heads(text)).toEqual(starts);
  });
});

describe('a preamble subject at the text start or a line start', () => {
  it.each([
    // Only the line-start form reads these (a colon, or a lower-case word after the comma, which the inline form refuses).
    ['The Human Rights Council: recalling its resolution 8/12', 'HRC'],
    ['  La Asamblea General, recordando su resolución 55/25', 'GA'],
    ['Preamble\n  The Security Council, recalling its resolution 2331 (2016)', 'SC'],
    ['x The Human Rights Council: recalling', undefined],
    ['Recalling that the General Assembly, in resolution 64/293', undefined],
  ])('%s', (text, author) => {
    expect(inferAuthor(text)).toBe(author);
  });
});

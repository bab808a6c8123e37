import { describe, expect, it } from 'vitest';
import { spaceCells } from '../../../lib/citations/space-cells';

/** Lines joined into a text, each line's cells padded to `width` characters (a PDF's aligned columns). */
const table = (rows: readonly (readonly string[])[], width = 36): string =>
  rows.map((cells) => cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(width) : c)).join('')).join('\n');

describe('spaceCells (a space-aligned table read as bar-separated rows, one character for one)', () => {
  const cases: [string, string, string | null][] = [
    [
      'a header and two rows, aligned',
      table([
        ['TIP Protocol', 'Migrants Protocol'],
        ['art. 11 (border measures)', 'art. 11 (border measures)'],
        ['art. 8 (repatriation)', 'art. 18 (return)'],
      ]),
      table([
        ['TIP Protocol', 'Migrants Protocol'],
        ['art. 11 (border measures)', 'art. 11 (border measures)'],
        ['art. 8 (repatriation)', 'art. 18 (return)'],
      ]).replace(/(?<=\S) (?= {2,}\S)/g, '|'),
    ],
    [
      'two lines only: no table',
      table([
        ['TIP Protocol', 'Migrants Protocol'],
        ['art. 11', 'art. 11'],
      ]),
      null,
    ],
    [
      'a first line starting a cell with an article: no header, no table',
      table([
        ['art. 5', 'art. 6'],
        ['art. 11', 'art. 11'],
        ['art. 12', 'art. 12'],
      ]),
      null,
    ],
    [
      'gaps that do not line up: prose with wide spaces',
      'The Protocol   requires it.\nStates parties      shall act.\nIn   article 6 it says so.',
      null,
    ],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    const read = spaceCells(text);
    expect(read).toBe(expected ?? text);
    expect(read.length).toBe(text.length);
  });
});

import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { itemNamedBefore } from '../../../lib/citations/item-name-before';

/**
 * Session 25 (lead): two reads made linear in a line's or a text's length without changing what they decide. Each row
 * is a line (or a text) and what the engine decides there (the acronym before the article stays out of its span).
 */

/** The line before a bare article names its own list item: its last item only, between commas or colons. */
const itemRows: [string, string, boolean][] = [
  ['a named item before a colon', 'Res. Adm. N° 136-2012-CE-PJ: ', true],
  ['the last of several items', '; Législation type sur la traite, Polaris Project, ', true],
  ['two capitals across an earlier comma do not make a name', 'Polaris, project ', false],
  ['one capital is not a name', '… benefit In addition, ', false],
  ['a reference marker before the colon', 'documento.[1]: ', false],
  ['no comma or colon at the end', 'SoM art. 6 SoM art. 6 SoM ', false],
  ['spaces after the colon', 'Polaris Project:   ', true],
  ['too many spaces after the comma', 'Polaris Project,    ', false],
  ['two separators at the end: the last item is empty', 'Polaris Project,, ', false],
];

describe('itemNamedBefore', () => {
  it.each(itemRows)('%s', (_name, line, expected) => {
    expect(itemNamedBefore(line)).toBe(expected);
  });
});

/** A Protocol's acronym before an article is read only in a text that abbreviates UNTOC (read once per text). */
const acronymRows: [string, string, [string, string][]][] = [
  [
    'UNTOC abbreviated in the text',
    'UNTOC and its Protocols. TIP art. 5 requires it.',
    [['art. 5', 'TIP Protocol art. 5']],
  ],
  [
    'abbreviated after the article',
    'TIP art. 5 requires it, as UNTOC art. 23 does.',
    [
      ['art. 5', 'TIP Protocol art. 5'],
      ['art. 23', 'UNTOC art. 23'],
    ],
  ],
  ['not abbreviated: the US report', 'The TIP art. 5 section of the report.', []],
];

describe('Protocol acronym before an article', () => {
  it.each(acronymRows)('%s', (_name, text, expected) => {
    expect(findCitations(text).map((c) => [c.text, c.key])).toEqual(expected);
  });
});

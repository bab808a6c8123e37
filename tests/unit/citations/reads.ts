import { expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

/** A passage's citations as `[span, key]`, in the engine's order. */
export const cites = (text: string): string[][] => findCitations(text).map((c) => [c.text, c.key]);

/** One test per row: the passage's citations, as `[span, key]`, are exactly `expected`. */
export const eachReads = (rows: [string, string[][]][]): void =>
  it.each(rows)('%s', (text, expected) => {
    expect(cites(text)).toEqual(expected);
  });

/**
 * Source lines: the unit every other stage works on. Line numbers are 1-based and always refer to the original file,
 * so every problem can be printed as `004:<line>: …`.
 */

/** One line of the source with its 1-based number. */
export interface SourceLine {
  n: number;
  text: string;
}

/** Splits the source into numbered lines (LF only: the source has no CR; a stray CR is dropped all the same). */
export function splitLines(source: string): SourceLine[] {
  return source.split('\n').map((text, i) => ({ n: i + 1, text: text.replace(/\r$/, '') }));
}

/** Formats a problem the way the whole build reports them. */
export function problem(line: number, what: string): string {
  return `004:${line}: ${what}`;
}

/** A blank line (spaces only). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * `---` alone on its line: a page break of the PDF conversion. Only dashes, so a list item `- a)` is never taken for
 * one.
 */
export const PAGE_BREAK = /^\s*-{3,}\s*$/;

/**
 * `<sup>12</sup> Text` at the very start of a line: a footnote body. A marker inside running text (`organisée<sup>1</sup>
 * et`) is not at the start of the line, so it is never mistaken for a body.
 */
export const FOOTNOTE_BODY = /^<sup>(\d+)<\/sup>\s*(.*)$/;

/** True when the line carries no item text: blank, page break or footnote body. */
export function isNoise(text: string): boolean {
  return isBlank(text) || PAGE_BREAK.test(text) || FOOTNOTE_BODY.test(text);
}

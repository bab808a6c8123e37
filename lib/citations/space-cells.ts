/**
 * A table whose columns a PDF's text extraction aligned with runs of spaces (`TIP Protocol␣␣␣…␣Migrants Protocol` over
 * `art. 11 (border measures)␣␣␣…␣art. 11 (border measures)`, a report's comparison table copied as text, probe
 * p15en-069; session 42) reads as the bar-separated rows the table rules know (`table-column.ts`), as a tabbed table
 * does (`tab-cells.ts`): in a block of three short lines or more, each with as many wide gaps (three spaces or more
 * between two words) and each gap ending at the same column as the first line's (give or take two), whose first line is
 * a header (no cell of it starts with an article), the first space of each gap reads as `|`, one character for one,
 * so the offsets hold. Prose set in two columns lines up too; its cells hold no article at their start, which the
 * column rules read, so its reading is as before. Pure: no DOM.
 */

/** A wide gap between two words of a line: three spaces or more (a justified line spreads its words by one or two). */
const GAP = /(?<=\S) {3,}(?=\S)/g;

/**
 * Three spaces in a row: the test for a wide gap. A regex, not `includes('   ')`: a substring search stops at every
 * space of the text, where the regex's compiled search skips ahead three characters wherever the third is no space
 * (~2.5 → ~1.3 ms over the benchmark's paragraphs, session 43; `TWO_SPACES` in `reading-needs.ts` likewise).
 */
const THREE_SPACES = / {3}/;

/** A cell starting with an article and its number (`art. 11`, `Article 5`): a row, not the header. */
const ARTICLE_CELL = /(?:^| {2})art(?:[íi]culo|icle)?s?\.? ?\d/i;

/** How long a row may be: a table's rows are short (two columns of a page are about 80 characters each). */
const ROW_MAX = 200;

/** How far a gap's end may stray from the header's (a PDF places each line's words to a point, not a character). */
const SLACK = 2;

/** How many lines a block needs: the header and two rows (two lines side by side are no table). */
const MIN_LINES = 3;

/** Where each wide gap of `line` ends (the column its next cell starts at). */
function gapEnds(line: string): number[] {
  if (line.length > ROW_MAX || !THREE_SPACES.test(line)) return [];
  return [...line.matchAll(GAP)].map((m) => m.index + m[0].length);
}

/** Whether `ends` line up with the header's `head` (as many, each within `SLACK`). */
const aligned = (ends: readonly number[], head: readonly number[]): boolean =>
  ends.length === head.length && ends.every((e, i) => Math.abs(e - (head[i] ?? -99)) <= SLACK);

/** The text with its space-aligned tables read as bar-separated ones (the text itself when it has none). */
export function spaceCells(text: string): string {
  if (!THREE_SPACES.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length;) {
    const head = gapEnds(lines[i] ?? '');
    if (head.length === 0 || ARTICLE_CELL.test(lines[i] ?? '')) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && aligned(gapEnds(lines[end] ?? ''), head)) end++;
    if (end - i >= MIN_LINES) {
      for (let k = i; k < end; k++) lines[k] = (lines[k] ?? '').replace(GAP, (run) => `|${run.slice(1)}`);
      changed = true;
    }
    i = end;
  }
  return changed ? lines.join('\n') : text;
}

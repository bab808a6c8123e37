/**
 * A table pasted as tab-separated text (a spreadsheet's or a word processor's table copied as text: `Provision (TIP
 * Protocol)⇥Requirement⇥Domestic law`, then rows `art. 5(2)(a)⇥Attempt⇥Crim. Code s. 24`, probe p13en-028; session
 * 37) reads as the bar-separated rows the table rules know (`table-column.ts`): in a block of two short lines or more
 * with as many runs of tabs between their words, two or more (three cells or more), whose first line is a header (no
 * cell of it starts with an article), the first tab of each run reads as `|`, one character for one, so the offsets
 * hold; the rest of a run stays a tab (read as a space). Without such a header the block stays as it is (a checklist
 * whose rows start at once under a title line, probe p10en-007, reads its articles by the title's treaty as prose
 * does), and so do a line with one tab between words (a contents line's `Article 5⇥Criminalization`) and a tab at a
 * line's start (indentation). Pure: no DOM.
 */

/**
 * A run of tabs between two characters of a line that are not white space, the spaces around it included (an aligned
 * column's padding).
 */
const INNER_TABS = /(?<=\S)[ ]*\t[ \t]*(?=\S)/g;

/**
 * A cell starting with an article and its number (`Art. 5`, `art. 8(1)(a)`, `Artículo 5`): a row, not a header. Read
 * over the whole line, unlike `table-column.ts`'s per cell: this module imports nothing, as the content script's gate
 * bundles it (`might-cite.ts`).
 */
const ARTICLE_CELL = /(?:^|\t)[ ]*art(?:[íi]culo|icle)?s?\.?[ ]?\d/i;

/**
 * How long a row may be: a tabbed table's rows are short, a paragraph copied from a tabbed layout with a tab for some of
 * its spaces (`perturbations.ts`'s `tab`) is long, and reads as prose.
 */
const ROW_MAX = 160;

/**
 * How many runs of tabs a line holds between its words, each before a cell's start (`CELL_START`); -1 when one is not
 * (a tab inside a sentence: `Taking note⇥with appreciation`), so the line is no row.
 */
function innerRuns(line: string): number {
  if (!line.includes('\t')) return 0;
  let runs = 0;
  for (const m of line.matchAll(INNER_TABS)) {
    if (!CELL_START.test(line.slice(m.index + m[0].length, m.index + m[0].length + 10))) return -1;
    runs++;
  }
  return runs;
}

/**
 * What a table's cell starts with: a capital, a figure, a dash or a bracket (an empty cell's `—`, `(a)`), or an
 * article word (`art. 8`, `art. VI`, `artículo 5`); prose goes on with a lower-case word.
 */
const CELL_START = /^(?:[A-ZÀ-Ý0-9(—–-]|art(?:\.|[íi]culo|s?\s\d))/;

/** The text with its tab-separated tables read as bar-separated ones (the text itself when it has none). */
export function tabCells(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length;) {
    const runs = innerRuns(lines[i] ?? '');
    if (runs < 2) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && innerRuns(lines[end] ?? '') === runs) end++;
    const short = lines.slice(i, end).every((line) => line.length <= ROW_MAX);
    if (end - i >= 2 && short && !ARTICLE_CELL.test(lines[i] ?? '')) {
      for (let k = i; k < end; k++) lines[k] = (lines[k] ?? '').replace(INNER_TABS, (run) => run.replace('\t', '|'));
      changed = true;
    }
    i = end;
  }
  return changed ? lines.join('\n') : text;
}

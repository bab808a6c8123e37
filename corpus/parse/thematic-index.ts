/**
 * The thematic index: TAB-separated rows of six cells under repeated page headers. Each cell is classified by content
 * (`index-cells.ts`); a row then contributes to the current theme its references, report symbols, instrument labels
 * and paragraph cells in the order they appear. Theme rows continued on the next page (`(suite)`) are merged.
 */
import { classifyCell, isHeaderRow, type RawRef } from './index-cells';
import { isBlank, problem, type SourceLine } from './lines';

/** One data row of the index, cells already classified. */
export interface IndexRow {
  line: number;
  theme: string;
  /** References with the part a `Partie A/B` marker gave them (in the cell or earlier in the theme), if any. */
  refs: { ref: RawRef; part: 'A' | 'B' | null }[];
  symbols: string[];
  instruments: string[];
  /** Paragraph / recommendation cells in order, with their column (0-based). */
  numbers: { text: string; column: number }[];
  /** Column of the (first) symbols cell, or null. */
  symbolColumn: number | null;
}

export interface IndexTheme {
  name: string;
  line: number;
}

export interface ParsedIndex {
  themes: IndexTheme[];
  rows: IndexRow[];
  problems: string[];
}

const CELLS_PER_ROW = 6;

/** Parses the index from its first line to the end of the file; lines without a TAB are not table rows. */
export function parseThematicIndex(lines: SourceLine[]): ParsedIndex {
  const themes: IndexTheme[] = [];
  const rows: IndexRow[] = [];
  const problems: string[] = [];
  const collator = new Intl.Collator('fr');
  let theme: IndexTheme | null = null;
  let part: 'A' | 'B' | null = null;

  for (const line of lines) {
    if (isBlank(line.text) || !line.text.includes('\t')) continue;
    const cells = line.text.split('\t');
    if (isHeaderRow(cells)) continue;
    if (cells.length !== CELLS_PER_ROW) {
      problems.push(problem(line.n, `index row has ${cells.length} cells, expected ${CELLS_PER_ROW}`));
    }
    const row: IndexRow = {
      line: line.n,
      theme: '',
      refs: [],
      symbols: [],
      instruments: [],
      numbers: [],
      symbolColumn: null,
    };
    cells.forEach((raw, column) => {
      const cell = classifyCell(raw);
      switch (cell.kind) {
        case 'empty':
          return;
        case 'theme': {
          if (cell.suite) {
            if (theme?.name !== cell.name)
              problems.push(problem(line.n, `"${cell.name} (suite)" does not continue a theme`));
            return;
          }
          if (themes.some((t) => t.name === cell.name)) problems.push(problem(line.n, `theme "${cell.name}" repeated`));
          const previous = themes.at(-1);
          if (previous && collator.compare(previous.name, cell.name) >= 0) {
            problems.push(problem(line.n, `theme "${cell.name}" out of alphabetical order (a misread cell?)`));
          }
          theme = { name: cell.name, line: line.n };
          themes.push(theme);
          part = null;
          return;
        }
        case 'marker':
          part = cell.part;
          return;
        case 'refs':
          if (cell.part) part = cell.part;
          for (const ref of cell.refs) row.refs.push({ ref, part });
          return;
        case 'symbols':
          row.symbols.push(...cell.symbols);
          row.symbolColumn ??= column;
          return;
        case 'instruments':
          row.instruments.push(...cell.labels);
          return;
        case 'numbers':
          row.numbers.push({ text: cell.text, column });
          return;
        case 'unreadable':
          problems.push(problem(line.n, cell.why));
          return;
      }
    });
    const current = theme as IndexTheme | null;
    if (!current) {
      if (row.refs.length > 0) problems.push(problem(line.n, 'index references before the first theme'));
      continue;
    }
    row.theme = current.name;
    if (row.refs.length > 0 || row.numbers.length > 0 || row.symbols.length > 0) rows.push(row);
  }
  return { themes, rows, problems };
}

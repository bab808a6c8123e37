/**
 * A resolution number in a table's cell under a column headed by the head word, its body named in full in another cell
 * of its row (`Resolución | Órgano | Año` above `64/293 | Asamblea General | 2010`, probe pr-es-029; `Resolution |
 * Body`, `Résolution | Organe`, a Markdown or text dump's cells split by `|`; tabs reach the engine as spaces): the
 * body's resolution, when its numbering fits, spanned on the number. Read from each body name the scanner found on such a row (`orgStarts`), never over the whole text.
 * Session 25 (tuner-dev).
 */

import type { Candidate } from './candidate';
import { bodyNamedAt, headless, keyOf } from './headless-candidate';
import { parseNumber } from './instrument-list';
import { uncovered } from './overlap';

/** The header cell of the column: the head word alone, singular or plural, maybe a number sign (`Resolución n.º`). */
const HEAD_CELL =
  /^[ \t]*(?:r[ée]solu(?:tion|ci[óo]n)(?:s|es)?|res\.)(?:[ \t]+(?:n[°º.]{1,2}|no\.?|n[úu]m\.?|number|numéro|número))?[ \t]*$/i;

/** A cell holding one slash number and nothing else (`64/293`, `64/293 `): group 1 the number's offset marker. */
const NUMBER_CELL = /^([ \t]*)\d{1,4}\/\d{1,4}[ \t]*$/;

/** How many lines above a row its header may stand (a table's rows, each on its line). */
const MAX_ROWS = 12;

/** How long a table's row may be (longer lines are prose: the reads below stay bounded, so the engine stays linear). */
const MAX_LINE = 300;

/** Where the line ending at `end` starts, or -1 when it is longer than `MAX_LINE`. */
function lineStartBefore(text: string, end: number): number {
  const from = Math.max(0, end - MAX_LINE);
  const nl = text.slice(from, end).lastIndexOf('\n');
  return nl >= 0 ? from + nl + 1 : from === 0 ? 0 : -1;
}

/** The column of the head word in the header row above `lineStart` (cells split by `|`), or -1. */
function headColumn(text: string, lineStart: number): number {
  let end = lineStart - 1;
  for (let i = 0; i < MAX_ROWS && end > 0; i++) {
    const start = lineStartBefore(text, end);
    if (start < 0) return -1;
    const line = text.slice(start, end);
    if (!line.includes('|')) return -1; // the table ended above
    const k = line.split('|').findIndex((cell) => HEAD_CELL.test(cell));
    if (k >= 0) return k;
    end = start - 1;
  }
  return -1;
}

/** The table-row resolutions of `text` (see the module's doc), not overlapping `parsed`. */
export function tableRows(text: string, orgStarts: readonly number[], parsed: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const q of orgStarts) {
    const lineStart = lineStartBefore(text, q);
    if (lineStart <= 0) continue; // no row: a line too long, or the text's first (no header above)
    const found = text.slice(q, q + MAX_LINE).indexOf('\n');
    if (found < 0 && q + MAX_LINE < text.length) continue; // a line too long
    const line = text.slice(lineStart, found < 0 ? text.length : q + found);
    // A cell separator on the row and a slash in it (fixed-string tests first), a header above.
    if (!line.includes('|') || !line.includes('/')) continue;
    const k = headColumn(text, lineStart);
    const cells = k >= 0 ? line.split('|') : [];
    const cell = NUMBER_CELL.exec(cells[k] ?? '');
    const org = cell ? bodyNamedAt(text, q) : undefined;
    if (!cell || !org) continue;
    const start = lineStart + cells.slice(0, k).reduce((n, c) => n + c.length + 1, 0) + (cell[1] ?? '').length;
    const item = parseNumber(text, start);
    if (!item || out.at(-1)?.start === start) continue; // a second body on the same row
    const key = keyOf(org, item);
    if (key) out.push(headless(start, item.end, key));
  }
  return uncovered(out, parsed);
}

/**
 * Keeps the README's benchmark table equal to a real run: `npm run bench -- --readme` replaces what lies between the
 * two markers below with the run's table and machine line. Nothing else in the README is touched.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchResults } from './results';
import { machineLine, renderTable } from './table';

export const TABLE_START = '<!-- bench:table:start (written by npm run bench -- --readme) -->';
export const TABLE_END = '<!-- bench:table:end -->';

/** The README text with the table between the markers replaced; throws when the markers are missing. */
export function withTable(readme: string, results: BenchResults): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md has no benchmark table markers (${TABLE_START} … ${TABLE_END})`);
  }
  const block = `${TABLE_START}\n\n${renderTable(results)}\n\n${machineLine(results)}\n\n${TABLE_END}`;
  return readme.slice(0, start) + block + readme.slice(end + TABLE_END.length);
}

export function updateReadme(path: string, results: BenchResults): void {
  writeFileSync(path, withTable(readFileSync(path, 'utf8'), results));
}

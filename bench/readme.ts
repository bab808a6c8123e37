/**
 * Keeps the README's benchmark table equal to a real run: `npm run bench -- --readme` replaces what lies between the
 * two markers below with the run's table and machine line, formatted by Prettier as `npm run format:check` expects.
 * Nothing else in the README is touched.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { BenchResults } from './results';
import { machineLine, renderTable } from './table';

export const TABLE_START = '<!-- bench:table:start (written by npm run bench -- --readme) -->';
export const TABLE_END = '<!-- bench:table:end -->';

/** The table and machine line as Markdown, formatted with the project's Prettier options. */
export async function tableBlock(results: BenchResults, configFile?: string): Promise<string> {
  const options = (configFile ? await resolveConfig(configFile) : null) ?? {};
  const markdown = `${renderTable(results)}\n\n${machineLine(results)}\n`;
  return (await format(markdown, { ...options, parser: 'markdown' })).trimEnd();
}

/** The README text with the block between the markers replaced; throws when the markers are missing. */
export function withTable(readme: string, block: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md has no benchmark table markers (${TABLE_START} … ${TABLE_END})`);
  }
  return `${readme.slice(0, start)}${TABLE_START}\n\n${block}\n\n${readme.slice(end)}`;
}

export async function updateReadme(path: string, results: BenchResults): Promise<void> {
  writeFileSync(path, withTable(readFileSync(path, 'utf8'), await tableBlock(results, path)));
}

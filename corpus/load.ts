/**
 * Node entry point for other engineers: reads the compendium next to this module, builds the corpus and refuses it
 * (throws) if validation found any problem.
 */
import { readFileSync } from 'node:fs';
import { buildCorpus, type BuildOptions } from './build';
import type { Corpus } from './schema';

/** Absolute URL of the source file, relative to this module. */
export const SOURCE_URL = new URL('./sources/004_baebc0e19c1535a4.txt', import.meta.url);

/** Reads the compendium source text. */
export function readSource(): string {
  return readFileSync(SOURCE_URL, 'utf8');
}

/** Builds and validates the corpus; throws an Error listing every problem when it is not valid. */
export function loadCorpus(options: Pick<BuildOptions, 'citedBy'> = {}): Corpus {
  const { corpus, problems } = buildCorpus(readSource(), options);
  if (problems.length > 0) {
    throw new Error(`corpus is not valid (${problems.length} problems):\n${problems.join('\n')}`);
  }
  return corpus;
}

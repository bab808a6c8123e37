import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCases, SPLITS } from '../../../scripts/eval-citations';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Every text the engine is tested on, for the tests that hold a rewrite (a faster regex, a shortcut) to the form it
 * replaces: the labelled passages (`testSplit: false` leaves the real test split out) and the compendium's and the
 * sample documents' sources, whole or line by line (`lines`).
 */
export function engineTexts({
  testSplit = true,
  lines = false,
}: { testSplit?: boolean; lines?: boolean } = {}): string[] {
  const texts = SPLITS.filter((s) => testSplit || s.name !== 'real test').flatMap((s) =>
    loadCases(s.dir).map((c) => c.text),
  );
  for (const dir of ['corpus/sources', 'demo/sources'])
    for (const f of readdirSync(`${ROOT}${dir}`).filter((f) => f.endsWith('.txt'))) {
      const source = readFileSync(`${ROOT}${dir}/${f}`, 'utf8');
      texts.push(...(lines ? source.split('\n') : [source]));
    }
  return texts;
}

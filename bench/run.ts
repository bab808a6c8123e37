/**
 * `npm run bench`: builds the extension (unless `--no-build`), measures everything on this machine, writes
 * `bench/results.json` and prints the table. It measures the benchmark build (`WXT_RENVOI_BENCH=true`, with the page
 * layer's performance measures) in `$RENVOI_OUT_DIR/bench/chrome-mv3` (default `.output/bench`).
 *
 * Options: `--no-build`, `--reps <n>` (page scans, seeding, popup openings; default 7), `--smoke` (one repetition,
 * small page: checks the harness, measures nothing), `--out <file>` (default `bench/results.json`; a smoke run
 * writes nothing unless given one), `--readme` (also write the table into README.md).
 */

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBench } from './build';
import { PROJECT_ROOT, RESULTS_PATH, outDir } from './paths';
import { tableBlock, updateReadme } from './readme';
import { incompleteKeys } from './results';
import { runBench } from './run-bench';

const DEFAULT_REPETITIONS = 7;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      reps: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      out: { type: 'string' },
      readme: { type: 'boolean', default: false },
    },
  });
  const repetitions = values.reps === undefined ? DEFAULT_REPETITIONS : Number(values.reps);
  if (!Number.isInteger(repetitions) || repetitions < 1) {
    throw new Error(`--reps wants a whole number of at least 1, not "${values.reps}"`);
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (!values['no-build']) {
    log(`Building the benchmark build into ${outDir()} (npm run build, WXT_RENVOI_BENCH=true)…`);
    buildBench();
  }
  const started = performance.now();
  const results = await runBench({ repetitions, smoke: values.smoke, log });
  for (const key of incompleteKeys(results)) {
    results.run.notMeasured[key] ??= 'not measured in this run';
  }
  const out = values.out ? resolve(values.out) : values.smoke ? null : RESULTS_PATH;
  if (out) writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  if (values.readme) await updateReadme(join(PROJECT_ROOT, 'README.md'), results);
  console.log(await tableBlock(results, join(PROJECT_ROOT, 'README.md')));
  const missing = Object.entries(results.run.notMeasured);
  if (missing.length > 0) console.log(`\nNot measured: ${missing.map(([k, why]) => `${k} (${why})`).join('; ')}`);
  log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s${out ? `; results in ${out}` : ''}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

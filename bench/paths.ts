import { join, resolve } from 'node:path';

/** The repository root. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** The Chrome build the benchmark measures: `$RENVOI_OUT_DIR/chrome-mv3` (default `.output`), as the harness reads. */
export const outDir = (): string => join(PROJECT_ROOT, process.env.RENVOI_OUT_DIR ?? '.output', 'chrome-mv3');

/** Where results go. */
export const RESULTS_PATH = join(PROJECT_ROOT, 'bench/results.json');

import { join, resolve } from 'node:path';

/** The repository root. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/**
 * Where the benchmark build goes: `$RENVOI_OUT_DIR/bench` (default `.output/bench`), apart from the normal build the
 * browser tests load. Only this build writes the `renvoi:*` measures the benchmark reads (lib/page/bench-hooks.ts).
 */
export const benchOutBase = (): string => join(process.env.RENVOI_OUT_DIR ?? '.output', 'bench');

/** The Chrome build the benchmark measures: `<benchOutBase>/chrome-mv3`. */
export const outDir = (): string => join(PROJECT_ROOT, benchOutBase(), 'chrome-mv3');

/** Where results go. */
export const RESULTS_PATH = join(PROJECT_ROOT, 'bench/results.json');

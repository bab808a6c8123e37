import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT, benchOutBase } from './paths';

/**
 * Builds the benchmark build: the normal build with `WXT_RENVOI_BENCH=true` (the page layer's performance measures,
 * left out of normal builds because the page's own scripts can read them), into `benchOutBase()`.
 */
export function buildBench(): void {
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_RENVOI_BENCH: 'true', RENVOI_OUT_DIR: benchOutBase() },
  });
}

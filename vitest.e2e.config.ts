import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium with the built extension (.output/chrome-mv3), driven by playwright-core.
// One file at a time: each launches its own browser and these machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

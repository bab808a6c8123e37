import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit, component and database tests. Browser tests (tests/e2e) run separately with playwright-core.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}', 'corpus/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});

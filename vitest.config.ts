import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and integration tests: happy-dom, WXT's fake browser, and our setup file that resets the
// fake before every test (fakeBrowser does not reset itself) and installs the idle fake.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/fake-browser.ts'],
    restoreMocks: true,
    // Two cores on CI: keep the worker pool small.
    maxWorkers: 2,
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end: real headless Chromium (Debian's, or CHROME_PATH) with the production build loaded.
// One browser at a time: the machine has two cores and each file launches its own profile.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    // NAPE_SCREENSHOTS runs the README screenshot script instead of the tests.
    include: process.env.NAPE_SCREENSHOTS ? ['tests/e2e/screenshots.shots.ts'] : ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

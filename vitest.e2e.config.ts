import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end: the production build in real headless browsers, Debian's Chromium (or CHROME_PATH)
// and Debian's Firefox ESR (or FIREFOX_PATH). One project per browser, so either runs alone
// (`--project chromium`, `--project firefox`). One file at a time across both: the machine has
// two cores and each file launches its own browser.
const shots = Boolean(process.env.NAPE_SCREENSHOTS);

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'chromium',
          // NAPE_SCREENSHOTS runs the README screenshot script instead of the tests.
          include: shots ? ['tests/e2e/screenshots.shots.ts'] : ['tests/e2e/*.e2e.ts'],
        },
      },
      ...(shots
        ? []
        : [{ extends: true, test: { name: 'firefox', include: ['tests/e2e/firefox/*.e2e.ts'] } }]),
    ],
  },
});

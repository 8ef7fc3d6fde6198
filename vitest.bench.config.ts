import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run bench`: measurements, not tests. Each file writes its figures to tests/bench/results/
// and tests/bench/report.mjs prints the table. One file at a time, so timings don't compete.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/bench/**/*.measure.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});

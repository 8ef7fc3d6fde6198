import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

// The product card names webextension-polyfill, so Nape ships it, and keeps its cost visible in
// `npm run bench`. In Chromium 148+ and Firefox the polyfill finds a native, promise-based
// `browser` and passes it through, so what it costs is its code, its CommonJS wrapper and what they
// keep in the heap. This builds Nape for Chrome without it (NAPE_NO_POLYFILL, read only by
// wxt.config.ts), for the bench to measure beside the shipped build. Its worker file gets its own
// name: the bench tells extensions apart by their worker's URL.

export const WITHOUT_POLYFILL_WORKER = 'background-without-polyfill.js';

/** Builds into a temporary folder and returns the chrome-mv3 folder. */
export function buildWithoutPolyfill(): string {
  const root = join(tmpdir(), `nape-bench-no-polyfill-${basename(process.cwd())}`);
  rmSync(root, { recursive: true, force: true });
  // Without vitest's NODE_ENV=test, as the shipped build is made.
  const { NODE_ENV: _, ...env } = process.env;
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...env, NAPE_NO_POLYFILL: '1', NAPE_OUT_DIR: root },
    stdio: 'ignore',
  });
  const dir = join(root, 'chrome-mv3');
  renameSync(join(dir, 'background.js'), join(dir, WITHOUT_POLYFILL_WORKER));
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.background.service_worker = WITHOUT_POLYFILL_WORKER;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

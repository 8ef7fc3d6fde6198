import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
// @ts-expect-error — plain .mjs tools without type declarations
import { attribute, packageOf } from './module-sizes.mjs';
// @ts-expect-error — plain .mjs tools without type declarations
import { BUDGETS, startupSizes, staticClosure } from './sizes.mjs';
import { ensureMappedBuild, SHIPPED } from './support/mapped-build';
import { saveResult } from './support/results';

// Startup bytes per page and the worker, and the share of the libraries everyone asks about,
// measured on a second build with source maps (the shipped build has none).

const TRACKED = ['webextension-polyfill', 'zod', 'preact', '@wxt-dev/storage', '@webext-core/messaging'];

it('bundle sizes and library shares', () => {
  const sizes = startupSizes(SHIPPED);
  // The twin build with source maps, checked to be byte-identical to the shipped one.
  const dir = ensureMappedBuild();
  const shares: Record<string, Record<string, number>> = {};
  const entries: Record<string, string[]> = {
    popup: ['popup.html'],
    options: ['options.html'],
    routine: ['routine.html'],
    worker: ['background.js'],
  };
  for (const [name, [entry]] of Object.entries(entries)) {
    if (!existsSync(join(dir, entry as string))) continue;
    let files: string[];
    if ((entry as string).endsWith('.html')) {
      const html = readFileSync(join(dir, entry as string), 'utf8');
      const refs = [...html.matchAll(/<script[^>]*\ssrc=["']([^"']+\.js)["']/g)].map((m) =>
        join(dir, m[1] as string),
      );
      files = staticClosure(dir, refs);
    } else {
      files = staticClosure(dir, [join(dir, entry as string)]);
    }
    const byPackage: Record<string, number> = {};
    let total = 0;
    for (const f of files.filter((x: string) => x.endsWith('.js') && existsSync(`${x}.map`))) {
      for (const [source, bytes] of attribute(f) as Map<string, number>) {
        const pkg = packageOf(source) as string;
        const key = TRACKED.includes(pkg) ? pkg : 'rest';
        byPackage[key] = (byPackage[key] ?? 0) + bytes;
        total += bytes;
      }
    }
    shares[name] = Object.fromEntries(Object.entries(byPackage).map(([k, v]) => [k, v / total]));
  }
  saveResult('sizes', { budgets: BUDGETS, sizes, minifiedShares: shares });
});

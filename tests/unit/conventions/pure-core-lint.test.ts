import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The boundary of the functional core is enforced by Biome (biome.json overrides). This test runs
// the real linter on probe files placed in each folder, so a config change that silently stops
// guarding src/core/ fails here.
const root = process.cwd();
const probes: string[] = [];

interface Diagnostic {
  category: string;
  message: string;
}

function lint(folder: string, code: string): Diagnostic[] {
  mkdirSync(join(root, folder), { recursive: true });
  const dir = mkdtempSync(join(root, folder, '__lint_probe_'));
  probes.push(dir);
  const file = join(dir, 'probe.ts');
  writeFileSync(file, code);
  let out: string;
  try {
    out = execFileSync(join(root, 'node_modules/.bin/biome'), ['lint', '--reporter=json', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { diagnostics: Diagnostic[] }).diagnostics;
}

afterAll(() => {
  for (const dir of probes) rmSync(dir, { recursive: true, force: true });
});

const forbidden: [string, string][] = [
  ['Date.now()', 'export const t = Date.now();'],
  ['setTimeout', 'export const f = () => setTimeout(() => 0, 1);'],
  ['setInterval', 'export const f = () => setInterval(() => 0, 1);'],
  ['the browser global', 'export const id = browser.runtime.id;'],
  ['the chrome global', 'export const id = chrome.runtime.id;'],
  ['wxt/browser', "export { browser } from 'wxt/browser';"],
];

describe('lint keeps src/core and src/content pure', () => {
  it.each(forbidden)('%s in src/core fails lint', { timeout: 20_000 }, (_, code) => {
    const diagnostics = lint('src/core', code);
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  it('Date.now() in src/content fails too', { timeout: 20_000 }, () => {
    expect(lint('src/content', 'export const t = Date.now();').map((d) => d.category)).toContain(
      'lint/nursery/noJsRestrictedProperties',
    );
  });

  it('the same code is allowed in an adapter under src/platform', { timeout: 20_000 }, () => {
    expect(lint('src/platform', 'export const t = Date.now();')).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The boundaries are enforced by Biome (biome.json overrides, and .biome/no-clock.grit). This test runs
// the real linter with the project's real rules on probe files, so a config change that silently
// stops guarding a folder fails here. The probes live in a temporary copy of the layout, never in
// src/: an interrupted run leaves nothing behind in the project.
const root = process.cwd();
const sandbox = mkdtempSync(join(tmpdir(), 'nape-lint-'));
const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
delete config.$schema;
config.vcs = { enabled: false };
writeFileSync(join(sandbox, 'biome.json'), JSON.stringify(config));
// The GritQL plugins the config names (.biome/no-clock.grit), at the same paths beside it.
const plugins: string[] = (config.overrides ?? []).flatMap((o: { plugins?: string[] }) => o.plugins ?? []);
for (const plugin of plugins) {
  mkdirSync(dirname(join(sandbox, plugin)), { recursive: true });
  copyFileSync(join(root, plugin), join(sandbox, plugin));
}
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

interface Diagnostic {
  category: string;
  message: string;
}

let n = 0;
function lint(folder: string, code: string): Diagnostic[] {
  const file = join(folder, `probe${n++}.ts`);
  mkdirSync(dirname(join(sandbox, file)), { recursive: true });
  writeFileSync(join(sandbox, file), code);
  let out: string;
  try {
    out = execFileSync(join(root, 'node_modules/.bin/biome'), ['lint', '--reporter=json', file], {
      cwd: sandbox,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { diagnostics: Diagnostic[] }).diagnostics;
}

const impure: [string, string][] = [
  ['Date.now()', 'export const t = Date.now();'],
  ['new Date()', 'export const t = new Date();'],
  ['Math.random()', 'export const r = Math.random();'],
  ['setTimeout', 'export const f = () => setTimeout(() => 0, 1);'],
  ['setInterval', 'export const f = () => setInterval(() => 0, 1);'],
  ['the browser global', 'export const id = browser.runtime.id;'],
  ['the chrome global', 'export const id = chrome.runtime.id;'],
  ['wxt/browser', "export { browser } from 'wxt/browser';"],
];

describe('lint keeps src/core and src/content pure', () => {
  it.each(impure)('%s in src/core fails lint', { timeout: 20_000 }, (_, code) => {
    expect(lint('src/core', code).length).toBeGreaterThan(0);
  });

  it('Date.now() in src/content fails too', { timeout: 20_000 }, () => {
    expect(lint('src/content', 'export const t = Date.now();').map((d) => d.category)).toContain(
      'lint/nursery/noJsRestrictedProperties',
    );
  });

  it('a date made from a given instant is fine: only reading the clock is banned', {
    timeout: 20_000,
  }, () => {
    expect(lint('src/core', 'export const d = (now: number) => new Date(now).toISOString();')).toEqual([]);
  });

  it('the same code is allowed in an adapter under src/platform', { timeout: 20_000 }, () => {
    expect(lint('src/platform', 'export const t = Date.now();')).toEqual([]);
  });
});

describe('lint keeps browser calls in src/platform', () => {
  it.each([
    ['src/engine', "export { browser } from 'wxt/browser';"],
    ['src/ui', 'export const id = browser.runtime.id;'],
    ['entrypoints/popup', 'export const id = chrome.runtime.id;'],
  ])('a browser call in %s fails lint', { timeout: 20_000 }, (folder, code) => {
    expect(lint(folder, code).length).toBeGreaterThan(0);
  });

  it('the same call is allowed in src/platform', { timeout: 20_000 }, () => {
    expect(lint('src/platform', "export { browser } from 'wxt/browser';")).toEqual([]);
  });
});

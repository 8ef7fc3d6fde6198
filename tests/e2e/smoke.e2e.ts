import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './support/extension';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

describe('the built extension in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(() => ext?.close());

  it('starts its service worker', async () => {
    const sw = await ext.worker();
    expect(sw.url()).toBe(`chrome-extension://${ext.id}/background.js`);
  });

  it('asks for exactly the four permissions it needs and no host access', async () => {
    const manifest = await ext.evaluate(() => chrome.runtime.getManifest());
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it.each(['popup.html', 'options.html'])(
    '%s renders with no console error, CSP violation or network request',
    async (path) => {
      const { page, problems } = await ext.open(path);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nape');
      expect(await page.textContent('body')).toContain(version);
      await page.close();
      expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
      expect(ext.externalRequests).toEqual([]);
    },
  );

  it('a stopped worker comes back as a fresh instance', async () => {
    const before = await ext.worker();
    await before.evaluate(() => {
      (globalThis as { marker?: string }).marker = 'old instance';
    });
    await ext.stopWorker();
    const after = await ext.worker();
    expect(await after.evaluate(() => (globalThis as { marker?: string }).marker)).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '@/tests/e2e/support/engine-fixtures';
import { type FirefoxExtension, launchFirefox, ORIGIN } from '@/tests/e2e/support/firefox';
import { textOf } from '@/tests/e2e/support/firefox-page';
import {
  ENGINE_STATE_VERSION,
  fillEveryKey,
  GARBAGE,
  PAGES,
  STORED_KEY_COUNT,
  STORED_KEYS,
} from '@/tests/e2e/support/garbage';

// The built extension in Firefox: what it asks for, its event page (Firefox has no service
// worker background) suspended and woken, and every page and the background recovering from
// garbage in every stored key.

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

interface BackgroundWindow {
  location: { href: string };
  napeMarker?: string;
}

const background = (ext: FirefoxExtension) =>
  ext.evaluate(async () => {
    // The background is no BiDi target; an extension page reaches its window.
    const win = (await chrome.runtime.getBackgroundPage()) as Window & BackgroundWindow;
    return { url: win.location.href, marker: win.napeMarker ?? null };
  });

describe('the built extension in Firefox', () => {
  let ext: FirefoxExtension;
  beforeAll(async () => {
    ext = await launchFirefox();
  });
  afterAll(() => ext?.close());

  it('asks for exactly the four permissions it needs and no host access', async () => {
    const manifest = await ext.evaluate(() => chrome.runtime.getManifest());
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    // An event page (Firefox has no service-worker background), as Firefox reads the manifest.
    expect(manifest.background).toMatchObject({ scripts: [`${ORIGIN}/background.js`], service_worker: null });
  });

  it.each(PAGES)('%s renders with its version', async (path) => {
    const page = await ext.open(path);
    await expect.poll(() => textOf(page, 'body')).toContain(version);
    await page.close();
  });

  it('a suspended event page comes back as a fresh instance when a page sends it a message', async () => {
    await sendFromPage(ext, 'refresh');
    expect((await background(ext)).url).toBe(`${ORIGIN}/_generated_background_page.html`);
    await ext.evaluate(async () => {
      const win = (await chrome.runtime.getBackgroundPage()) as Window & BackgroundWindow;
      win.napeMarker = 'old instance';
    });
    expect((await background(ext)).marker).toBe('old instance');
    await ext.stopBackground();
    await sendFromPage(ext, 'refresh');
    expect(await ext.backgroundState()).toBe('running');
    expect((await background(ext)).marker).toBeNull();
    expect(await ext.evaluate(() => chrome.alarms.getAll())).toHaveLength(1);
  });

  it('garbage of six kinds in every key: the background and every page recover, and say what they dropped', {
    timeout: 120_000,
  }, async () => {
    for (const [kind, value] of GARBAGE) {
      await ext.evaluate(fillEveryKey, { keys: STORED_KEYS, value });
      await ext.stopBackground();
      await sendFromPage(ext, 'refresh'); // wakes a fresh event page, which reads the garbage
      const engine = (await ext.storage('local')).engine as { v: number };
      expect(engine.v, kind).toBe(ENGINE_STATE_VERSION);
      expect(await ext.evaluate(() => chrome.alarms.getAll()), kind).toHaveLength(1);
      for (const path of PAGES) {
        const page = await ext.open(path);
        await expect.poll(() => textOf(page, 'body'), { timeout: 10_000 }).toContain(version);
        await page.close();
      }
    }
    const warnings = ext.consoleWarnings();
    console.log(
      `garbage recovery in Firefox: ${GARBAGE.length} kinds × ${STORED_KEY_COUNT} keys, background and ${PAGES.length} pages each; ${warnings.length} warnings logged`,
    );
    expect(warnings.some((w) => w.includes('[nape]'))).toBe(true);
  });

  it('nothing logged an error, broke a CSP rule or made a network request', async () => {
    expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(await ext.externalRequests()).toEqual([]);
  });
});

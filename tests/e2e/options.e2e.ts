import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@/src/core/settings/limits';
import { type Extension, launchExtension, type PageProblems } from './support/extension';
import {
  axeViolations,
  clickTab,
  enter as enterText,
  fieldError,
  openOptions,
  seedHistory,
  storedSettings,
  syncSnapshot,
  TABS,
} from './support/options-page';

// The options page's data and history in Chromium against the production build: bad settings
// files are refused with storage.sync unchanged, history renders as charts, exports download,
// and axe finds nothing on any tab. (The form's validation is in options-validation.e2e.ts.)

let ext: Extension;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  ext = await launchExtension();
  // A returning user's settings, so "unchanged" compares real content, not an empty store.
  const settings = defaultSettings();
  settings.neckBreak.intervalMin = 50;
  await ext.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
  ({ page, problems } = await openOptions(ext, 'breaks'));
});
afterAll(() => ext?.close());

const tab = (name: string) => clickTab(page, name);
const enter = (selector: string, text: string) => enterText(page, selector, text);

describe('import', () => {
  const envelope = (settings: unknown) =>
    JSON.stringify({ app: 'nape', kind: 'settings', version: 1, settings });
  const bad: [string, string, string][] = [
    ['not JSON', 'neckBreak = 30', 'The file is not valid JSON.'],
    [
      'over 64 KB',
      envelope({ neckBreak: { intervalMin: 30 }, pad: 'x'.repeat(70_000) }),
      'The file is larger than 64 KB.',
    ],
    [
      'wrong types',
      envelope({ neckBreak: { enabled: 'yes', intervalMin: 30 } }),
      'Remind me to take neck breaks: This value has the wrong type.',
    ],
    [
      'out of range',
      envelope({ postureCheck: { intervalMin: 500 } }),
      'Posture check every (minutes of screen time): Enter 240 or less.',
    ],
    [
      'a __proto__ key',
      '{"app":"nape","kind":"settings","version":1,"settings":{"neckBreak":{"__proto__":{"intervalMin":5}}}}',
      'The file contains a key that is not allowed: settings.neckBreak.__proto__',
    ],
    [
      'a constructor key',
      envelope({ constructor: { prototype: { polluted: true } } }),
      'The file contains a key that is not allowed: settings.constructor',
    ],
  ];

  it.each(bad)('refuses a file with %s, says why, and changes nothing', async (_, text, reason) => {
    await tab('Data');
    const before = await syncSnapshot(ext);
    await page.getByLabel('Settings file (JSON, up to 64 KB)').setInputFiles({
      name: 'nape-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const result = page.locator('#import-result');
    // Waits for this file's own reason: the refusal's first words are the previous case's too.
    await expect.poll(() => result.textContent()).toContain(reason);
    expect(await result.textContent()).toContain('The file was not imported and nothing changed:');
    expect(await syncSnapshot(ext)).toBe(before);
  });

  it('applies a good file, merged onto the current settings, and names what it ignored', async () => {
    await tab('Data');
    await page.getByLabel('Settings file (JSON, up to 64 KB)').setInputFiles({
      name: 'nape-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(envelope({ routine: { dailyGoal: 4 }, theme: 'dark' })),
    });
    await expect.poll(() => page.locator('#import-result').textContent()).toContain('Settings imported.');
    expect(await page.locator('#import-result').textContent()).toContain('settings.theme');
    const stored = await storedSettings(ext);
    expect(stored?.routine.dailyGoal).toBe(4);
    expect(stored?.neckBreak.intervalMin).toBe(50);
    expect(stored).not.toHaveProperty('theme');
  });
});

describe('history', () => {
  it('renders seeded stats as two charts with the goal, and a table', async () => {
    await seedHistory(ext, {
      0: { activeMs: 40 * 60_000, routinesFull: 1 },
      1: { activeMs: 3 * 3_600_000, routinesFull: 2, routinesQuick: 1 },
      3: { activeMs: 90 * 60_000, routinesQuick: 1 },
    });
    await tab('History');
    const charts = page.locator('#panel-history svg[role="img"]');
    await expect.poll(() => charts.count()).toBe(2);
    expect(await charts.nth(0).locator('title').first().textContent()).toBe('Screen time per day');
    expect(await charts.nth(0).locator('rect.chart-bar').count()).toBe(7);
    expect(await charts.nth(1).locator('.chart-goal text').textContent()).toBe('Goal 4');
    const heights = await charts
      .nth(0)
      .locator('rect.chart-bar')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
    expect(heights.filter((h) => h > 0)).toHaveLength(3);
    await page.getByText('Show as a table').click();
    await expect.poll(() => page.locator('#panel-history tbody tr').count()).toBe(7);
  });
});

describe('export', () => {
  it('downloads the history as CSV and the settings as JSON, made on the page with no network', async () => {
    await tab('Data');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export history (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^nape-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
    expect(rows[0]).toBe(
      'date,active_minutes,routines_full,routines_quick,prompts,snoozes,skips,natural_breaks,posture_checks,' +
        'routines_evening,routines_longer,routines_mine,comfort_ratings',
    );
    // The seeded days run from three days ago to today: four rows and the final line end.
    expect(rows).toHaveLength(6);
    expect(rows[3]).toMatch(/^\d{4}-\d{2}-\d{2},180,2,1,/);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings (JSON)' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await json.path(), 'utf8'));
    expect(file).toMatchObject({ app: 'nape', kind: 'settings', version: 1 });
    expect(file.settings).toEqual(await storedSettings(ext));
  });
});

describe('accessibility and hygiene', () => {
  it('axe finds no violations on any tab, with an error shown and with a confirm step open', async () => {
    await page.reload();
    for (const key of TABS) {
      await page.locator(`#tab-${key}`).click();
      await page.locator(`#panel-${key} h2`).waitFor();
      // About's content arrives on demand: check it, not "Loading…".
      if (key === 'about') await page.locator('#panel-about h3').first().waitFor();
      expect(await axeViolations(page), key).toEqual([]);
    }
    await page.locator('#tab-breaks').click();
    await enter('#set-neckBreak-intervalMin', '0');
    await expect.poll(() => fieldError(page, '#set-neckBreak-intervalMin')).toBe('Enter 1 or more.');
    expect(await axeViolations(page), 'field error').toEqual([]);
    await page.locator('#tab-data').click();
    await page.getByRole('button', { name: 'Erase history…' }).click();
    expect(await axeViolations(page), 'confirm step').toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('in dark mode too', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const key of ['breaks', 'about', 'history', 'data'] as const) {
      await page.locator(`#tab-${key}`).click();
      await page.locator(`#panel-${key} h2`).waitFor();
      if (key === 'about') await page.locator('#panel-about h3').first().waitFor();
      expect(await axeViolations(page), key).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the page logged no error, broke no CSP rule and made no network request', () => {
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
    expect(ext.externalRequests).toEqual([]);
  });
});

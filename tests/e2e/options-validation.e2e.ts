import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@/src/core/settings/limits';
import { type Extension, launchExtension, type PageProblems } from './support/extension';
import { REFUSED_ENTRIES } from './support/options-cases';
import {
  clickTab,
  enter as enterText,
  fieldError,
  openOptions,
  statusLine,
  storedSettings,
  syncSnapshot,
} from './support/options-page';

// The options form in Chromium against the production build: nothing invalid typed into any
// field reaches storage.sync, and a valid change is saved and reaches the engine.

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
const status = () => statusLine(page);

describe('invalid entries show their message and leave storage.sync byte for byte unchanged', () => {
  const cases: { name: string; tab: string; field: string; act(): Promise<void>; message: string }[] = [
    // The Snooze tab's two first: a tab left shows what is stored when it comes back, and the cases
    // after these leave it, as the "more than four snooze lengths" test below needs.
    {
      name: 'letters',
      tab: 'Snooze',
      field: '#set-snooze-maxPerBreak',
      act: async () => {
        // Chromium lets only digits, signs, separators and "e" into a number box; "1e" is text it
        // cannot read as a number (validity.badInput), which the page must catch itself.
        const box = page.locator('#set-snooze-maxPerBreak');
        await box.fill('');
        await box.pressSequentially('1e');
        await box.press('Tab');
      },
      message: 'Enter a number, using digits.',
    },
    {
      name: 'a default snooze that is not offered',
      tab: 'Snooze',
      field: '#set-snooze-choicesMin-10',
      act: () => page.getByLabel('10 min', { exact: true }).click(),
      message: 'The default snooze must be one of the offered lengths. Choose another default first.',
    },
    ...REFUSED_ENTRIES.map((entry) => ({ ...entry, act: () => enter(entry.field, entry.text) })),
  ];

  it.each(cases)('$name', async ({ tab: tabName, field, act, message }) => {
    await tab(tabName);
    await page.locator(field).waitFor();
    const before = await syncSnapshot(ext);
    await act();
    await expect.poll(() => fieldError(page, field)).toBe(message);
    await expect.poll(status).toContain('Not saved');
    await expect(page.locator(field).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await syncSnapshot(ext)).toBe(before);
  });

  it('more than four snooze lengths', async () => {
    await tab('Snooze');
    await page.getByLabel('20 min', { exact: true }).click();
    await expect.poll(async () => (await storedSettings(ext))?.snooze.choicesMin).toEqual([5, 10, 15, 20]);
    const before = await syncSnapshot(ext);
    await page.getByLabel('30 min', { exact: true }).click();
    await expect.poll(() => fieldError(page, '#set-snooze-choicesMin-30')).toBe('Choose at most 4.');
    expect(await syncSnapshot(ext)).toBe(before);
  });

  it('working hours with no working day', async () => {
    await tab('Schedule');
    // Fresh page state: earlier refused values in this tab are not in storage and not in the way.
    await page.reload();
    await page.locator('#set-workingHours-enabled').click();
    await expect.poll(async () => (await storedSettings(ext))?.workingHours.enabled).toBe(true);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) {
      await page.getByLabel(day, { exact: true }).click();
      await expect.poll(() => page.getByLabel(day, { exact: true }).isChecked()).toBe(false);
      await expect.poll(status).toMatch(/^Saved/);
    }
    const before = await syncSnapshot(ext);
    await page.getByLabel('Friday', { exact: true }).click();
    await expect
      .poll(() => fieldError(page, '#set-workingHours-days-fri'))
      .toBe('Choose at least one working day, or turn working hours off.');
    expect(await syncSnapshot(ext)).toBe(before);
    // Put the week back for the tests after this one.
    await page.locator('#set-workingHours-enabled').click();
    await expect.poll(async () => (await storedSettings(ext))?.workingHours.enabled).toBe(false);
  });
});

describe('a valid change', () => {
  it('is saved, says "Saved", and reaches the engine (the badge shows the new interval)', async () => {
    await page.reload();
    await tab('Breaks');
    await expect
      .poll(() => ext.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 })
      .toMatch(/m$/);
    await enter('#set-neckBreak-intervalMin', '200');
    await expect.poll(status).toBe('Saved: Neck break after this much screen time (minutes)');
    expect((await storedSettings(ext))?.neckBreak.intervalMin).toBe(200);
    // 200 minutes minus the little counted so far: over 100 minutes the badge shows hours.
    await expect
      .poll(() => ext.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 })
      .toBe('3h');
  });
});

it('the page logged no error, broke no CSP rule and made no network request', () => {
  expect(problems).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  expect(ext.externalRequests).toEqual([]);
});

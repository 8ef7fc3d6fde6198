import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@/src/core/settings/limits';
import { type FirefoxExtension, launchFirefox } from '@/tests/e2e/support/firefox';
import { byRole, textOf, typeInto } from '@/tests/e2e/support/firefox-page';
import { REFUSED_ENTRIES } from '@/tests/e2e/support/options-cases';
import { fieldErrorIn, storedSettings, syncSnapshot } from '@/tests/e2e/support/options-page';

// The options form in Firefox against the production build: what Firefox's own form controls let
// through (its number boxes take any text, its time boxes are typed field by field) is refused
// with the field's message and never reaches storage.sync; a valid change is saved and reaches
// the engine, whose badge shows the new interval on the toolbar.

let ext: FirefoxExtension;
let page: Page;

beforeAll(async () => {
  ext = await launchFirefox();
  // A returning user's settings, so "unchanged" compares real content, not an empty store.
  const settings = defaultSettings();
  settings.neckBreak.intervalMin = 50;
  await ext.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
  page = await ext.open('options.html#breaks');
  await page.locator('#set-neckBreak-intervalMin').wait();
});
afterAll(() => ext?.close());

const tab = (name: string) => byRole(page, 'tab', name).click();
const status = () => textOf(page, '[role="status"]');
const fieldError = (selector: string) => page.evaluate(fieldErrorIn, selector);

describe('invalid entries show their message and leave storage.sync byte for byte unchanged', () => {
  const cases = [
    ...REFUSED_ENTRIES,
    // Firefox's number box, unlike Chromium's, takes letters (validity.badInput).
    {
      name: 'letters',
      tab: 'Snooze',
      field: '#set-snooze-maxPerBreak',
      text: 'abc',
      message: 'Enter a number, using digits.',
    },
  ];

  it.each(cases)('$name', async ({ tab: tabName, field, text, message }) => {
    await tab(tabName);
    await page.locator(field).wait();
    const before = await syncSnapshot(ext);
    await typeInto(page, field, text);
    await expect.poll(() => fieldError(field)).toBe(message);
    await expect.poll(status).toContain('Not saved');
    expect(await page.$eval(field, (el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await syncSnapshot(ext)).toBe(before);
  });
});

describe('a valid change', () => {
  it('is saved, says "Saved", and reaches the engine: the toolbar badge shows the new interval', async () => {
    await tab('Breaks');
    await page.locator('#set-neckBreak-intervalMin').wait();
    await expect.poll(() => ext.toolbarBadge(), { timeout: 10_000 }).toMatch(/m$/);
    await typeInto(page, '#set-neckBreak-intervalMin', '200');
    await expect.poll(status).toBe('Saved: Neck break after this much screen time (minutes)');
    expect((await storedSettings(ext))?.neckBreak.intervalMin).toBe(200);
    // 200 minutes minus the little counted so far: over 100 minutes the badge shows hours.
    await expect.poll(() => ext.toolbarBadge(), { timeout: 10_000 }).toBe('3h');
    expect(await ext.evaluate(() => chrome.action.getBadgeText({}))).toBe('3h');
  });
});

it('the page logged no error, broke no CSP rule and made no network request', async () => {
  expect(await ext.problems()).toEqual({ consoleErrors: [], cspViolations: [], pageErrors: [] });
  expect(await ext.externalRequests()).toEqual([]);
});

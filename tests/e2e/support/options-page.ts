import type { Page } from 'playwright-core';
import type { Settings } from '@/src/core/settings/schema';
import { emptyDay } from '@/src/core/stats/day-stats';
import { axeSource, axeSummaryIn } from './axe';
import type { Extension, PageProblems } from './extension';
import type { ExtensionPages } from './extension-pages';

// Helpers for the options page's end-to-end tests.

export const TABS = [
  'welcome',
  'breaks',
  'snooze',
  'activity',
  'schedule',
  'interruptions',
  'routine',
  'about',
  'history',
  'data',
] as const;
export type OptionsTab = (typeof TABS)[number];

/** Opens options.html on a tab and waits until its fields have the stored settings. */
export async function openOptions(
  ext: Extension,
  tab: OptionsTab = 'breaks',
): Promise<{ page: Page; problems: PageProblems }> {
  const opened = await ext.open(`options.html#${tab}`);
  await opened.page.locator(`#panel-${tab} h2`).waitFor();
  // Fields render once the settings have been read; the data tab's first button does too.
  if (tab !== 'history') await opened.page.locator(`#panel-${tab} :is(input, button)`).first().waitFor();
  return opened;
}

/** Everything in storage.sync, as text: "unchanged" means byte for byte. */
export const syncSnapshot = (ext: ExtensionPages) =>
  ext.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)));

export const storedSettings = (ext: ExtensionPages) =>
  ext.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Settings | undefined);

/** Runs axe-core on the page as it is now; returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  return page.evaluate(axeSummaryIn);
}

/** The text of the message a field points at through aria-describedby, while it is invalid. */
export const fieldError = (page: Page, selector: string) => page.evaluate(fieldErrorIn, selector);

/** Runs in the page (either browser): the invalid field's own error message, or null. */
export function fieldErrorIn(selector: string): string | null {
  const el = document.querySelector(selector);
  if (el?.getAttribute('aria-invalid') !== 'true') return null;
  const ids = el.getAttribute('aria-describedby')?.split(' ') ?? [];
  for (const id of ids) {
    const note = document.getElementById(id);
    if (note?.classList.contains('error')) return note.textContent;
  }
  return null;
}

/**
 * Days of stored history keyed by the browser's own local dates: `offsets` days before today; this
 * device's summary is then owed a write, as after routines the engine saved.
 */
export function seedHistory(
  ext: ExtensionPages,
  days: Record<number, Record<string, number>>,
): Promise<void> {
  return ext.evaluate(
    async ({ byOffset, empty }) => {
      const out: Record<string, unknown> = {};
      for (const [offset, counters] of Object.entries(byOffset)) {
        const d = new Date();
        d.setDate(d.getDate() - Number(offset));
        const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        out[key] = { ...empty, ...counters };
      }
      // The engine marks this device's summary write owed whenever it saves routines
      // (platform/sync-summaries.ts); a history written behind its back does so too, so the
      // worker's next pass writes the summary as it would after those routines.
      const { device } = await chrome.storage.local.get('device');
      const owed = device ? { device: { ...device, writeAt: 0 } } : {};
      await chrome.storage.local.set({ stats: { v: 1, days: out }, ...owed });
    },
    { byOffset: days, empty: emptyDay() },
  );
}

/** The browser's own local date `offset` days before today, as a day key (as seedHistory keys them). */
export const localDayKey = (ext: ExtensionPages, offset: number): Promise<string> =>
  ext.evaluate((o) => {
    const d = new Date();
    d.setDate(d.getDate() - o);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);

/** Clicks a tab of the page by its visible name. */
export const clickTab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

/** Types into a box and leaves it, which is when the page checks and saves. */
export async function enter(page: Page, selector: string, text: string) {
  await page.locator(selector).fill(text);
  await page.locator(selector).press('Tab');
}

/** The "Saved…" / "Not saved…" line at the top of the page. */
export const statusLine = (page: Page) => page.getByRole('status').first().textContent();

import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Extension, PageProblems } from './extension';

// Helpers for the options page's end-to-end tests.

export const TABS = [
  'welcome',
  'breaks',
  'snooze',
  'activity',
  'schedule',
  'interruptions',
  'routine',
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
export const syncSnapshot = (ext: Extension) =>
  ext.evaluate(async () => JSON.stringify(await chrome.storage.sync.get(null)));

export const storedSettings = (ext: Extension) =>
  ext.evaluate(
    async () =>
      (await chrome.storage.sync.get('settings')).settings as
        | Record<string, Record<string, unknown>>
        | undefined,
  );

/** Runs axe-core on the page as it is now; returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    interface AxeViolation {
      id: string;
      help: string;
      nodes: { target: string[] }[];
    }
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

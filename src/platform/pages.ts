import { browser } from 'wxt/browser';

/** The options page: focuses its tab when one is open already, opens one otherwise. */
export async function openSettingsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

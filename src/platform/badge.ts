import { browser } from 'wxt/browser';

export async function setBadge(text: string, color: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setBadgeBackgroundColor({ color }),
    // White text on the dark badge colours reads in both browser themes (Chrome 110+).
    browser.action.setBadgeTextColor?.({ color: '#ffffff' }),
  ]);
}

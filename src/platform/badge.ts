import { browser } from 'wxt/browser';
import type { Badge } from '@/src/core/schedule/badge';
import { STORED } from './storage-items';

/**
 * Shows `badge` on the toolbar button, unless it is on screen already.
 *
 * The rule: the badge is set when it differs from the one remembered in session storage
 * (STORED.badge), and remembered only once set. The browser drops a badge set by the API exactly
 * when it drops session storage (a browser restart, Nape updated, reloaded or disabled), so
 * "remembered" means "still shown", and after any of those the first wake sets it again. A worker
 * killed between setting and remembering sets it once more next time: harmless. Skipping an
 * unchanged badge spares most wakes the `action` API (Chrome loads its icon code, ~15 KB of worker
 * heap, on first touch): in an idle, paused or off-hours stretch, and whenever the minutes shown
 * have not moved.
 */
export async function showBadge(badge: Badge, shown: Badge | null): Promise<void> {
  if (shown?.text === badge.text && shown.color === badge.color) return;
  await setBadge(badge.text, badge.color);
  await STORED.badge.set({ text: badge.text, color: badge.color });
}

async function setBadge(text: string, color: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setBadgeBackgroundColor({ color }),
    // White text on the dark badge colours reads in both browser themes (Chrome 110+).
    browser.action.setBadgeTextColor?.({ color: '#ffffff' }),
  ]);
}

import { browser } from 'wxt/browser';
import type { BrowserFamily } from '@/src/core/prompt-click';
import { isShortcut, SHORTCUTS, type Shortcut } from '@/src/core/shortcuts/shortcuts';
import { iconUrl, NOTIFICATION_IDS } from './notifications';

// The keyboard shortcuts: the manifest's `commands` (wxt.config.ts), which need no permission.
// The browser owns the keys: it assigns the suggested ones at install unless they are taken, and
// the user changes them in its own settings page, which an extension may open but not fill in.

/** Register synchronously at worker start-up: one of Nape's shortcuts was pressed. */
export function onShortcut(listener: (shortcut: Shortcut) => Promise<void>): void {
  // A name from another version of the manifest (an update under a running worker) is ignored.
  // The promise goes back to the caller of the listener (the browser ignores it; a test awaits it).
  browser.commands.onCommand.addListener((name) => (isShortcut(name) ? listener(name) : undefined));
}

/**
 * Says why a shortcut did nothing: a plain notification, valid in both browsers (no buttons, which
 * Firefox refuses), that goes away on its own. Shown again, not silently updated, if it is still up.
 */
export async function showShortcutNotice(title: string, message: string): Promise<void> {
  await browser.notifications.clear(NOTIFICATION_IDS.shortcut);
  await browser.notifications.create(NOTIFICATION_IDS.shortcut, {
    type: 'basic',
    iconUrl: iconUrl(),
    title,
    message,
  });
}

export interface ShortcutKeys {
  shortcut: Shortcut;
  /** The keys as the browser writes them ("Alt+Shift+R", "⌃⇧R"), or null when none is assigned. */
  keys: string | null;
}

/**
 * Nape's shortcuts with the keys the browser has assigned them now, in the manifest's order. A
 * shortcut has none when its suggested keys were taken (by the browser, or another extension) or
 * the user removed them.
 */
export async function shortcutKeys(): Promise<ShortcutKeys[]> {
  const assigned = new Map<string, string>();
  for (const c of await browser.commands.getAll()) if (c.name) assigned.set(c.name, c.shortcut ?? '');
  return SHORTCUTS.map((shortcut) => ({ shortcut, keys: assigned.get(shortcut) || null }));
}

/**
 * Opens the browser's page for changing extensions' shortcuts; false if it could not. Firefox has
 * `commands.openShortcutSettings()` (137+; Nape needs 142). Chrome has no such call, and a link to
 * chrome:// is blocked, but `tabs.create` may open its shortcuts page (Edge maps chrome:// to edge://).
 */
export async function openShortcutSettings(family: BrowserFamily): Promise<boolean> {
  try {
    if (family === 'firefox') {
      const open: unknown = Reflect.get(browser.commands, 'openShortcutSettings');
      if (typeof open !== 'function') return false;
      await open.call(browser.commands);
    } else {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    }
    return true;
  } catch {
    return false;
  }
}

import { type Browser, browser } from 'wxt/browser';
import type { BrowserFamily } from '@/src/core/prompt-click';
import type { NotificationKind } from '@/src/core/schedule/events';

// Notifications differ by browser. Chrome: up to two buttons and requireInteraction. Firefox:
// `buttons` makes the whole create() call reject ("Property "buttons" is unsupported by
// Firefox"), requireInteraction is unsupported, and onButtonClicked never fires — so Firefox
// gets a plain notification whose click starts the routine.

export const NOTIFICATION_IDS = {
  neck: 'nape-neck',
  /** The prompt with no snooze left has other buttons; its id says which, so a click needs no lookup. */
  neckAtLimit: 'nape-neck-last',
  posture: 'nape-posture',
  evening: 'nape-evening',
  /** Why a keyboard shortcut did nothing (platform/commands.ts). */
  shortcut: 'nape-shortcut',
} as const;

/** The browser this build is for. BROWSER, not FIREFOX: under Vitest the flags are strings, and "false" is truthy. */
export const BROWSER_FAMILY: BrowserFamily = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

export interface NeckPromptText {
  title: string;
  message: string;
  /** Chrome buttons, in order. */
  buttons: [string, string];
  /** Said on Firefox instead of buttons. */
  clickHint: string;
}

/** `other`: the routine offered beside Start when no snooze is left (kept in the engine's state). */
export type NeckButton = 'start' | 'snooze' | 'other';

/** Which action each Chrome button carries, for a prompt with or without a snooze left. */
export const neckButtons = (atLimit: boolean): [NeckButton, NeckButton] =>
  atLimit ? ['start', 'other'] : ['start', 'snooze'];

type CreateOptions = Browser.notifications.NotificationCreateOptions;

export function neckNotificationOptions(
  family: BrowserFamily,
  text: NeckPromptText,
  iconUrl: string,
): CreateOptions {
  const base = { type: 'basic' as const, iconUrl, title: text.title, priority: 2 };
  if (family === 'firefox') return { ...base, message: `${text.message} ${text.clickHint}` };
  return {
    ...base,
    message: text.message,
    buttons: text.buttons.map((title) => ({ title })),
    // Stays until the user acts: a break prompt that vanishes in 8 s is easy to miss.
    requireInteraction: true,
  };
}

export function postureNotificationOptions(
  family: BrowserFamily,
  title: string,
  cue: string,
  iconUrl: string,
): CreateOptions {
  // Light: no buttons, silent where the browser allows it, and the engine clears it after ~30 s.
  const base = { type: 'basic' as const, iconUrl, title, message: cue };
  return family === 'firefox' ? base : { ...base, priority: 0, silent: true };
}

/**
 * The evening reminder: no buttons in either browser (its one action is its click, which starts
 * the routine), and, in Chrome, it stays until the user acts: it may come while they are away.
 */
export function eveningNotificationOptions(
  family: BrowserFamily,
  text: { title: string; message: string },
  iconUrl: string,
): CreateOptions {
  const base = { type: 'basic' as const, iconUrl, title: text.title, message: text.message };
  return family === 'firefox' ? base : { ...base, priority: 1, requireInteraction: true };
}

export async function showEveningReminder(options: CreateOptions): Promise<void> {
  await browser.notifications.create(NOTIFICATION_IDS.evening, options);
}

export const iconUrl = () => browser.runtime.getURL('/icons/128.png');

export async function showNeckPrompt(atLimit: boolean, options: CreateOptions): Promise<void> {
  // Only one neck prompt at a time: the other variant may still be on screen.
  await browser.notifications.clear(atLimit ? NOTIFICATION_IDS.neck : NOTIFICATION_IDS.neckAtLimit);
  await browser.notifications.create(atLimit ? NOTIFICATION_IDS.neckAtLimit : NOTIFICATION_IDS.neck, options);
}

export async function showPostureCheck(options: CreateOptions): Promise<void> {
  await browser.notifications.create(NOTIFICATION_IDS.posture, options);
}

export async function clearNotification(kind: NotificationKind): Promise<void> {
  const ids =
    kind === 'neck'
      ? [NOTIFICATION_IDS.neck, NOTIFICATION_IDS.neckAtLimit]
      : [kind === 'evening' ? NOTIFICATION_IDS.evening : NOTIFICATION_IDS.posture];
  await Promise.all(ids.map((id) => browser.notifications.clear(id)));
}

export interface NotificationHandlers {
  /** The body of the neck prompt was clicked. */
  onNeckClicked(): void;
  onNeckButton(action: NeckButton): void;
  /** The evening reminder was clicked (it has no buttons). */
  onEveningClicked(): void;
}

const isNeckPrompt = (id: string) => id === NOTIFICATION_IDS.neck || id === NOTIFICATION_IDS.neckAtLimit;

/** Register synchronously at worker start-up. */
export function onNotificationEvents(handlers: NotificationHandlers): void {
  browser.notifications.onClicked.addListener((id) => {
    if (isNeckPrompt(id)) handlers.onNeckClicked();
    else if (id === NOTIFICATION_IDS.evening) {
      void browser.notifications.clear(id);
      handlers.onEveningClicked();
    } else if (id === NOTIFICATION_IDS.posture || id === NOTIFICATION_IDS.shortcut) {
      // Nothing to do but go: Chrome leaves a clicked notification up.
      void browser.notifications.clear(id);
    }
  });
  // Firefox has the event but never fires it.
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (!isNeckPrompt(id)) return;
    const action = neckButtons(id === NOTIFICATION_IDS.neckAtLimit)[index];
    if (action) handlers.onNeckButton(action);
  });
}

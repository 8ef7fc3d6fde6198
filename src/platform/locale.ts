import { browser } from 'wxt/browser';

/** The browser's UI language ("ru", "en-US"…): @wxt-dev/i18n follows it too. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** The user's current IANA time zone; it changes when they travel. */
export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

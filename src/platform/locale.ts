import { i18n } from '#i18n';
import { type ContentLocale, resolveContentLocale } from '@/src/content/locale';
import { type DayKey, dayKeyOf } from '@/src/core/calendar';

/**
 * The one rule for the language of everything Nape says: the language its messages are in, as the
 * message files themselves say (`ui.lang`). The browser's language picks the file (@wxt-dev/i18n),
 * and a browser in German gets the English messages; dates, numbers, the routine's text and voice
 * follow the messages, not the browser, so nothing on a page is in two languages.
 */
export const pageLanguage = (): ContentLocale => resolveContentLocale(i18n.t('ui.lang') || 'en');

/** The user's current IANA time zone; it changes when they travel. */
export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Today's key in the user's current zone, the same as `dayKey(now, currentTimeZone())` (a test
 * keeps them equal), read from Date's local calendar instead of Intl. For the popup's first
 * screen: the first Intl object a fresh page process makes loads ICU's data, 16–33 ms in
 * Chromium 156 on the 2-core development machine, while Date's local fields cost nothing; with
 * this the status screen (counting) makes no Intl object before it is on screen.
 */
export function localDayKey(now: number): DayKey {
  const d = new Date(now);
  return dayKeyOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

import { i18n } from '#i18n';
import { type ContentLocale, resolveContentLocale } from '../content/locale';

/**
 * The one rule for the language of everything Nape says: the language its messages are in, as the
 * message files themselves say (`ui.lang`). The browser's language picks the file (@wxt-dev/i18n),
 * and a browser in German gets the English messages; dates, numbers, the routine's text and voice
 * follow the messages, not the browser, so nothing on a page is in two languages.
 */
export const pageLanguage = (): ContentLocale => resolveContentLocale(i18n.t('ui.lang') || 'en');

/** The user's current IANA time zone; it changes when they travel. */
export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

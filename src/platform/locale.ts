import { i18n } from '#i18n';
import { type ContentLocale, resolveContentLocale } from '../content/locale';

/**
 * The one rule for the language of everything Nape says: the language its messages are in, as the
 * message files themselves say (`ui.lang`). The browser's language picks the file (@wxt-dev/i18n),
 * and a browser in German gets the English messages; dates, numbers, the routine's text and voice
 * follow the messages, not the browser, so nothing on a page is in two languages.
 */
export const pageLanguage = (): ContentLocale => resolveContentLocale(i18n.t('ui.lang') || 'en');

type TemporalNow = { Now: { timeZoneId(): string } };

/**
 * The user's current IANA time zone; it changes when they travel, so every wake asks. Temporal
 * answers without building a date formatter, which the Intl way does on every call (a costly
 * step of each wake); Intl where Temporal is missing.
 */
export const currentTimeZone = (): string =>
  (globalThis as { Temporal?: TemporalNow }).Temporal?.Now.timeZoneId() ||
  Intl.DateTimeFormat().resolvedOptions().timeZone ||
  'UTC';

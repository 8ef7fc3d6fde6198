import { i18n } from '#i18n';

/**
 * The language the page's messages are in ("en" or "ru"), as the locale files say: a browser in
 * German gets the English messages, and dates and numbers should match them, not the browser.
 */
export const pageLocale = (): string => i18n.t('options.lang') || 'en';

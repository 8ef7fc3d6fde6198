import { type ContentLocale, resolveContentLocale } from '@/src/content/locale';
import { uiLanguage } from '@/src/platform/locale';

/** The routine's language: the browser's UI language when we have it, English otherwise. */
export const contentLocale = (): ContentLocale => resolveContentLocale(uiLanguage());

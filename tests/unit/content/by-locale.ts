import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { loadAboutText } from '@/src/content/load-about';
import { loadLanguage } from '@/src/content/load-language';
import { loadRoutineScript } from '@/src/content/load-script';
import { loadRoutineText } from '@/src/content/load-text';
import { CONTENT_LOCALES, type ContentLocale } from '@/src/content/locale';

// Every language's content, reached as the pages reach it (the loaders, which are keyed by the
// locale list): the content tests iterate CONTENT_LOCALES and never list the languages themselves,
// so a new language is checked by every one of them as soon as the list names it.

const byLocale = async <T>(load: (locale: ContentLocale) => Promise<T>): Promise<Record<ContentLocale, T>> =>
  Object.fromEntries(
    await Promise.all(CONTENT_LOCALES.map(async (locale) => [locale, await load(locale)] as const)),
  ) as Record<ContentLocale, T>;

export const TEXTS = await byLocale(loadRoutineText);
export const SCRIPTS = await byLocale(loadRoutineScript);
export const ABOUT = await byLocale(loadAboutText);
export const LANGUAGES = await byLocale(loadLanguage);

/** Each language's word budget (wordsPerSecondBudget in its module). */
export const WORDS_PER_SECOND_BUDGET = Object.fromEntries(
  CONTENT_LOCALES.map((locale) => [locale, LANGUAGES[locale].wordsPerSecondBudget]),
) as Record<ContentLocale, number>;

/** Each language's posture cues, in order, as the worker reads them: its messages' notify.postureCues. */
export const POSTURE_CUES = await byLocale(async (locale) =>
  (await parseMessagesFile(`src/locales/${locale}.yml`)).flatMap((m) =>
    m.type === 'simple' && m.key[0] === 'notify' && m.key[1] === 'postureCues' ? [m.message] : [],
  ),
);

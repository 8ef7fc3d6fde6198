export const CONTENT_LOCALES = ['en', 'ru'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** Picks the content language for a browser UI language tag ("ru-RU" → ru); English otherwise. */
export function resolveContentLocale(languageTag: string): ContentLocale {
  return /^ru\b/i.test(languageTag) ? 'ru' : 'en';
}

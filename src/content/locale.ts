/**
 * Every language Nape speaks, the one list the rest follows: each has its UI messages
 * (src/locales/<locale>.yml, whose `ui.lang` names it) and its routine text, spoken script and
 * About page (src/content/lang/<locale>.ts); every table keyed by language is typed
 * by it, and the tests iterate it and hold the files on disk to it. The first is the fallback.
 */
export const CONTENT_LOCALES = ['en', 'ru'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/** Picks the content language for a browser UI language tag ("ru-RU" → ru); English otherwise. */
export function resolveContentLocale(languageTag: string): ContentLocale {
  return CONTENT_LOCALES.find((l) => new RegExp(`^${l}\\b`, 'i').test(languageTag)) ?? CONTENT_LOCALES[0];
}

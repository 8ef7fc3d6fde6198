import { CONTENT_LOCALES, type ContentLocale } from '@/src/content/locale';
import type { words as english } from './words.en';

// The words the content tests look for, one file per language (words.<locale>.ts), found by the
// list of languages: a new language is one more of these files, typed by the English one, so a
// check it lacks fails to compile.

export type Words = typeof english;

const loaded = await Promise.all(
  CONTENT_LOCALES.map((locale) => import(`./words.${locale}.ts`) as Promise<{ words: Words }>),
);

export const WORDS = Object.fromEntries(
  CONTENT_LOCALES.map((locale, i) => [locale, loaded[i]?.words]),
) as Record<ContentLocale, Words>;

/** One test's words, in every language. */
export const wordsOf = <K extends keyof Words>(test: K): Record<ContentLocale, Words[K]> =>
  Object.fromEntries(CONTENT_LOCALES.map((locale) => [locale, WORDS[locale][test]])) as Record<
    ContentLocale,
    Words[K]
  >;

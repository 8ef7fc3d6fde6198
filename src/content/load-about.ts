import type { AboutText } from './about-schema';
import { loadLanguage } from './load-language';
import type { ContentLocale } from './locale';

// "About this routine" in a language: its part of the language's chunk (load-language.ts), loaded
// only by the page that shows it, when it is opened.
export function loadAboutText(locale: ContentLocale): Promise<AboutText> {
  return loadLanguage(locale).then((l) => l.about);
}

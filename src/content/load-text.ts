import { loadLanguage } from './load-language';
import type { ContentLocale } from './locale';
import type { RoutineText } from './schema';

// The screen's text of a language: its part of the language's chunk (load-language.ts).
export function loadRoutineText(locale: ContentLocale): Promise<RoutineText> {
  return loadLanguage(locale).then((l) => l.text);
}

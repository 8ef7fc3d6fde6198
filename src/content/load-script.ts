import { loadLanguage } from './load-language';
import type { ContentLocale } from './locale';
import type { RoutineScript } from './script-schema';

// The spoken script of a language: its part of the language's chunk (load-language.ts), which the
// player has loaded for the text already.
export function loadRoutineScript(locale: ContentLocale): Promise<RoutineScript> {
  return loadLanguage(locale).then((l) => l.script);
}

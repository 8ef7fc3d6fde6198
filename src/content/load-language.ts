import type { AboutText } from './about-schema';
import type { ContentLocale } from './locale';
import type { RoutineText } from './schema';
import type { RoutineScript } from './script-schema';

/** One language's words for the routine: src/content/lang/<locale>.ts. */
export interface Language {
  text: RoutineText;
  script: RoutineScript;
  about: AboutText;
  wordsPerSecondBudget: number;
  calibrationVoice: { voice: string; wpm: number };
}

// Each language is one chunk, found by its name, so a new language needs no line here: a page
// loads only the language it shows, when it shows it, and nothing loads one at startup (the
// popup's startup budget is 22 KB gzip; the plan in variants.ts is all it needs at first).
export function loadLanguage(locale: ContentLocale): Promise<Language> {
  return import(`./lang/${locale}.ts`);
}

import type { ContentLocale } from './locale';
import type { RoutineScript } from './script-schema';

// The spoken script, a chunk per language like the text (load-text.ts): the player loads the one
// it speaks when it opens, and nothing loads it at startup.
const loaders: Record<ContentLocale, () => Promise<RoutineScript>> = {
  en: () => import('./script.en').then((m) => m.SCRIPT_EN),
  ru: () => import('./script.ru').then((m) => m.SCRIPT_RU),
};

export function loadRoutineScript(locale: ContentLocale): Promise<RoutineScript> {
  return loaders[locale]();
}

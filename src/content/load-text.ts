import type { ContentLocale } from './locale';
import type { RoutineText } from './schema';

// Each language is its own chunk: a page loads only the text it shows, and never at startup
// (the popup's startup budget is 22 KB gzip; the plan in variants.ts is all it needs at first).
const loaders: Record<ContentLocale, () => Promise<RoutineText>> = {
  en: () => import('./text.en').then((m) => m.TEXT_EN),
  ru: () => import('./text.ru').then((m) => m.TEXT_RU),
};

export function loadRoutineText(locale: ContentLocale): Promise<RoutineText> {
  return loaders[locale]();
}

import type { AboutText } from './about-schema';
import type { ContentLocale } from './locale';

// "About this routine", a chunk per language like the routine's text (load-text.ts): only the page
// that shows it loads it, when it is opened, and never at startup.
const loaders: Record<ContentLocale, () => Promise<AboutText>> = {
  en: () => import('./about.en').then((m) => m.ABOUT_EN),
  ru: () => import('./about.ru').then((m) => m.ABOUT_RU),
};

export function loadAboutText(locale: ContentLocale): Promise<AboutText> {
  return loaders[locale]();
}

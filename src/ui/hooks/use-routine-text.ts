import { useEffect, useState } from 'preact/hooks';
import { loadRoutineText } from '@/src/content/load-text';
import type { ContentLocale } from '@/src/content/locale';
import type { RoutineText } from '@/src/content/schema';
import { pageLanguage } from '@/src/platform/locale';

const loaded = new Map<ContentLocale, RoutineText>();
const loading = new Map<ContentLocale, Promise<RoutineText>>();

/** Starts loading the routine text (a chunk per language) without waiting for it. */
export function preloadRoutineText(locale = pageLanguage()): Promise<RoutineText> {
  let p = loading.get(locale);
  if (!p) {
    p = loadRoutineText(locale).then((text) => {
      loaded.set(locale, text);
      return text;
    });
    loading.set(locale, p);
  }
  return p;
}

/** The routine's text in the UI language; undefined for the moment its chunk takes to load. */
export function useRoutineText(): RoutineText | undefined {
  const locale = pageLanguage();
  const [text, setText] = useState(() => loaded.get(locale));
  useEffect(() => {
    if (text) return;
    let live = true;
    preloadRoutineText(locale).then((t) => live && setText(t));
    return () => {
      live = false;
    };
  }, [locale, text]);
  return text;
}

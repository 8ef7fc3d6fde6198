import { useEffect, useState } from 'preact/hooks';
import { loadRoutineText } from '@/src/content/load-text';
import type { ContentLocale } from '@/src/content/locale';
import type { RoutineText } from '@/src/content/schema';
import { pageLanguage } from '@/src/platform/locale';

const loaded = new Map<ContentLocale, RoutineText>();
const loading = new Map<ContentLocale, Promise<RoutineText>>();

/**
 * Starts loading the routine text (a chunk per language) without waiting for it. A load that
 * failed is forgotten, so the next call fetches the chunk again.
 */
export function preloadRoutineText(locale = pageLanguage()): Promise<RoutineText> {
  let p = loading.get(locale);
  if (!p) {
    p = loadRoutineText(locale).then(
      (text) => {
        loaded.set(locale, text);
        return text;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, p);
  }
  return p;
}

export interface RoutineTextLoad {
  /** The routine's text; undefined for the moment its chunk takes to load, or if it failed. */
  text: RoutineText | undefined;
  /** Set when the chunk could not be loaded: the page says so (LoadFailed) and offers this. */
  retry: (() => void) | undefined;
}

/** The routine's text in the UI language. */
export function useRoutineText(): RoutineTextLoad {
  const locale = pageLanguage();
  const [text, setText] = useState(() => loaded.get(locale));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (text || failed) return;
    let live = true;
    preloadRoutineText(locale).then(
      (t) => live && setText(t),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [locale, text, failed]);
  return { text, retry: failed ? () => setFailed(false) : undefined };
}

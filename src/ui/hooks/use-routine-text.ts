import { useEffect, useState } from 'preact/hooks';
import { loadRoutineText } from '@/src/content/load-text';
import type { RoutineText } from '@/src/content/schema';
import { loadOncePer } from '@/src/core/load-once';
import { pageLanguage } from '@/src/platform/locale';

/** Each language's routine text, fetched once. */
const textIn = loadOncePer(loadRoutineText);

/** Starts loading the routine text (a chunk per language) without waiting for it. */
export const preloadRoutineText = (locale = pageLanguage()): Promise<RoutineText> => textIn(locale).load();

export interface RoutineTextLoad {
  /** The routine's text; undefined for the moment its chunk takes to load, or if it failed. */
  text: RoutineText | undefined;
  /** Set when the chunk could not be loaded: the page says so (LoadFailed) and offers this. */
  retry: (() => void) | undefined;
}

/** The routine's text in the UI language. */
export function useRoutineText(): RoutineTextLoad {
  const locale = pageLanguage();
  const [text, setText] = useState(() => textIn(locale).get());
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

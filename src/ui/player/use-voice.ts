import { useEffect, useState } from 'preact/hooks';
import { loadRoutineScript } from '@/src/content/load-script';
import type { ContentLocale } from '@/src/content/locale';
import type { RoutineScript } from '@/src/content/script-schema';

// The player's voice data: whether the first-routine question is settled, the spoken script, and
// whether the browser has a voice for the language. Each is read only while the player is open.

const scripts = new Map<ContentLocale, RoutineScript>();

/** The spoken script of `locale`, loaded when first needed (a chunk per language). */
export function useRoutineScript(locale: ContentLocale, needed: boolean): RoutineScript | null {
  const [script, setScript] = useState(() => scripts.get(locale) ?? null);
  useEffect(() => {
    if (!needed || script?.locale === locale) return;
    let live = true;
    loadRoutineScript(locale).then((s) => {
      scripts.set(locale, s);
      if (live) setScript(s);
    });
    return () => {
      live = false;
    };
  }, [locale, needed, script]);
  return script?.locale === locale ? script : null;
}

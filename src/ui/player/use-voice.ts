import { useEffect, useState } from 'preact/hooks';
import { loadRoutineScript } from '@/src/content/load-script';
import type { ContentLocale } from '@/src/content/locale';
import type { RoutineScript } from '@/src/content/script-schema';
import { isVoiceAsked, voiceAskedItem } from '@/src/platform/storage-items';
import { useStore } from '../hooks/use-data';
import { createStore } from '../stores/store';

// The player's voice data: whether the first-routine question is settled, the spoken script, and
// whether the browser has a voice for the language. Each is read only while the player is open.

/** Whether the voice question is settled (synced storage); undefined until read. */
export function useVoiceAsked(): boolean | undefined {
  const [store] = useState(() =>
    createStore(
      // Storage that cannot be read must not hold the routine up behind a question: not asked.
      async () => isVoiceAsked(await voiceAskedItem.getValue().catch(() => ({ at: 0 }))),
      (callback) => voiceAskedItem.watch((raw) => callback(isVoiceAsked(raw))),
    ),
  );
  useEffect(() => () => store.dispose(), [store]);
  return useStore(store);
}

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

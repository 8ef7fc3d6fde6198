import { useEffect, useState } from 'preact/hooks';
import { loadRoutineScript } from '@/src/content/load-script';
import type { ContentLocale } from '@/src/content/locale';
import type { RoutineScript } from '@/src/content/script-schema';
import { loadOncePer } from '@/src/core/load-once';

// The spoken script the player's voice says, loaded only while the player is open and the voice
// is on (a chunk per language). Whether to ask about the voice (useVoiceAsked) and whether the
// browser has a voice for the language (useVoiceStatus) are read by their own hooks.

/** Each language's spoken script, fetched once. */
const scriptIn = loadOncePer(loadRoutineScript);

export interface RoutineScriptLoad {
  /** The script; null while it loads, or if it failed. */
  script: RoutineScript | null;
  /** Set when the chunk could not be loaded: the player says so and offers this. */
  retry: (() => void) | undefined;
}

/** The spoken script of `locale`, loaded when first needed. */
export function useRoutineScript(locale: ContentLocale, needed: boolean): RoutineScriptLoad {
  const [script, setScript] = useState(() => scriptIn(locale).get() ?? null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || failed || script?.locale === locale) return;
    let live = true;
    scriptIn(locale)
      .load()
      .then(
        (s) => live && setScript(s),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, [locale, needed, script, failed]);
  return {
    script: script?.locale === locale ? script : null,
    retry: failed ? () => setFailed(false) : undefined,
  };
}

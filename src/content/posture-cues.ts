import type { GeneratedI18nStructure } from '#i18n';

// Body text of the light posture-check notification, one cue per check, in a stable order so the
// engine can rotate through them by a counter. The cues are UI messages (notify.postureCues in
// src/locales/<lang>.yml, one list per language, each cue at most 90 characters), so the worker
// reads them in the language of its other notifications and a language brings its own.

type MessageKey = keyof GeneratedI18nStructure;
export type PostureCueKey = Extract<MessageKey, `notify.postureCues.${number}`>;

/** How many cues the default locale's list holds, counted from its keys (notify.postureCues.0, .1, …). */
type CueCount<Seen extends unknown[] = []> = `notify.postureCues.${Seen['length']}` extends MessageKey
  ? CueCount<[...Seen, unknown]>
  : Seen['length'];

/** The length of the list; a cue added to or taken from the messages fails to compile until this follows. */
export const POSTURE_CUE_COUNT: CueCount = 12;

/** The message key of the cue for the n-th posture check (any integer; it wraps around the list). */
export function postureCueKey(n: number): PostureCueKey {
  const i = ((Math.trunc(n) % POSTURE_CUE_COUNT) + POSTURE_CUE_COUNT) % POSTURE_CUE_COUNT;
  return `notify.postureCues.${i}` as PostureCueKey;
}

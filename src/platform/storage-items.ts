import { storage } from 'wxt/utils/storage';
import type { SafetyAck } from '../core/safety-ack';
import { checkSafetyAck } from '../core/validate/stored';

// Every storage key Nape uses, in one place (architecture §4). Values are read through the
// stores in settings-store.ts, engine-store.ts and friends, which validate what they read.

/** User settings, synced between the user's browsers. Read leniently (see core/settings/parse). */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: 1,
  // No migration yet: v1 is the first shape. A value from a newer Nape (a downgrade) is still read
  // field by field; the library logs the downgrade and returns the raw value.
  migrations: {},
});

/** The engine's state (core/schedule/state.ts); garbage is replaced by a fresh state on load. */
export const engineStateItem = storage.defineItem<unknown>('local:engine');

/** Per-day history (core/stats/day-stats.ts). Written only by the background engine. */
export const statsItem = storage.defineItem<unknown>('local:stats');

/** The routine in progress (core/routine/session.ts): survives a closed popup, not a browser restart. */
export const routineSessionItem = storage.defineItem<unknown>('session:routine');

/** Which version of the contraindications the user acknowledged. */
export const safetyAckItem = storage.defineItem<unknown>('local:safetyAck');

/**
 * The first routine's voice question is settled: answered, or voice chosen in the player or the
 * options (the answer itself is settings.routine.voice). Synced like the settings, so the user is
 * asked once, not once per browser. Written only by voice-choice.ts.
 */
export const voiceAskedItem = storage.defineItem<unknown>('sync:voiceAsked');

/** `{ at }`, when the question was settled; anything else reads as "not asked yet". */
export const isVoiceAsked = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && typeof (raw as { at?: unknown }).at === 'number';

export const readSafetyAck = async (): Promise<SafetyAck | null> => {
  return checkSafetyAck(await safetyAckItem.getValue());
};

import { storage } from 'wxt/utils/storage';
import type { PlayerMute } from '../core/prefs-schema';
import type { SafetyAck } from '../core/safety-ack';
import { checkPlayerMute, checkSafetyAck, checkVoiceAsked } from '../core/validate/stored';

// Every storage key Nape uses, in one place (architecture §4). Each value is checked as it is read
// (settings-store.ts, engine-store.ts, stats-store.ts, routine-store.ts, and the readers here).

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

/** The player's "mute the chime for now" switch: for the browser session. Written only by the player. */
export const playerMuteItem = storage.defineItem<unknown>('session:playerMute');

export const readSafetyAck = async (): Promise<SafetyAck | null> =>
  checkSafetyAck(await safetyAckItem.getValue());

/** Whether the voice question is settled; anything stored that is not `{ at }` reads as "not yet". */
export const voiceAskedFrom = (raw: unknown): boolean => checkVoiceAsked(raw) !== null;

/** The chime muted for now; unmuted unless stored so. */
export const playerMuteFrom = (raw: unknown): PlayerMute => checkPlayerMute(raw) ?? { chime: false };

import type { PlayerMute, VoiceAsked } from '../core/prefs-schema';
import type { RoutineSession } from '../core/routine';
import type { SafetyAck } from '../core/safety-ack';
import type { Badge } from '../core/schedule/badge';
import type { EngineState } from '../core/schedule/state';
import type { ValidSettings } from '../core/settings/parse';
import type { Stats } from '../core/stats/day-stats';
import { checkPlayerMute, checkSafetyAck, checkVoiceAsked } from '../core/validate/stored';
import { storedItem } from './storage';

// Every storage key Nape uses, in one place (docs/architecture.md, Who owns which fact), each with
// its area and the type it is written as. Each value is checked as it is read (settings-store.ts,
// engine-store.ts, stats-store.ts, routine-store.ts, badge.ts, and the readers here).

/**
 * User settings, synced between the user's browsers. Read leniently, field by field
 * (core/settings/read.ts), so a value from a newer Nape (a downgrade) still reads. Only settings
 * the options page validated are written (the type says so).
 */
export const settingsItem = storedItem<ValidSettings>('sync', 'settings');

/** The engine's state (core/schedule/state.ts); garbage is replaced by a fresh state on load. */
export const engineStateItem = storedItem<EngineState>('local', 'engine');

/** Per-day history (core/stats/day-stats.ts). Written only by the background engine. */
export const statsItem = storedItem<Stats>('local', 'stats');

/** The routine in progress (core/routine/session.ts): survives a closed popup, not a browser restart. */
export const routineSessionItem = storedItem<RoutineSession>('session', 'routine');

/**
 * The toolbar badge as the worker last set it (platform/badge.ts). In session storage on purpose:
 * the browser forgets a badge exactly when it forgets session storage (a browser restart, an
 * update or reload of Nape, Nape disabled), so a remembered badge is one still on screen.
 */
export const badgeShownItem = storedItem<Badge>('session', 'badge');

/** Which version of the contraindications the user acknowledged. */
export const safetyAckItem = storedItem<SafetyAck>('local', 'safetyAck');

/**
 * The first routine's voice question is settled: answered, or voice chosen in the player or the
 * options (the answer itself is settings.routine.voice). Synced like the settings, so the user is
 * asked once, not once per browser. Written only by voice-choice.ts.
 */
export const voiceAskedItem = storedItem<VoiceAsked>('sync', 'voiceAsked');

/** The player's "mute the chime for now" switch: for the browser session. Written only by the player. */
export const playerMuteItem = storedItem<PlayerMute>('session', 'playerMute');

export const readSafetyAck = async (): Promise<SafetyAck | null> => checkSafetyAck(await safetyAckItem.get());

/** Whether the voice question is settled; anything stored that is not `{ at }` reads as "not yet". */
export const voiceAskedFrom = (raw: unknown): boolean => checkVoiceAsked(raw) !== null;

/** The chime muted for now; unmuted unless stored so. */
export const playerMuteFrom = (raw: unknown): PlayerMute => checkPlayerMute(raw) ?? { chime: false };

import type { RoutineSession } from '@/src/core/routine';
import type { Badge } from '@/src/core/schedule/badge';
import { type EngineState, initialState, migrateEngineState } from '@/src/core/schedule/state';
import type { Settings } from '@/src/core/settings/schema';
import type { Stats } from '@/src/core/stats/day-stats';
import type { DeviceRecord } from '@/src/core/sync/summary-schema';
import { entry, readItems, writeItems } from './storage';
import { STORED } from './storage-items';

/** What every wake of the engine starts from. */
export interface EngineInputs {
  settings: Settings;
  state: EngineState;
  stats: Stats;
  /** The player's session, as the pages last saved it (null: none, or not valid). */
  session: RoutineSession | null;
  /** The badge as last set in this browser session (platform/badge.ts), null if none is known. */
  badgeShown: Badge | null;
  /**
   * This device's record: its id and when its summary is next due (platform/sync-summaries.ts),
   * read here so that a wake with nothing to write decides so with no read of its own.
   */
  device: DeviceRecord | null;
}

/** What every wake reads (the bench's API floor reads the same keys: tests/bench/support/control-extension.ts). */
export const WAKE_ITEMS = [
  STORED.settings,
  STORED.engine,
  STORED.stats,
  STORED.session,
  STORED.badge,
  STORED.device,
] as const;

/** What storage held for a wake, not yet checked (engineInputsFrom checks it). */
export interface StoredInputs {
  readonly raw: unknown[];
}

/**
 * Everything a wake needs, in one round of storage reads: one `get` per area, side by side (sync
 * for the settings; local for the engine's state, the history and this device's record; session
 * for the player's session and the badge on screen). The session area is read on every wake, not only during a
 * routine: it holds the badge too, and reading it alongside costs no extra round trip.
 */
export const readEngineInputs = async (): Promise<StoredInputs> => ({ raw: await readItems(WAKE_ITEMS) });

/**
 * The stored inputs, checked. A stored state that is not valid gives a fresh one (started at
 * `now`); a bad setting or day falls back on its own (each logged).
 */
export function engineInputsFrom({ raw }: StoredInputs, now: number, timeZone: string): EngineInputs {
  const [settingsRaw, stateRaw, statsRaw, sessionRaw, badgeRaw, deviceRaw] = raw;
  const settings = STORED.settings.read(settingsRaw, true);
  let state = STORED.engine.read(migrateEngineState(stateRaw, timeZone));
  if (!state) {
    if (stateRaw != null) console.warn('[nape] engine state: stored value was invalid, starting fresh');
    state = initialState(now, settings.activity.idleThresholdSec, timeZone);
  }
  return {
    settings,
    state,
    stats: STORED.stats.read(statsRaw, true),
    // Checked only while a routine runs: the only time the engine looks at it.
    session: state.mode.kind === 'routine' ? STORED.session.read(sessionRaw) : null,
    badgeShown: STORED.badge.read(badgeRaw),
    device: STORED.device.read(deviceRaw),
  };
}

/**
 * The engine's state and the history in ONE storage write: a worker killed right after it loses
 * nothing (no counted second, prompt or routine), and one killed before it repeats the whole event.
 * With them, when the history changed what this device's summary says, the device record marking
 * the summary's write as owed (made by platform/sync-summaries.ts, its one writer): a worker killed
 * before the summary is written writes it on its next wake.
 */
export const saveEngineRecord = (state: EngineState, stats: Stats, device?: DeviceRecord) =>
  writeItems('local', [
    entry(STORED.engine, state),
    entry(STORED.stats, stats),
    ...(device ? [entry(STORED.device, device)] : []),
  ]);

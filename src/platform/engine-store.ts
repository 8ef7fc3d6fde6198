import { type EngineState, initialState, migrateEngineState } from '../core/schedule/state';
import type { Settings } from '../core/settings/schema';
import type { Stats } from '../core/stats/day-stats';
import { checkEngineState } from '../core/validate/stored';
import { settingsFrom } from './settings-store';
import { parseStats } from './stats-store';
import { entry, readItems, writeItems } from './storage';
import { engineStateItem, settingsItem, statsItem } from './storage-items';

/** A safe read for pages: null when nothing valid is stored yet. */
export const parseEngineState = (raw: unknown): EngineState | null => checkEngineState(raw);

/** What every wake of the engine starts from. */
export interface EngineInputs {
  settings: Settings;
  state: EngineState;
  stats: Stats;
}

/**
 * Everything the engine reads, in one storage read per area (sync for settings, local for its
 * state and the history), side by side. A stored state that is not valid gives a fresh one; a bad
 * setting or day falls back on its own (each logged).
 */
export async function loadEngineInputs(now: number, timeZone: string): Promise<EngineInputs> {
  const [settingsRaw, stateRaw, statsRaw] = await readItems([settingsItem, engineStateItem, statsItem]);
  const settings = settingsFrom(settingsRaw);
  let state = parseEngineState(migrateEngineState(stateRaw, timeZone));
  if (!state) {
    if (stateRaw != null) console.warn('[nape] engine state: stored value was invalid, starting fresh');
    state = initialState(now, settings.activity.idleThresholdSec, timeZone);
  }
  return { settings, state, stats: parseStats(statsRaw, 'warn') };
}

/**
 * The engine's state and the history in ONE storage write: a worker killed right after it loses
 * nothing (no counted second, prompt or routine), and one killed before it repeats the whole event.
 */
export const saveEngineRecord = (state: EngineState, stats: Stats) =>
  writeItems('local', [entry(engineStateItem, state), entry(statsItem, stats)]);

export function watchEngineState(callback: (state: EngineState | null) => void): () => void {
  return engineStateItem.watch((raw) => callback(parseEngineState(raw)));
}

import { storage } from 'wxt/utils/storage';
import { type EngineState, initialState, migrateEngineState } from '../core/schedule/state';
import type { Settings } from '../core/settings/schema';
import type { Stats } from '../core/stats/day-stats';
import { checkEngineState } from '../core/validate/stored';
import { settingsFrom } from './settings-store';
import { parseStats } from './stats-store';
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
 * state and the history). A stored state that is not valid gives a fresh one; a bad setting or
 * day falls back on its own (each logged).
 */
export async function loadEngineInputs(now: number, timeZone: string): Promise<EngineInputs> {
  const [settingsRaw, stateRaw, statsRaw] = (
    await storage.getItems([settingsItem, engineStateItem, statsItem])
  ).map((r) => r.value as unknown);
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
  storage.setItems([
    { item: engineStateItem, value: state },
    { item: statsItem, value: stats },
  ]);

export function watchEngineState(callback: (state: EngineState | null) => void): () => void {
  return engineStateItem.watch((raw) => callback(parseEngineState(raw)));
}

import { readSettings, type Validation, validateSettings } from '../core/settings/parse';
import type { Settings } from '../core/settings/schema';
import { settingsItem } from './storage-items';

/** The user's settings, every invalid field replaced by its default (and reported once). */
export async function loadSettings(): Promise<Settings> {
  const { settings, dropped } = readSettings(await settingsItem.getValue());
  if (dropped.length)
    console.warn(`[nape] settings: ignored invalid stored values for ${dropped.join(', ')}`);
  return settings;
}

/**
 * Writes settings only when the whole candidate is valid; otherwise nothing is written and the
 * issues say why, so the last valid settings always stay in storage.
 */
export async function saveSettings(candidate: unknown): Promise<Validation> {
  const result = validateSettings(candidate);
  if (result.ok) await settingsItem.setValue(result.settings);
  return result;
}

/** Calls back with the (validated) settings whenever they change anywhere, this device or another. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(readSettings(raw).settings));
}

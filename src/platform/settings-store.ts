import { readSettings } from '../core/settings/read';
import type { Settings } from '../core/settings/schema';
import { settingsItem } from './storage-items';

// Reading settings, for every page and the worker. Writing is in settings-writer.ts, which needs
// zod: the options page loads it at start, the player on demand (voice-choice.ts).

/** Stored settings with every invalid field replaced by its default (and reported). */
export function settingsFrom(raw: unknown): Settings {
  const { settings, dropped } = readSettings(raw);
  if (dropped.length)
    console.warn(`[nape] settings: ignored invalid stored values for ${dropped.join(', ')}`);
  return settings;
}

/** The user's settings, every invalid field replaced by its default (and reported once). */
export const loadSettings = async (): Promise<Settings> => settingsFrom(await settingsItem.get());

/** Calls back with the (validated) settings whenever they change anywhere, this device or another. */
export function watchSettings(callback: (settings: Settings, previous: Settings | null) => void): () => void {
  return settingsItem.watch((raw, oldRaw) =>
    callback(readSettings(raw).settings, oldRaw == null ? null : readSettings(oldRaw).settings),
  );
}

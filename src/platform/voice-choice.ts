import { validateSettings } from '../core/settings/parse';
import { loadSettings } from './settings-store';
import { saveSettings } from './settings-writer';
import { voiceAskedItem } from './storage-items';

// The user's choice of voice guidance, from the first routine's question or the player's Voice
// switch: the setting itself (settings.routine.voice, written through the one settings writer)
// and the fact that the question is settled. Loaded on demand: the settings writer brings zod.

/** Records that the voice question needs no asking any more (the user has chosen, somewhere). */
export const markVoiceAsked = (at: number) => voiceAskedItem.set({ at });

/** Turns voice guidance on or off for good, and settles the question. */
export async function saveVoiceChoice(on: boolean, at: number): Promise<void> {
  const settings = await loadSettings();
  settings.routine.voice = on;
  const checked = validateSettings(settings);
  if (checked.ok) await saveSettings(checked.settings);
  else console.warn('[nape] voice choice not saved', checked.issues);
  await markVoiceAsked(at);
}

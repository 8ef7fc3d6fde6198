import { changeSettings, type ShownSettings } from './settings-writer';
import { STORED } from './storage-items';

// The user's choice of voice guidance, from the first routine's question or the player's Voice
// switch: the setting itself (settings.routine.voice, changed through the one settings writer,
// settings-writer.ts) and the fact that the question is settled. The player loads this module on
// demand; the settings writer loads zod with the first change, on either page.

/** Records that the voice question needs no asking any more (the user has chosen, somewhere). */
export const markVoiceAsked = (at: number) => STORED.voiceAsked.set({ at });

/**
 * Turns voice guidance on or off for good, in the settings the page shows and in storage, and
 * settles the question. A write that fails leaves the question open, to be asked again.
 */
export async function saveVoiceChoice(shown: ShownSettings, on: boolean, at: number): Promise<void> {
  const written = await changeSettings(shown, (settings) => {
    settings.routine.voice = on;
  });
  if ('writeFailed' in written) return;
  if (!written.ok) console.warn('[nape] voice choice not saved', written.issues);
  await markVoiceAsked(at);
}

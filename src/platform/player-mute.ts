import { storage } from 'wxt/utils/storage';

// The player's "mute for now" switches. They last for the browser session (storage.session), so
// muting in the popup still holds after it is closed and reopened or popped out, while the
// settings' own chime and voice choices stay as they are.

export interface PlayerMute {
  chime: boolean;
  voice: boolean;
}

const muteItem = storage.defineItem<unknown>('session:playerMute');

export async function loadPlayerMute(): Promise<PlayerMute> {
  const raw = (await muteItem.getValue()) as Partial<PlayerMute> | null;
  return { chime: raw?.chime === true, voice: raw?.voice === true };
}

export const savePlayerMute = (mute: PlayerMute) => muteItem.setValue(mute);

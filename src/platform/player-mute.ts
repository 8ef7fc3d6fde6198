import { storage } from 'wxt/utils/storage';

// The player's "mute for now" switch for the chime. It lasts for the browser session
// (storage.session), so muting in the popup still holds after it is closed and reopened or popped
// out, while the settings' own chime choice stays as it is. (The player's Voice switch changes the
// voice setting itself: the answer to the first routine's voice question, changeable anywhere.)

export interface PlayerMute {
  chime: boolean;
}

const muteItem = storage.defineItem<unknown>('session:playerMute');

export async function loadPlayerMute(): Promise<PlayerMute> {
  const raw = (await muteItem.getValue()) as Partial<PlayerMute> | null;
  return { chime: raw?.chime === true };
}

export const savePlayerMute = (mute: PlayerMute) => muteItem.setValue(mute);

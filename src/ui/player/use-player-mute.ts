import type { PlayerMute } from '@/src/core/prefs-schema';
import { STORED } from '@/src/platform/storage-items';
import { useStore, useStores } from '@/src/ui/hooks/use-data';

/** The player's "mute the chime for now" switch, kept for the browser session; the player writes it. */
export function usePlayerMute(): [PlayerMute, (change: Partial<PlayerMute>) => void] {
  const store = useStores().playerMute;
  const mute = useStore(store) ?? { chime: false };
  const change = (c: Partial<PlayerMute>) => {
    const next = { ...mute, ...c };
    store.set(next);
    void STORED.playerMute.set(next);
  };
  return [mute, change];
}

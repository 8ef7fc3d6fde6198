import { useEffect, useState } from 'preact/hooks';
import { loadPlayerMute, type PlayerMute, savePlayerMute } from '@/src/platform/player-mute';

/** The player's "mute for now" switch for the chime, kept for the browser session. */
export function usePlayerMute(): [PlayerMute, (change: Partial<PlayerMute>) => void] {
  const [mute, setMute] = useState<PlayerMute>({ chime: false });
  useEffect(() => {
    let live = true;
    loadPlayerMute().then((m) => live && setMute(m));
    return () => {
      live = false;
    };
  }, []);
  const change = (c: Partial<PlayerMute>) => {
    const next = { ...mute, ...c };
    setMute(next);
    void savePlayerMute(next);
  };
  return [mute, change];
}

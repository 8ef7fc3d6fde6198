import { useEffect, useState } from 'preact/hooks';
import { markTick } from '@/src/ui/perf';

/** How often the player redraws: its countdown shows whole seconds. */
export const PLAYER_TICK_MS = 1000;
/** How often the status redraws: it shows whole minutes. */
export const STATUS_TICK_MS = 30_000;

/** Re-renders every `periodMs`; returns how many periods have passed (a heartbeat to key effects on). */
export function useTicker(periodMs: number): number {
  const [beats, setBeats] = useState(0);
  useEffect(() => {
    const id = setInterval(() => {
      if (periodMs === PLAYER_TICK_MS) markTick(); // the player's render cost is benchmarked
      setBeats((n) => n + 1);
    }, periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return beats;
}

/** The shortest wait between two beats of the player: a due moment is never chased frame by frame. */
const MIN_BEAT_MS = 20;

/**
 * The player's heartbeat: a beat every PLAYER_TICK_MS, and one more when something is due sooner
 * (a cue is to be said, a move begins), so the voice speaks and the picture changes at that moment
 * rather than at the next whole second. `dueInMs` is read after each beat; null adds nothing.
 */
export function usePlayerHeartbeat(dueInMs: number | null): number {
  const beats = useTicker(PLAYER_TICK_MS);
  const [extra, setExtra] = useState(0);
  const wait = dueInMs !== null && dueInMs < PLAYER_TICK_MS ? Math.max(MIN_BEAT_MS, dueInMs) : null;
  useEffect(() => {
    if (wait === null) return;
    const id = setTimeout(() => setExtra((n) => n + 1), wait);
    return () => clearTimeout(id);
  }, [beats, extra]);
  return beats + extra;
}

/**
 * The current time, re-rendering at least every `periodMs`. Each render reads the clock afresh,
 * so a render caused by something else (a button, a storage change) shows the true time too.
 */
export function useNow(periodMs: number): number {
  useTicker(periodMs);
  return Date.now();
}

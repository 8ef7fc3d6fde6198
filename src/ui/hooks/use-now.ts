import { useEffect, useState } from 'preact/hooks';
import { markTick } from '../perf';

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

/**
 * The current time, re-rendering at least every `periodMs`. Each render reads the clock afresh,
 * so a render caused by something else (a button, a storage change) shows the true time too.
 */
export function useNow(periodMs: number): number {
  useTicker(periodMs);
  return Date.now();
}

import { browser } from 'wxt/browser';

export type ActivityState = 'active' | 'idle' | 'locked';

/** Chromium rejects detection intervals under 15 s ("Value must be at least 15"). */
export const MIN_DETECTION_INTERVAL_S = 15;

const clamp = (seconds: number) => Math.max(MIN_DETECTION_INTERVAL_S, Math.round(seconds));

/**
 * Sets how long without input counts as idle. The interval is held by the browser, not the worker,
 * but whether it survives a browser restart is unverified, so the engine calls this on every start.
 */
export function setIdleThreshold(seconds: number): void {
  browser.idle.setDetectionInterval(clamp(seconds));
}

export function queryIdleState(seconds: number): Promise<ActivityState> {
  return browser.idle.queryState(clamp(seconds)) as Promise<ActivityState>;
}

/** Longest idle time the measurement tells apart; anything longer reads as this. */
const MEASURE_UP_TO_S = 4 * 60 * 60;

/**
 * How long the browser has seen no input, to the second, or undefined when it cannot tell (the
 * screen is locked, or input came within the last 15 s). The idle API has no direct call for it,
 * but answers "idle or not" for any threshold: doubling, then halving the gap, finds it in about a
 * dozen cheap calls. Used only when an idle report arrives.
 */
export async function measureIdleMs(): Promise<number | undefined> {
  const idleFor = async (s: number) => (await queryIdleState(s)) === 'idle';
  if (!(await idleFor(MIN_DETECTION_INTERVAL_S))) return undefined;
  let lo = MIN_DETECTION_INTERVAL_S; // idle for at least lo…
  let hi = lo * 2; // …and, once found, for less than hi
  while (await idleFor(hi)) {
    lo = hi;
    if (hi >= MEASURE_UP_TO_S) return lo * 1000;
    hi = Math.min(hi * 2, MEASURE_UP_TO_S);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await idleFor(mid)) lo = mid;
    else hi = mid;
  }
  return lo * 1000;
}

/** Must be called synchronously during worker start-up, or a state change will not wake the worker. */
export function onIdleStateChanged(listener: (state: ActivityState) => void): void {
  browser.idle.onStateChanged.addListener((state) => listener(state as ActivityState));
}

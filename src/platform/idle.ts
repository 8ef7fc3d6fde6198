import { browser } from 'wxt/browser';

export type ActivityState = 'active' | 'idle' | 'locked';

/** Chromium rejects detection intervals under 15 s ("Value must be at least 15"). */
export const MIN_DETECTION_INTERVAL_S = 15;

/**
 * Sets how long without input counts as idle. The interval is held by the browser, not the worker,
 * but whether it survives a browser restart is unverified, so the engine calls this on every start.
 */
export function setIdleThreshold(seconds: number): void {
  browser.idle.setDetectionInterval(Math.max(MIN_DETECTION_INTERVAL_S, Math.round(seconds)));
}

export function queryIdleState(seconds: number): Promise<ActivityState> {
  return browser.idle.queryState(
    Math.max(MIN_DETECTION_INTERVAL_S, Math.round(seconds)),
  ) as Promise<ActivityState>;
}

/** Must be called synchronously during worker start-up, or a state change will not wake the worker. */
export function onIdleStateChanged(listener: (state: ActivityState) => void): void {
  browser.idle.onStateChanged.addListener((state) => listener(state as ActivityState));
}

import { browser } from 'wxt/browser';

/** The engine's single wake alarm: re-armed after every event at the next deadline (see armWake). */
export const WAKE_ALARM = 'nape-wake';

/**
 * Arms the wake alarm at `at` (replacing any earlier one: alarms are unique by name, so there is
 * never a duplicate), or clears it. Packed Chrome clamps delays under 30 s to 30 s; that is fine
 * for a heartbeat of 60 s. Unpacked builds (tests) are exempt.
 *
 * The alarm repeats every minute after `at` although every event re-arms it: a one-shot alarm is
 * gone once it fires, so a worker killed while handling it would never wake again. The repeat is
 * the dead man's switch; in normal running the next event replaces it before it repeats.
 */
export async function armWake(at: number | null): Promise<void> {
  if (at === null) await browser.alarms.clear(WAKE_ALARM);
  else await browser.alarms.create(WAKE_ALARM, { when: at, periodInMinutes: 1 });
}

/**
 * Register synchronously at worker start-up, or a fired alarm will not wake the worker. The
 * listener hears when the alarm was set for (not when it was delivered).
 */
export function onWakeAlarm(listener: (scheduledTime: number) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) listener(alarm.scheduledTime);
  });
}

import { HOUR, MINUTE, startOfNextLocalDay } from '@/src/core/time';

/** How long the user can pause reminders for: every schema and the popup's menu use this list. */
export const PAUSE_PRESETS = ['30m', '1h', '2h', 'tomorrow', 'indefinite'] as const;
export type PausePreset = (typeof PAUSE_PRESETS)[number];

const PAUSE_MS: Record<Exclude<PausePreset, 'tomorrow' | 'indefinite'>, number> = {
  '30m': 30 * MINUTE,
  '1h': HOUR,
  '2h': 2 * HOUR,
};

/** When a pause chosen at `now` ends: null until the user resumes; "tomorrow" at local midnight. */
export function pauseUntil(preset: PausePreset, now: number, timeZone: string): number | null {
  if (preset === 'indefinite') return null;
  if (preset === 'tomorrow') return startOfNextLocalDay(now, timeZone);
  return now + PAUSE_MS[preset];
}

import type { Settings } from './schema';

// The settings' limits and defaults as plain data, with no zod: the background worker and the
// popup import these, and zod's runtime stays out of their bundles (see core/validate/check.ts).
// schema.ts builds the zod schema from them.

export const LIMITS = {
  neckIntervalMin: { min: 1, max: 480 },
  postureIntervalMin: { min: 1, max: 240 },
  snoozeChoiceMin: { min: 1, max: 120 },
  snoozeChoices: { min: 1, max: 4 },
  snoozesPerBreak: { min: 0, max: 10 },
  // Chromium's idle API rejects intervals under 15 s (idle.json "minimum": 15).
  idleThresholdSec: { min: 15, max: 600 },
  awayBreakMin: { min: 1, max: 60 },
  fullscreenHoldMin: { min: 5, max: 120 },
  dailyGoal: { min: 1, max: 12 },
  voiceRate: { min: 0.5, max: 2 },
} as const;

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

const weekday = (on: boolean) => ({ on, start: '09:00', end: '18:00' });

export const DEFAULT_SETTINGS = {
  neckBreak: { enabled: true, intervalMin: 60 },
  postureCheck: { enabled: true, intervalMin: 20 },
  snooze: { choicesMin: [5, 10, 15], defaultMin: 10, maxPerBreak: 3 },
  activity: { idleThresholdSec: 120, awayIsBreak: true, awayBreakMin: 5 },
  workingHours: {
    enabled: false,
    days: {
      sun: weekday(false),
      mon: weekday(true),
      tue: weekday(true),
      wed: weekday(true),
      thu: weekday(true),
      fri: weekday(true),
      sat: weekday(false),
    },
  },
  fullscreenHold: { enabled: true, maxMin: 30 },
  routine: { defaultVariant: 'full', dailyGoal: 2, chime: true, voice: false, voiceRate: 1 },
} as const;

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as unknown as Settings;
}

/** Minutes since midnight of an `HH:MM` string. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

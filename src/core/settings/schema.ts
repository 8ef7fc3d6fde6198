import { z } from 'zod/mini';

// The one source of the settings' types, defaults and limits. The options page reads its ranges
// from LIMITS, the engine reads the values, storage validates with SettingsSchema.

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

type Range = { min: number; max: number };
const whole = (r: Range) => z.int().check(z.minimum(r.min), z.maximum(r.max));

/** `HH:MM`, 24-hour. */
export const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

export const DayHoursSchema = z.object({
  on: z.boolean(),
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
});

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

export const SettingsSchema = z.object({
  neckBreak: z.object({ enabled: z.boolean(), intervalMin: whole(LIMITS.neckIntervalMin) }),
  postureCheck: z.object({ enabled: z.boolean(), intervalMin: whole(LIMITS.postureIntervalMin) }),
  snooze: z.object({
    choicesMin: z
      .array(whole(LIMITS.snoozeChoiceMin))
      .check(z.minLength(LIMITS.snoozeChoices.min), z.maxLength(LIMITS.snoozeChoices.max)),
    defaultMin: whole(LIMITS.snoozeChoiceMin),
    maxPerBreak: whole(LIMITS.snoozesPerBreak),
  }),
  activity: z.object({
    idleThresholdSec: whole(LIMITS.idleThresholdSec),
    awayIsBreak: z.boolean(),
    awayBreakMin: whole(LIMITS.awayBreakMin),
  }),
  workingHours: z.object({
    enabled: z.boolean(),
    days: z.object({
      sun: DayHoursSchema,
      mon: DayHoursSchema,
      tue: DayHoursSchema,
      wed: DayHoursSchema,
      thu: DayHoursSchema,
      fri: DayHoursSchema,
      sat: DayHoursSchema,
    }),
  }),
  fullscreenHold: z.object({ enabled: z.boolean(), maxMin: whole(LIMITS.fullscreenHoldMin) }),
  routine: z.object({
    defaultVariant: z.enum(['full', 'quick']),
    dailyGoal: whole(LIMITS.dailyGoal),
    chime: z.boolean(),
    voice: z.boolean(),
    voiceRate: z.number().check(z.minimum(LIMITS.voiceRate.min), z.maximum(LIMITS.voiceRate.max)),
  }),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type DayHours = z.infer<typeof DayHoursSchema>;
export type RoutineVariant = Settings['routine']['defaultVariant'];

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as unknown as Settings;
}

/** Minutes since midnight of an `HH:MM` string. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

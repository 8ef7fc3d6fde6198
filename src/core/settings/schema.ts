import { z } from 'zod/mini';
import { VARIANT_IDS } from '../routine/plan';
import { LIMITS } from './limits';

export * from './limits';

// The one source of the settings' types, defaults and limits. The options page reads its ranges
// from LIMITS, the engine reads the values, storage validates with SettingsSchema (and, in the
// worker and popup, with the JSON Schema generated from it).

type Range = { min: number; max: number };
const whole = (r: Range) => z.int().check(z.minimum(r.min), z.maximum(r.max));

/** `HH:MM`, 24-hour. */
export const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const DayHoursSchema = z.object({
  on: z.boolean(),
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
});

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
    defaultVariant: z.enum(VARIANT_IDS),
    dailyGoal: whole(LIMITS.dailyGoal),
    chime: z.boolean(),
    voice: z.boolean(),
    voiceRate: z.number().check(z.minimum(LIMITS.voiceRate.min), z.maximum(LIMITS.voiceRate.max)),
  }),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type DayHours = z.infer<typeof DayHoursSchema>;

import { z } from 'zod/mini';
import { MY_ROUTINE_SECONDS } from '@/src/core/routine/my-routine-shape';
import { WEEKDAY_KEYS } from './limits';
import { mapSettings, type Range, type Registry, type SettingSpec } from './registry';

export * from './limits';

// The settings' zod schema, built from the one table of settings (registry.ts): the options page
// validates with it, storage is checked against it (in the worker and the popup, through the JSON
// Schema generated from it), and the settings' types are inferred from it.

const whole = (r: Range) => z.int().check(z.minimum(r.min), z.maximum(r.max));

/** `HH:MM`, 24-hour. */
export const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const DayHoursSchema = z.object({
  on: z.boolean(),
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
});

/**
 * A routine's steps. A step's id is checked against the step library by the routine's rules
 * (rules.ts), not here: so the schema (and its generated JSON) stays the same as steps are added,
 * and a step from a newer Nape is named as one this Nape does not know.
 */
const RoutineStepsSchema = (maxItems: number) =>
  z
    .array(
      z.object({
        step: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,47}$/)),
        seconds: z.int().check(z.minimum(1), z.maximum(MY_ROUTINE_SECONDS.max)),
      }),
    )
    .check(z.maxLength(maxItems));

const WeekSchema = z.object(Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, DayHoursSchema])));

/** The zod type of one kind of setting. */
function schemaOf(spec: SettingSpec): z.ZodMiniType {
  switch (spec.kind) {
    case 'toggle':
      return z.boolean();
    case 'whole':
      return whole(spec);
    case 'decimal':
      return z.number().check(z.minimum(spec.min), z.maximum(spec.max));
    case 'wholes':
      return z.array(whole(spec)).check(z.minLength(spec.minItems), z.maxLength(spec.maxItems));
    case 'oneOf':
      return z.enum(spec.options);
    case 'week':
      return WeekSchema;
    case 'time':
      return TimeOfDaySchema;
    case 'steps':
      return RoutineStepsSchema(spec.maxItems);
  }
}

/** What SettingsSchema checks, in TypeScript's terms: each setting's type is its default's. */
type SettingsShape = {
  [G in keyof Registry]: z.ZodMiniObject<{
    [K in keyof Registry[G]]: z.ZodMiniType<DefaultOf<Registry[G][K]>>;
  }>;
};
type DefaultOf<S> = S extends { default: infer Value } ? Value : never;

export const SettingsSchema = z.object(
  mapSettings<SettingsShape, z.ZodMiniType>(schemaOf, (fields) => z.object(fields)),
);

export type Settings = z.infer<typeof SettingsSchema>;
export type DayHours = z.infer<typeof DayHoursSchema>;

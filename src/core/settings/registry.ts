import { MY_ROUTINE_MAX_STEPS, type RoutineStep } from '@/src/core/routine/my-routine-shape';
import { VARIANT_IDS } from '@/src/core/routine/plan';
import type { WeekdayKey } from './limits';
import type { DayHours } from './schema';

// Every setting, declared once: its kind (which zod type checks it and which field shows it), its
// default and its range, in its group, and each group's tab (TABS). Everything else is derived from
// this table: the zod schema, the settings' types and the JSON Schema generated from them
// (schema.ts), the defaults and LIMITS (limits.ts), the typed paths (paths.ts), and the options
// page's fields (ui/options/form/SettingFields.tsx), in this order on their group's tab, each
// labelled by the one naming rule `options.field.<group>.<key>` in src/locales/*.yml. Plain data
// with no zod: the worker and the popup read the defaults and limits from it, and zod's runtime
// stays out of their bundles (see core/validate/check.ts).

export interface Range {
  readonly min: number;
  readonly max: number;
}

interface Spec<Kind extends string, Value> {
  readonly kind: Kind;
  /** A fresh copy is taken wherever a default is used (limits.ts), so this one is never changed. */
  readonly default: Value;
}

/** On or off. */
export type ToggleSpec = Spec<'toggle', boolean>;
/** A whole number within a range. */
export interface WholeSpec extends Spec<'whole', number>, Range {}
/** A number within a range, fractions allowed. */
export interface DecimalSpec extends Spec<'decimal', number>, Range {}
/** A list of whole numbers, each within the range, `minItems` to `maxItems` of them. */
export interface WholesSpec extends Spec<'wholes', number[]>, Range {
  readonly minItems: number;
  readonly maxItems: number;
}
/** One of a fixed list of values. */
export interface OneOfSpec<V extends string = string> extends Spec<'oneOf', V> {
  readonly options: readonly V[];
}
/** Working hours for each day of the week. */
export type WeekSpec = Spec<'week', Record<WeekdayKey, DayHours>>;
/** A time of day, `HH:MM` on a 24-hour clock, in the user's local time wherever they are. */
export type TimeSpec = Spec<'time', string>;
/**
 * A routine of library steps, each with its length in seconds (`{ step, seconds }`), at most
 * `maxItems` of them; the rules a routine keeps are cross-field rules (rules.ts).
 */
export interface StepsSpec extends Spec<'steps', RoutineStep[]> {
  readonly maxItems: number;
}

export type SettingSpec =
  | ToggleSpec
  | WholeSpec
  | DecimalSpec
  | WholesSpec
  | OneOfSpec
  | WeekSpec
  | TimeSpec
  | StepsSpec;
export type SettingKind = SettingSpec['kind'];

const day = (on: boolean): DayHours => ({ on, start: '09:00', end: '18:00' });

/** A snooze length, offered or default. */
const SNOOZE_MIN = { min: 1, max: 120 };

/** Groups of settings, each setting a spec of one of the kinds above. */
type Table = Record<string, Record<string, SettingSpec>>;

const TABLE = {
  neckBreak: {
    enabled: { kind: 'toggle', default: true },
    intervalMin: { kind: 'whole', default: 60, min: 1, max: 480 },
  },
  postureCheck: {
    enabled: { kind: 'toggle', default: true },
    intervalMin: { kind: 'whole', default: 20, min: 1, max: 240 },
  },
  snooze: {
    choicesMin: { kind: 'wholes', default: [5, 10, 15], ...SNOOZE_MIN, minItems: 1, maxItems: 4 },
    defaultMin: { kind: 'whole', default: 10, ...SNOOZE_MIN },
    maxPerBreak: { kind: 'whole', default: 3, min: 0, max: 10 },
  },
  activity: {
    // Chromium's idle API rejects intervals under 15 s (idle.json "minimum": 15).
    idleThresholdSec: { kind: 'whole', default: 120, min: 15, max: 600 },
    awayIsBreak: { kind: 'toggle', default: true },
    awayBreakMin: { kind: 'whole', default: 5, min: 1, max: 60 },
  },
  workingHours: {
    enabled: { kind: 'toggle', default: false },
    days: {
      kind: 'week',
      default: {
        sun: day(false),
        mon: day(true),
        tue: day(true),
        wed: day(true),
        thu: day(true),
        fri: day(true),
        sat: day(false),
      },
    },
  },
  fullscreenHold: {
    enabled: { kind: 'toggle', default: true },
    maxMin: { kind: 'whole', default: 30, min: 5, max: 120 },
  },
  routine: {
    // `as const` keeps the default a VariantId, not any string.
    defaultVariant: { kind: 'oneOf', default: 'full', options: VARIANT_IDS } as const,
    dailyGoal: { kind: 'whole', default: 2, min: 1, max: 12 },
    chime: { kind: 'toggle', default: true },
    voice: { kind: 'toggle', default: false },
    voiceRate: { kind: 'decimal', default: 1, min: 0.5, max: 2 },
    // "My routine": none until the user builds one (the routine tab's builder).
    mine: { kind: 'steps', default: [], maxItems: MY_ROUTINE_MAX_STEPS },
  },
  // One notification a day at `time` when the daily goal is not met yet (core/schedule/reminder.ts).
  // Off until the user asks for it (the welcome page offers it).
  eveningReminder: {
    enabled: { kind: 'toggle', default: false },
    time: { kind: 'time', default: '19:00' },
  },
} satisfies Table;

/** Each entry as its kind declares it: a setting's type is its kind's, not its default's. */
type Declared<S> = S extends { kind: 'oneOf'; options: readonly (infer V extends string)[] }
  ? OneOfSpec<V>
  : Extract<SettingSpec, { kind: S extends { kind: infer K } ? K : never }>;

export type Registry = {
  readonly [G in keyof typeof TABLE]: {
    readonly [K in keyof (typeof TABLE)[G]]: Declared<(typeof TABLE)[G][K]>;
  };
};

export const SETTINGS: Registry = TABLE;
export type SettingGroup = keyof Registry;

/** The options tabs that show settings (ui/options/sections/ has one component for each). */
export type SettingsTab = 'breaks' | 'snooze' | 'activity' | 'schedule' | 'interruptions' | 'routine';

/** The tab each group's settings are on, and the name a problem with the group as a whole is given. */
export const TABS = {
  neckBreak: 'breaks',
  postureCheck: 'breaks',
  snooze: 'snooze',
  activity: 'activity',
  workingHours: 'schedule',
  fullscreenHold: 'interruptions',
  routine: 'routine',
  eveningReminder: 'schedule',
} as const satisfies { readonly [G in SettingGroup]: SettingsTab };

/**
 * One value for each setting, in the settings' own shape (`{ group: { key: leaf(spec) } }`), each
 * group passed through `group`. The one place a walk of the table is given the type it builds:
 * TypeScript cannot follow a walk key by key, so `Out` is the caller's word for it, and the tests
 * hold the results to the table (the defaults, the generated JSON Schema, LIMITS).
 */
export function mapSettings<Out, Leaf = unknown>(
  leaf: (spec: SettingSpec) => Leaf,
  group: (fields: Record<string, Leaf>) => unknown = (fields) => fields,
): Out {
  const groups: Record<string, unknown> = {};
  for (const [name, specs] of Object.entries(SETTINGS)) {
    const fields: Record<string, Leaf> = {};
    for (const [key, spec] of Object.entries<SettingSpec>(specs)) fields[key] = leaf(spec);
    groups[name] = group(fields);
  }
  return groups as Out;
}

/** A setting: its group and its key, e.g. `['neckBreak', 'intervalMin']`. */
export type SettingKey = {
  [G in SettingGroup]: { [K in keyof Registry[G] & string]: readonly [G, K] }[keyof Registry[G] & string];
}[SettingGroup];

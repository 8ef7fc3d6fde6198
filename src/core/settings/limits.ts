import { mapSettings, type Range, type Registry, SETTINGS, type SettingGroup } from './registry';
import type { Settings } from './schema';

// The settings' limits and defaults as plain data, with no zod, read from the one table of
// settings (registry.ts): the background worker and the popup import these, and zod's runtime
// stays out of their bundles (see core/validate/check.ts).

type RangeKeys<G extends SettingGroup> = {
  [K in keyof Registry[G]]: Registry[G][K] extends Range ? K : never;
}[keyof Registry[G]];

/**
 * Every range, by the setting's path: `LIMITS.neckBreak.intervalMin.max`. A list's range is that
 * of each of its numbers, with `minItems` and `maxItems` for its length.
 */
export const LIMITS: { readonly [G in SettingGroup]: Pick<Registry[G], RangeKeys<G>> } = SETTINGS;

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/** A fresh, mutable copy of the defaults. */
export const defaultSettings = (): Settings => mapSettings<Settings>((spec) => structuredClone(spec.default));

/** The defaults, for reading only (defaultSettings() gives a copy to change). */
export const DEFAULT_SETTINGS: { readonly [G in keyof Settings]: Readonly<Settings[G]> } =
  /* @__PURE__ */ defaultSettings();

/** Minutes since midnight of an `HH:MM` string. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

import { defaultSettings, WEEKDAY_KEYS, type WeekdayKey } from '@/src/core/settings/limits';
import type { Settings } from '@/src/core/settings/schema';
import type { ShownSettings } from '@/src/platform/settings-writer';

export type SettingsPatch = { [G in keyof Settings]?: Partial<Settings[G]> };

/** The default settings with some fields of some groups changed (a fresh copy each call). */
export function settingsWith(patch: SettingsPatch = {}): Settings {
  const s = defaultSettings();
  for (const [group, values] of Object.entries(patch)) Object.assign(s[group as keyof Settings], values);
  return s;
}

/** Working hours on the days given (`[start, end]`, `HH:MM`), every other day off. */
export function hoursOn(days: Partial<Record<WeekdayKey, [string, string]>>): Settings['workingHours'] {
  const off = { on: false, start: '09:00', end: '17:00' };
  const all = Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, off])) as Settings['workingHours']['days'];
  for (const [day, [start, end]] of Object.entries(days) as [WeekdayKey, [string, string]][]) {
    all[day] = { on: true, start, end };
  }
  return { enabled: true, days: all };
}

/** The same working hours Monday to Friday. */
export const weekdayHours = (start: string, end: string) =>
  hoursOn({ mon: [start, end], tue: [start, end], wed: [start, end], thu: [start, end], fri: [start, end] });

/**
 * What a page shows, as the settings writer sees it: the tests of the writer read `value` to tell
 * whether a change was shown (optimistically) and whether a refused one was taken back.
 */
export const shownWith = (settings: Settings): ShownSettings & { value: Settings } => {
  const shown = {
    value: settings,
    get: () => shown.value,
    set: (next: Settings) => {
      shown.value = next;
    },
  };
  return shown;
};

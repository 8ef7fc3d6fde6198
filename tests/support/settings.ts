import { defaultSettings } from '@/src/core/settings/limits';
import type { Settings } from '@/src/core/settings/schema';

export type SettingsPatch = { [G in keyof Settings]?: Partial<Settings[G]> };

/** The default settings with some fields of some groups changed (a fresh copy each call). */
export function settingsWith(patch: SettingsPatch = {}): Settings {
  const s = defaultSettings();
  for (const [group, values] of Object.entries(patch)) Object.assign(s[group as keyof Settings], values);
  return s;
}

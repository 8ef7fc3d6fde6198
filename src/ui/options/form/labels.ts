import { i18n } from '#i18n';
import { isGroup, settingAt } from '@/src/core/settings/entries';
import { WEEKDAY_KEYS, type WeekdayKey } from '@/src/core/settings/limits';
import { type SettingKey, TABS } from '@/src/core/settings/registry';
import { dayName } from '@/src/ui/format';

// The label a person knows a setting by: one entry per setting in the locale files, under
// `options.field.<group>.<key>` (the type below fails to compile when English lacks one;
// tests/unit/conventions/locales.test.ts checks both languages). Its field shows it, and messages
// about a value not on screen (an imported file's problems) use the same words.

type LabelKey<S> = S extends readonly [infer G extends string, infer K extends string]
  ? `options.field.${G}.${K}`
  : never;

/** The message key of a setting's label. */
export const labelKey = <S extends SettingKey>([group, key]: S) =>
  `options.field.${group}.${key}` as LabelKey<S>;

/** The label of the setting at `path` (or of the nearest group above it); the raw path otherwise. */
export function fieldLabel(path: readonly (string | number)[]): string {
  const [group, key, day, part] = path.map(String);
  if (group === 'workingHours' && key === 'days' && WEEKDAY_KEYS.includes(day as WeekdayKey)) {
    const name = dayName(day as WeekdayKey);
    if (part === 'start') return i18n.t('options.schedule.start', [name]);
    if (part === 'end') return i18n.t('options.schedule.end', [name]);
    return `${i18n.t(labelKey(['workingHours', 'days']))}: ${name}`;
  }
  const setting = settingAt(group, key);
  if (setting) return i18n.t(labelKey(setting));
  // A problem with a group as a whole is named by the tab it is on.
  return isGroup(group) ? i18n.t(`options.tab.${TABS[group]}`) : path.join('.') || '—';
}

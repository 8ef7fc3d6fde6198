import { i18n } from '#i18n';
import { WEEKDAY_KEYS, type WeekdayKey } from '@/src/core/settings/limits';
import { dayName } from '../../format';

// The label a person knows a setting by: one entry per setting in the locale files, under
// `options.field.<group>.<key>` (tests/unit/conventions/locales.test.ts checks every setting has
// one in each language). Its field shows it, and messages about a value not on screen (an
// imported file's problems) use the same words.

type MessageKey = Parameters<typeof i18n.t>[0];

/** A whole group, for a problem with the group itself: the tab it is on. */
const GROUPS: Record<string, () => string> = {
  neckBreak: () => i18n.t('options.tab.breaks'),
  postureCheck: () => i18n.t('options.tab.breaks'),
  snooze: () => i18n.t('options.tab.snooze'),
  activity: () => i18n.t('options.tab.activity'),
  workingHours: () => i18n.t('options.tab.schedule'),
  fullscreenHold: () => i18n.t('options.tab.interruptions'),
  routine: () => i18n.t('options.tab.routine'),
};

/** The message key of a setting's label. */
export const labelKey = (group: string, key: string) => `options.field.${group}.${key}` as MessageKey;

/** The label of the setting at `path` (or of the nearest group above it); the raw path otherwise. */
export function fieldLabel(path: readonly (string | number)[]): string {
  const [group, key, day, part] = path.map(String);
  if (group === 'workingHours' && key === 'days' && WEEKDAY_KEYS.includes(day as WeekdayKey)) {
    const name = dayName(day as WeekdayKey);
    if (part === 'start') return i18n.t('options.schedule.start', [name]);
    if (part === 'end') return i18n.t('options.schedule.end', [name]);
    return `${i18n.t(labelKey('workingHours', 'days'))}: ${name}`;
  }
  if (key !== undefined) {
    const label = i18n.t(labelKey(group ?? '', key));
    if (label) return label;
  }
  return GROUPS[group ?? '']?.() ?? (path.join('.') || '—');
}

import { i18n } from '#i18n';
import { WEEKDAY_KEYS, type WeekdayKey } from '@/src/core/settings/schema';
import { dayName } from '../../format';

// The label a person knows a setting by, for messages about a value that is not in a field on
// screen (an imported file's problems). Same words as the fields.

const LABELS: Record<string, () => string> = {
  neckBreak: () => i18n.t('options.tab.breaks'),
  'neckBreak.enabled': () => i18n.t('options.breaks.neckEnabled'),
  'neckBreak.intervalMin': () => i18n.t('options.breaks.neckInterval'),
  postureCheck: () => i18n.t('options.tab.breaks'),
  'postureCheck.enabled': () => i18n.t('options.breaks.postureEnabled'),
  'postureCheck.intervalMin': () => i18n.t('options.breaks.postureInterval'),
  snooze: () => i18n.t('options.tab.snooze'),
  'snooze.choicesMin': () => i18n.t('options.snooze.choices'),
  'snooze.defaultMin': () => i18n.t('options.snooze.default'),
  'snooze.maxPerBreak': () => i18n.t('options.snooze.maxPerBreak'),
  activity: () => i18n.t('options.tab.activity'),
  'activity.idleThresholdSec': () => i18n.t('options.activity.idleThreshold'),
  'activity.awayIsBreak': () => i18n.t('options.activity.awayIsBreak'),
  'activity.awayBreakMin': () => i18n.t('options.activity.awayBreakMin'),
  workingHours: () => i18n.t('options.tab.schedule'),
  'workingHours.enabled': () => i18n.t('options.schedule.enabled'),
  'workingHours.days': () => i18n.t('options.schedule.days'),
  fullscreenHold: () => i18n.t('options.tab.interruptions'),
  'fullscreenHold.enabled': () => i18n.t('options.interruptions.fullscreenEnabled'),
  'fullscreenHold.maxMin': () => i18n.t('options.interruptions.fullscreenMax'),
  routine: () => i18n.t('options.tab.routine'),
  'routine.defaultVariant': () => i18n.t('options.routine.variant'),
  'routine.dailyGoal': () => i18n.t('options.routine.goal'),
  'routine.chime': () => i18n.t('options.routine.chime'),
  'routine.voice': () => i18n.t('options.routine.voice'),
  'routine.voiceRate': () => i18n.t('options.routine.voiceRate'),
};

/** The label of the setting at `path` (or of the nearest group above it); the raw path otherwise. */
export function fieldLabel(path: readonly (string | number)[]): string {
  const [group, key, day, part] = path.map(String);
  if (group === 'workingHours' && key === 'days' && WEEKDAY_KEYS.includes(day as WeekdayKey)) {
    const name = dayName(day as WeekdayKey);
    if (part === 'start') return i18n.t('options.schedule.start', [name]);
    if (part === 'end') return i18n.t('options.schedule.end', [name]);
    return `${i18n.t('options.schedule.days')}: ${name}`;
  }
  for (let n = path.length; n > 0; n--) {
    const label = LABELS[path.slice(0, n).join('.')];
    if (label) return label();
  }
  return path.join('.') || '—';
}

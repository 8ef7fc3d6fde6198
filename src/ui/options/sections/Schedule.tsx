import { i18n } from '#i18n';
import { minutesOfDay, WEEKDAY_KEYS, type WeekdayKey } from '@/src/core/settings/limits';
import { dayName } from '@/src/ui/format';
import { useSettings } from '@/src/ui/hooks/use-data';
import { ChoiceGroup } from '@/src/ui/options/form/ChoiceGroup';
import { fieldLabel } from '@/src/ui/options/form/labels';
import { fieldId } from '@/src/ui/options/form/path';
import { SettingFields } from '@/src/ui/options/form/SettingFields';
import { TimeField } from '@/src/ui/options/form/TimeField';

/** Monday first: a working week reads Monday to Friday in both languages. */
const WEEK = [...WEEKDAY_KEYS.slice(1), WEEKDAY_KEYS[0]] as WeekdayKey[];

export function WorkingDays() {
  const days = useSettings()?.workingHours.days;
  return (
    <ChoiceGroup<WeekdayKey>
      id={fieldId(['workingHours', 'days'])}
      legend={fieldLabel(['workingHours', 'days'])}
      options={WEEK.map((key) => ({ key, label: dayName(key) }))}
      stored={WEEK.filter((d) => days?.[d].on)}
      apply={(draft, ticked) => {
        for (const d of WEEKDAY_KEYS) draft.workingHours.days[d].on = ticked.includes(d);
      }}
    />
  );
}

/** Start and end for each working day, one row per day. */
export function WorkingHours() {
  const days = useSettings()?.workingHours.days;
  const on = WEEK.filter((d) => days?.[d].on);
  if (on.length === 0) return null;
  return (
    <fieldset class="field hours">
      <legend>{i18n.t('options.schedule.hours')}</legend>
      {on.map((d) => (
        <div class="hours-row" key={d}>
          <span class="hours-day" aria-hidden="true">
            {dayName(d)}
          </span>
          <TimeField
            path={['workingHours', 'days', d, 'start']}
            label={i18n.t('options.schedule.start', [dayName(d)])}
          />
          <span aria-hidden="true">{i18n.t('options.schedule.to')}</span>
          <TimeField
            path={['workingHours', 'days', d, 'end']}
            label={i18n.t('options.schedule.end', [dayName(d)])}
          />
          {days && minutesOfDay(days[d].end) <= minutesOfDay(days[d].start) && (
            <span class="muted">{i18n.t('options.schedule.nextDay')}</span>
          )}
        </div>
      ))}
      <p class="hint">{i18n.t('options.schedule.overnightHint')}</p>
    </fieldset>
  );
}

/** The working week: which days, then their hours. */
const WorkingWeek = () => (
  <>
    <WorkingDays />
    <WorkingHours />
  </>
);

/** The evening reminder's time (its on/off box is drawn above it, from the registry). */
export function EveningTime() {
  const label = fieldLabel(['eveningReminder', 'time']);
  return (
    <div class="field evening-time">
      <span aria-hidden="true">{label}</span> <TimeField path={['eveningReminder', 'time']} label={label} />
    </div>
  );
}

export function ScheduleSection() {
  return (
    <>
      <p class="intro">{i18n.t('options.schedule.intro')}</p>
      <SettingFields
        tab="schedule"
        shown={{
          'workingHours.days': WorkingWeek,
          'eveningReminder.enabled': { hint: i18n.t('options.schedule.eveningHint') },
          'eveningReminder.time': EveningTime,
        }}
      />
    </>
  );
}

import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  HISTORY_RANGES,
  type HistoryRange,
  type HistoryWindow,
  historyWindow,
} from '@/src/core/stats/history';
import { dayKey, HOUR } from '@/src/core/time';
import { currentTimeZone } from '@/src/platform/locale';
import { dayText, spanText, tickText } from '@/src/ui/format';
import { useSettings, useStats } from '@/src/ui/hooks/use-data';
import { useAllDevicesStats, useOtherRoutines } from '@/src/ui/hooks/use-devices';
import { lazy } from '@/src/ui/lazy';
import { type Bar, BarChart } from './BarChart';
import { DevicePicker, type DeviceScope } from './DevicePicker';
import { HistorySummary } from './HistorySummary';
import { HistoryTable, kindsText } from './HistoryTable';

// The 30-day course loads on demand: the options page's startup budget is 38 KB gzip.
const CoursePanel = lazy(() => import('./CoursePanel').then((m) => m.CoursePanel));

export function HistoryPanel() {
  const stats = useStats();
  const goal = useSettings()?.routine.dailyGoal ?? 1;
  const [range, setRange] = useState<HistoryRange>(7);
  const [scope, setScope] = useState<DeviceScope>('all');
  // The user's zone today: a trip across zones moves "today", and the keys follow it.
  const today = dayKey(Date.now(), currentTimeZone());
  const others = useOtherRoutines();
  const allStats = useAllDevicesStats(stats);
  if (!stats) return null;
  // The choice of devices is offered once another device has sent its summary.
  const win = historyWindow(others?.any && scope === 'all' ? (allStats ?? stats) : stats, today, range, goal);
  return (
    <>
      <RangePicker range={range} onPick={setRange} />
      {others?.any && <DevicePicker scope={scope} onPick={setScope} othersTotal={others.total} />}
      {win.empty ? (
        <p class="empty">{i18n.t('options.history.empty')}</p>
      ) : (
        <>
          <HistorySummary window={win} />
          <ScreenTimeChart window={win} />
          <RoutinesChart window={win} goal={goal} />
          <HistoryTable window={win} />
        </>
      )}
      <CoursePanel today={today} />
    </>
  );
}

function RangePicker({ range, onPick }: { range: HistoryRange; onPick(r: HistoryRange): void }) {
  return (
    <fieldset class="field range-picker">
      <legend>{i18n.t('options.history.range')}</legend>
      <div class="choices">
        {HISTORY_RANGES.map((r) => (
          <span class="choice" key={r}>
            <input
              id={`history-range-${r}`}
              type="radio"
              name="history-range"
              checked={range === r}
              onChange={() => onPick(r)}
            />
            <label for={`history-range-${r}`}>
              {r === 7 ? i18n.t('options.history.last7') : i18n.t('options.history.last30')}
            </label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

/** Labels under the bars: every day for a week, every fifth day (and today) for a month. */
const barLabel = (w: HistoryWindow, i: number, day: string) => {
  const n = w.days.length;
  if (n <= 7) return dayText(day, 'weekday');
  return (n - 1 - i) % 5 === 0 ? dayText(day, 'date') : '';
};

function ScreenTimeChart({ window: w }: { window: HistoryWindow }) {
  const first = w.days[0]?.day ?? '';
  const last = w.days.at(-1)?.day ?? '';
  const most = w.days.reduce((a, b) => (b.activeMs > a.activeMs ? b : a));
  // An even number of hours (or one), so the middle line of the scale falls on a whole hour.
  const hours = Math.ceil(most.activeMs / HOUR);
  const maxHours = hours <= 1 ? 1 : hours + (hours % 2);
  const bars: Bar[] = w.days.map((d, i) => ({
    value: d.activeMs,
    label: barLabel(w, i, d.day),
    tooltip: `${dayText(d.day, 'long')}: ${spanText(d.activeMs)}`,
  }));
  return (
    <BarChart
      id="chart-screen"
      title={i18n.t('options.history.screenTitle')}
      desc={i18n.t('options.history.screenDesc', [
        dayText(first, 'short'),
        dayText(last, 'short'),
        spanText(most.activeMs),
        dayText(most.day, 'long'),
        spanText(w.totals.activeMs),
      ])}
      bars={bars}
      max={maxHours * HOUR}
      tick={tickText}
    />
  );
}

function RoutinesChart({ window: w, goal }: { window: HistoryWindow; goal: number }) {
  const first = w.days[0]?.day ?? '';
  const last = w.days.at(-1)?.day ?? '';
  const top = Math.max(goal + 1, ...w.days.map((d) => d.routines));
  const bars: Bar[] = w.days.map((d, i) => ({
    value: d.routines,
    label: barLabel(w, i, d.day),
    tooltip: `${dayText(d.day, 'long')}: ${d.routines}${d.routines ? ` (${kindsText(d)})` : ''}`,
    highlight: d.routines >= goal,
  }));
  return (
    <BarChart
      id="chart-routines"
      title={i18n.t('options.history.routinesTitle')}
      desc={i18n.t('options.history.routinesDesc', [
        dayText(first, 'short'),
        dayText(last, 'short'),
        String(goal),
        String(w.goalDays),
      ])}
      bars={bars}
      max={top % 2 === 0 ? top : top + 1}
      tick={(v) => String(v)}
      goal={{ value: goal, label: i18n.t('options.history.goalLine', [String(goal)]) }}
      note={w.totals.routines ? i18n.t('options.history.byKind', [kindsText(w.totals)]) : undefined}
    />
  );
}

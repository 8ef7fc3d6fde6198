import { addDays, type DayKey } from '@/src/core/time';
import { COUNTER_NAMES, type CounterName } from './counters';
import { type DayStats, emptyDay, routinesOn, type Stats, streaks } from './day-stats';

// The History tab's numbers: a window of the last N local days ending today, every day present
// (a day with nothing stored is a day of zeros), with totals and streaks.

export const HISTORY_RANGES = [7, 30] as const;
export type HistoryRange = (typeof HISTORY_RANGES)[number];

/** The counters the window carries: all but the prompts. */
type WindowCounter = Exclude<CounterName, 'prompts'>;
const WINDOW_COUNTERS = COUNTER_NAMES.filter((name): name is WindowCounter => name !== 'prompts');

/** A day's counters, and its routines of every kind. */
export type HistoryTotals = Record<WindowCounter | 'routines', number>;

export interface HistoryDay extends HistoryTotals {
  day: DayKey;
}

export interface HistoryWindow {
  /** Oldest first; `length` entries, the last one is today. */
  days: HistoryDay[];
  totals: HistoryTotals;
  /** Days in the window on which the routines reached the goal. */
  goalDays: number;
  streak: { current: number; best: number };
  /** Nothing at all was recorded in the window. */
  empty: boolean;
}

const totalsOf = (d: DayStats): HistoryTotals => {
  const totals = { routines: routinesOn(d) } as HistoryTotals;
  for (const name of WINDOW_COUNTERS) totals[name] = d[name];
  return totals;
};

/** Every calendar day from `from` to `to` inclusive (both day keys), oldest first. */
export function dayRange(from: DayKey, to: DayKey): DayKey[] {
  const out: DayKey[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The last `length` days up to and including `today` (the caller's `dayKey(now, zone)`), with
 * the daily goal for counting the days it was reached.
 */
export function historyWindow(stats: Stats, today: DayKey, length: number, goal: number): HistoryWindow {
  const days = dayRange(addDays(today, -(length - 1)), today).map(
    (day): HistoryDay => ({ day, ...totalsOf(stats.days[day] ?? emptyDay()) }),
  );
  const totals = totalsOf(emptyDay());
  for (const d of days) {
    for (const key of Object.keys(totals) as (keyof HistoryTotals)[]) totals[key] += d[key];
  }
  return {
    days,
    totals,
    goalDays: days.filter((d) => d.routines >= goal).length,
    streak: streaks(stats, today),
    empty: Object.values(totals).every((v) => v === 0),
  };
}

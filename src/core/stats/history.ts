import { addDays, type DayKey } from '../time';
import { type DayStats, emptyDay, routinesOn, type Stats, streaks } from './day-stats';

// The History tab's numbers: a window of the last N local days ending today, every day present
// (a day with nothing stored is a day of zeros), with totals and streaks.

export const HISTORY_RANGES = [7, 30] as const;
export type HistoryRange = (typeof HISTORY_RANGES)[number];

export interface HistoryDay {
  day: DayKey;
  activeMs: number;
  routines: number;
  routinesFull: number;
  routinesQuick: number;
  naturalBreaks: number;
  postureChecks: number;
  snoozes: number;
  skips: number;
}

export type HistoryTotals = Omit<HistoryDay, 'day'>;

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

const toHistoryDay = (day: DayKey, d: DayStats): HistoryDay => ({
  day,
  activeMs: d.activeMs,
  routines: routinesOn(d),
  routinesFull: d.routinesFull,
  routinesQuick: d.routinesQuick,
  naturalBreaks: d.naturalBreaks,
  postureChecks: d.postureChecks,
  snoozes: d.snoozes,
  skips: d.skips,
});

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
  const days = dayRange(addDays(today, -(length - 1)), today).map((k) =>
    toHistoryDay(k, stats.days[k] ?? emptyDay()),
  );
  const totals: HistoryTotals = {
    activeMs: 0,
    routines: 0,
    routinesFull: 0,
    routinesQuick: 0,
    naturalBreaks: 0,
    postureChecks: 0,
    snoozes: 0,
    skips: 0,
  };
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

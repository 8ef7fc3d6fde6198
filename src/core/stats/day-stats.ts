import { addDays, type DayKey, daysBetween } from '@/src/core/calendar';
import { checkDayStats } from '@/src/core/validate/stored';
import type { CounterName } from './counters';
import { ROUTINE_COUNTER_NAMES } from './routine-counters';

// Per local day: what the history charts and the popup's "today" line show. Counters only
// (counters.ts), so a year of history stays a few tens of kilobytes in storage.local.

export type { CounterName } from './counters';
export type { DayStats, Stats } from './stats-schema';

import type { DayStats, Stats } from './stats-schema';

export type StatsDelta = Partial<Record<CounterName, number>> & { comfort?: number };

/** About 13 months: enough for a year-over-year look, bounded so storage never grows without end. */
export const HISTORY_DAYS = 400;

/** A day with nothing recorded: what its schema reads from nothing (every counter 0, no ratings). */
export const emptyDay = (): DayStats => checkDayStats({}) as DayStats;
export const emptyStats = (): Stats => ({ v: 1, days: {} });

/** Adds a delta to one day and drops days older than HISTORY_DAYS before the newest one. */
export function applyStats(stats: Stats, day: DayKey, delta: StatsDelta): Stats {
  const before = stats.days[day] ?? emptyDay();
  const after: DayStats = { ...before, comfort: [...before.comfort] };
  for (const [key, value] of Object.entries(delta) as [keyof StatsDelta, number][]) {
    if (key === 'comfort') after.comfort.push(value);
    // Negative deltas happen (active time taken back after a back-dated idle); never below zero.
    else after[key] = Math.max(0, after[key] + value);
  }
  return { v: 1, days: prune({ ...stats.days, [day]: after }) };
}

/** Adds each day's delta in turn (the engine's `stats` effects of one event). */
export function applyAllStats(stats: Stats, deltas: readonly { day: DayKey; delta: StatsDelta }[]): Stats {
  return deltas.reduce((acc, { day, delta }) => applyStats(acc, day, delta), stats);
}

function prune(days: Record<DayKey, DayStats>): Record<DayKey, DayStats> {
  const keys = Object.keys(days).sort();
  const newest = keys[keys.length - 1];
  if (!newest) return days;
  const oldestKept = addDays(newest, -(HISTORY_DAYS - 1));
  const out: Record<DayKey, DayStats> = {};
  for (const k of keys) if (k >= oldestKept) out[k] = days[k] as DayStats;
  return out;
}

/** Routines of every kind done on a day. */
export const routinesOn = (d: DayStats | undefined) =>
  d ? ROUTINE_COUNTER_NAMES.reduce((sum, name) => sum + d[name], 0) : 0;

/**
 * Streaks of days with at least one routine. Today without a routine yet does not break the
 * current streak (the day is not over); it just does not add to it.
 */
export function streaks(stats: Stats, today: DayKey): { current: number; best: number } {
  let current = 0;
  let day = routinesOn(stats.days[today]) > 0 ? today : addDays(today, -1);
  while (routinesOn(stats.days[day]) > 0) {
    current++;
    day = addDays(day, -1);
  }
  let best = 0;
  let run = 0;
  let prev: DayKey | undefined;
  for (const k of Object.keys(stats.days).sort()) {
    if (routinesOn(stats.days[k]) === 0) {
      run = 0;
      prev = undefined;
      continue;
    }
    run = prev !== undefined && daysBetween(prev, k) === 1 ? run + 1 : 1;
    prev = k;
    best = Math.max(best, run);
  }
  return { current, best: Math.max(best, current) };
}

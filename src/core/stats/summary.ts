import { type DayKey, dayKey } from '../time';
import { emptyDay, routinesOn, type Stats, streaks } from './day-stats';

export interface TodaySummary {
  day: DayKey;
  activeMs: number;
  routines: number;
  goal: number;
  streak: number;
}

/** The popup's "today" line: screen time, routines against the goal, the current streak. */
export function todaySummary(stats: Stats, now: number, timeZone: string, goal: number): TodaySummary {
  const day = dayKey(now, timeZone);
  const today = stats.days[day] ?? emptyDay();
  return {
    day,
    activeMs: today.activeMs,
    routines: routinesOn(today),
    goal,
    streak: streaks(stats, day).current,
  };
}

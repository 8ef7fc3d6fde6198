import type { DayKey } from '@/src/core/calendar';
import { emptyDay, routinesOn, type Stats, streaks } from './day-stats';

export interface TodaySummary {
  day: DayKey;
  activeMs: number;
  routines: number;
  goal: number;
  streak: number;
}

/** The popup's "today" line for the day `day`: screen time, routines against the goal, the streak. */
export function todaySummary(stats: Stats, day: DayKey, goal: number): TodaySummary {
  const today = stats.days[day] ?? emptyDay();
  return {
    day,
    activeMs: today.activeMs,
    routines: routinesOn(today),
    goal,
    streak: streaks(stats, day).current,
  };
}

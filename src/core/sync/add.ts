import type { DayKey } from '@/src/core/calendar';
import type { CounterName } from '@/src/core/stats/counters';
import { emptyDay, type Stats } from '@/src/core/stats/day-stats';

// What the other devices add to this one's history, already merged (merge.ts, otherRoutines):
// small, so the popup's first screen adds it with no more code than this.

export interface OtherRoutines {
  /** Per day, the routines the other devices counted, by this Nape's counter. */
  days: Record<DayKey, Partial<Record<CounterName, number>>>;
  /** Every routine the other devices have counted, their folded totals too. */
  total: number;
  /** Whether any other device counts (History offers "this device" / "all devices" only then). */
  any: boolean;
}

export const NO_OTHER_ROUTINES: OtherRoutines = { days: {}, total: 0, any: false };

/**
 * This device's history with the other devices' routines added, day by day and counter by
 * counter. Only routine counters change; screen time and the rest stay this device's. So a day
 * with routines on two devices is one day for the streak, the goal and the course, and its
 * routines add up.
 */
export function addRoutines(stats: Stats, others: OtherRoutines): Stats {
  const days = { ...stats.days };
  for (const [day, counts] of Object.entries(others.days)) {
    const d = { ...(days[day] ?? emptyDay()) };
    for (const [counter, n] of Object.entries(counts) as [CounterName, number][]) d[counter] += n;
    days[day] = d;
  }
  return { v: 1, days };
}

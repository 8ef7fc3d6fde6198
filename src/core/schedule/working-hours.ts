import { minutesOfDay, WEEKDAY_KEYS } from '../settings/limits';
import type { DayHours, Settings } from '../settings/schema';
import { addDays, dayKey, instantOfLocal, weekdayOfKey } from '../time';

type Hours = Settings['workingHours'];

// Working hours per weekday, each a range [start, end) in local wall time. A range whose end is
// not after its start crosses midnight and belongs to the day it starts on: a night shift set on
// Friday as 22:00–06:00 runs from Friday 22:00 to Saturday 06:00; 00:00–00:00 is the whole day.

const dayOf = (hours: Hours, key: string): DayHours => hours.days[WEEKDAY_KEYS[weekdayOfKey(key)] ?? 'sun'];

/** The instants [start, end) of the range the day `key` starts, or null when that day is off. */
function rangeOf(hours: Hours, key: string, timeZone: string): [number, number] | null {
  const day = dayOf(hours, key);
  if (!day.on) return null;
  const start = minutesOfDay(day.start);
  const end = minutesOfDay(day.end);
  const endKey = end > start ? key : addDays(key, 1);
  return [instantOfLocal(key, start, timeZone), instantOfLocal(endKey, end, timeZone)];
}

/** Inside working hours (always, when the user has not set any). */
export function inWorkingHours(hours: Hours, now: number, timeZone: string): boolean {
  if (!hours.enabled) return true;
  const today = dayKey(now, timeZone);
  // Today's range, or yesterday's if it runs past midnight into today.
  return [today, addDays(today, -1)].some((key) => {
    const r = rangeOf(hours, key, timeZone);
    return r !== null && now >= r[0] && now < r[1];
  });
}

/** The next instant after `now` at which being inside or outside working hours changes, or null if never. */
export function nextHoursBoundary(hours: Hours, now: number, timeZone: string): number | null {
  if (!hours.enabled) return null;
  const today = dayKey(now, timeZone);
  const ranges: [number, number][] = [];
  for (let i = -1; i <= 7; i++) {
    const r = rangeOf(hours, addDays(today, i), timeZone);
    if (r) ranges.push(r);
  }
  const inside = (t: number) => ranges.some(([start, end]) => t >= start && t < end);
  // Ranges that touch (a day shift ending where a night shift begins) change nothing where they
  // meet: the boundary is the first edge on the other side.
  const insideNow = inside(now);
  const edges = ranges.flat().filter((edge) => edge > now);
  return edges.sort((a, b) => a - b).find((edge) => inside(edge) !== insideNow) ?? null;
}

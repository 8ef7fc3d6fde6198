import { minutesOfDay, WEEKDAY_KEYS } from '@/src/core/settings/limits';
import type { DayHours, Settings } from '@/src/core/settings/schema';
import { addDays, DAY, dayKey, instantOfLocal, weekdayOfKey } from '@/src/core/time';

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

export interface HoursAt {
  inside: boolean;
  /** The next instant after `now` at which `inside` changes, or null if not within a week. */
  next: number | null;
}

/**
 * Where `now` stands against working hours. The answer holds until `next`, so it is kept and
 * reused (a heartbeat a minute would otherwise redo the local-calendar arithmetic of a week).
 */
export function hoursAt(hours: Hours, now: number, timeZone: string): HoursAt {
  if (!hours.enabled) return { inside: true, next: null };
  const json = JSON.stringify(hours.days);
  const c = cached;
  const same = c !== null && c.timeZone === timeZone && c.json === json;
  if (same && now >= c.from && (c.at.next === null ? now < c.from + DAY : now < c.at.next)) return c.at;
  const at = compute(hours, now, timeZone);
  cached = { json, timeZone, from: now, at };
  return at;
}

let cached: { json: string; timeZone: string; from: number; at: HoursAt } | null = null;

function compute(hours: Hours, now: number, timeZone: string): HoursAt {
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
  const next = edges.sort((a, b) => a - b).find((edge) => inside(edge) !== insideNow) ?? null;
  return { inside: insideNow, next };
}

/** Inside working hours (always, when the user has not set any). */
export const inWorkingHours = (hours: Hours, now: number, timeZone: string): boolean =>
  hoursAt(hours, now, timeZone).inside;

/** The next instant after `now` at which being inside or outside working hours changes, or null if never. */
export const nextHoursBoundary = (hours: Hours, now: number, timeZone: string): number | null =>
  hoursAt(hours, now, timeZone).next;

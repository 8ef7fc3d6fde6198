import { minutesOfDay, WEEKDAY_KEYS } from '../settings/limits';
import type { Settings } from '../settings/schema';
import { addDays, dayKey, instantOfLocal, localParts, weekdayOfKey } from '../time';

type Hours = Settings['workingHours'];

/** Inside working hours (always, when the user has not set any). Ranges are [start, end). */
export function inWorkingHours(hours: Hours, now: number, timeZone: string): boolean {
  if (!hours.enabled) return true;
  const p = localParts(now, timeZone);
  const day = hours.days[WEEKDAY_KEYS[p.weekday] ?? 'sun'];
  return day.on && p.minuteOfDay >= minutesOfDay(day.start) && p.minuteOfDay < minutesOfDay(day.end);
}

/** The next instant at which being inside or outside working hours changes, or null if never. */
export function nextHoursBoundary(hours: Hours, now: number, timeZone: string): number | null {
  if (!hours.enabled) return null;
  const today = dayKey(now, timeZone);
  for (let i = 0; i <= 7; i++) {
    const key = addDays(today, i);
    const day = hours.days[WEEKDAY_KEYS[weekdayOfKey(key)] ?? 'sun'];
    if (!day.on) continue;
    for (const edge of [day.start, day.end]) {
      const at = instantOfLocal(key, minutesOfDay(edge), timeZone);
      if (at > now) return at;
    }
  }
  return null;
}

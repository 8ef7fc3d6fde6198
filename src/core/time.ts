// Time for the pure core: every instant is epoch milliseconds passed in by the caller, and every
// local-calendar question takes the IANA time zone as data. Intl does the zone arithmetic, so day
// keys stay right across DST changes and when the user travels (the zone changes, the key follows).
//
// The units and the calendar arithmetic on day keys need no zone: they are declared in calendar.ts,
// which the popup's startup loads without this module's zone code, and re-exported here.

import { addDays, DAY, DAY_KEY, type DayKey, dayKeyOf, MINUTE } from './calendar';

export {
  addDays,
  DAY,
  type DayKey,
  dayKeyOf,
  daysBetween,
  HOUR,
  isDayKey,
  MINUTE,
  SECOND,
  weekdayOfKey,
} from './calendar';

export interface LocalParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
  weekday: number;
  /** Minutes since local midnight, 0–1439. */
  minuteOfDay: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the zone; an unknown zone would make Intl throw. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Zone offsets change only at instants that are whole multiples of 15 minutes in UTC (every zone's
 * transitions fall on :00, :15, :30 or :45), so within one such bucket local time runs in step
 * with UTC. The engine asks for the same bucket many times over (a heartbeat a minute): the parts
 * of a bucket's start are kept, a few per zone, and the minutes since added.
 */
const BUCKET = 15 * MINUTE;
const bucketCache = new Map<string, Map<number, LocalParts>>();

/** Local calendar fields of an instant in a zone. An unknown zone falls back to UTC. */
export function localParts(now: number, timeZone: string): LocalParts {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const start = Math.floor(now / BUCKET) * BUCKET;
  let byBucket = bucketCache.get(zone);
  if (!byBucket) {
    byBucket = new Map();
    bucketCache.set(zone, byBucket);
  }
  let base = byBucket.get(start);
  if (!base) {
    base = localPartsUncached(start, zone);
    if (byBucket.size >= 64) byBucket.clear();
    byBucket.set(start, base);
  }
  const into = Math.floor((now - start) / MINUTE);
  // Past local midnight inside the bucket (zones with :30 or :45 offsets): the date changed too.
  if (base.minuteOfDay + into < 24 * 60) return { ...base, minuteOfDay: base.minuteOfDay + into };
  return localPartsUncached(now, zone);
}

/** localParts straight from Intl, without the bucket cache (its tests hold the cache to this). */
export function localPartsUncached(now: number, timeZone: string): LocalParts {
  // The fields are picked straight out of the parts: a record keyed by part type would give V8 a
  // new object shape per call pattern, kept for the worker's lifetime.
  const parts: LocalParts = { year: 0, month: 0, day: 0, weekday: -1, minuteOfDay: 0 };
  for (const p of formatterFor(timeZone).formatToParts(now)) {
    switch (p.type) {
      case 'year':
        parts.year = Number(p.value);
        break;
      case 'month':
        parts.month = Number(p.value);
        break;
      case 'day':
        parts.day = Number(p.value);
        break;
      case 'weekday':
        parts.weekday = WEEKDAYS.indexOf(p.value);
        break;
      case 'hour':
        parts.minuteOfDay += Number(p.value) * 60;
        break;
      case 'minute':
        parts.minuteOfDay += Number(p.value);
        break;
    }
  }
  return parts;
}

export function dayKey(now: number, timeZone: string): DayKey {
  const p = localParts(now, timeZone);
  return dayKeyOf(p.year, p.month, p.day);
}

const nextDayCache = new Map<string, number>();

/** Start of the next local calendar day after `now` (local midnight, or the first instant after it). */
export function startOfNextLocalDay(now: number, timeZone: string): number {
  const key = addDays(dayKey(now, timeZone), 1);
  const cacheKey = `${timeZone} ${key}`;
  let at = nextDayCache.get(cacheKey);
  if (at === undefined) {
    at = instantOfLocal(key, 0, timeZone);
    if (nextDayCache.size >= 256) nextDayCache.clear();
    nextDayCache.set(cacheKey, at);
  }
  return at;
}

/**
 * The instant at which the local clock in `timeZone` first reads `minuteOfDay` on `key`. Found by
 * guessing with the zone's offset before and after; a wall time inside a DST gap is pushed
 * forward by the gap's length (02:30 on a spring-forward night → 03:30), as Temporal's
 * 'compatible' disambiguation does.
 */
export function instantOfLocal(key: DayKey, minuteOfDay: number, timeZone: string): number {
  const m = DAY_KEY.exec(key);
  if (!m) throw new Error(`not a day key: ${key}`);
  const wallAsUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + minuteOfDay * MINUTE;
  // Offsets of the zone around that wall time: try both and keep the earliest exact match.
  const candidates = [
    wallAsUtc - offsetAt(wallAsUtc - DAY / 2, timeZone),
    wallAsUtc - offsetAt(wallAsUtc + DAY / 2, timeZone),
  ].sort((a, b) => a - b);
  for (const c of candidates) {
    if (wallMinutes(c, timeZone, key) === minuteOfDay) return c;
  }
  // In a DST gap the wall time never happens; the later candidate is it, shifted by the gap.
  return candidates[1] as number;
}

/** Offset of local time from UTC at an instant, in ms (positive east of Greenwich). */
export function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day) + p.minuteOfDay * MINUTE;
  const floored = instant - (((instant % MINUTE) + MINUTE) % MINUTE);
  return asUtc - floored;
}

function wallMinutes(instant: number, timeZone: string, key: DayKey): number | null {
  return dayKey(instant, timeZone) === key ? localParts(instant, timeZone).minuteOfDay : null;
}

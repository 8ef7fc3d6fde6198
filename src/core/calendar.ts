// Units of time and local calendar days as keys: plain arithmetic, no time zone, no Intl. Its own
// module so the popup's startup, which needs only these, does not load time.ts's zone code (the
// worker and the options page use it); time.ts re-exports these for everyone else.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `YYYY-MM-DD` of a local calendar day. */
export type DayKey = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The key of a calendar date (month 1–12): the one place a key is written. */
export const dayKeyOf = (year: number, month: number, day: number): DayKey =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** A day key's parts (year, month, day), for the arithmetic here and in time.ts. */
export const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDayKey(value: string): boolean {
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === mo - 1 && utc.getUTCDate() === d;
}

/** Calendar arithmetic on keys: a key names a date, not an instant, so no zone is involved. */
export function addDays(key: DayKey, days: number): DayKey {
  const m = DAY_KEY.exec(key);
  if (!m) throw new Error(`not a day key: ${key}`);
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: DayKey, b: DayKey): number {
  const toUtc = (k: DayKey) => {
    const m = DAY_KEY.exec(k);
    if (!m) throw new Error(`not a day key: ${k}`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  };
  return Math.round((toUtc(b) - toUtc(a)) / DAY);
}

/** Weekday (0 = Sunday) of a day key. */
export function weekdayOfKey(key: DayKey): number {
  const m = DAY_KEY.exec(key);
  if (!m) throw new Error(`not a day key: ${key}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
}

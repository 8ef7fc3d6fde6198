import { type DayKey, SECOND } from '@/src/core/calendar';
import { WEEKDAY_KEYS, type WeekdayKey } from '@/src/core/settings/limits';
import { pageLanguage } from '@/src/platform/locale';
import { format } from './format-core';

export { spanText, tickText, timeOfDayText, untilText, whenText } from './format-core';

// Every number, duration, time and date the pages show, in the page's language (pageLanguage).
// Count-free wording ("12 min", "2 h 5 min") because the i18n layer has no Russian plural forms.
// The spans and times of day the popup's first screen shows are in format-core.ts, re-exported here.

/** A countdown: "0:07", "1:20", rounded up so it reads 0:00 only at the very end. */
export const clockText = (ms: number): string => minutesSeconds(Math.ceil(Math.max(0, ms) / SECOND));

/** Time gone by, in whole seconds: "0:25" until the 26th second has fully passed. */
export const elapsedText = (ms: number): string => minutesSeconds(Math.floor(Math.max(0, ms) / SECOND));

function minutesSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

const DAY_STYLES = {
  long: { weekday: 'short', day: 'numeric', month: 'long' },
  short: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'short' },
  date: { day: 'numeric' },
} as const;

/** A day key. The key names a calendar date, so it is formatted in UTC. */
export function dayText(key: DayKey, style: keyof typeof DAY_STYLES): string {
  const [y, m, d] = key.split('-').map(Number);
  return format({ ...DAY_STYLES[style], timeZone: 'UTC' }).format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** A weekday's name, capitalised (5 January 2025 was a Sunday). */
export function dayName(key: WeekdayKey): string {
  const name = format({ weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2025, 0, 5 + WEEKDAY_KEYS.indexOf(key)),
  );
  return name.charAt(0).toLocaleUpperCase(pageLanguage()) + name.slice(1);
}

/** A number as the page's language writes it (0,5 in Russian). */
export const numberText = (n: number): string => new Intl.NumberFormat(pageLanguage()).format(n);

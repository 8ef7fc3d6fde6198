import { i18n } from '#i18n';
import { type DayKey, HOUR, MINUTE, SECOND } from '@/src/core/calendar';
import { WEEKDAY_KEYS, type WeekdayKey } from '@/src/core/settings/limits';
import { pageLanguage } from '@/src/platform/locale';

// Every number, duration, time and date the pages show, in the page's language (pageLanguage).
// Count-free wording ("12 min", "2 h 5 min") because the i18n layer has no Russian plural forms.

/** A span of screen time, rounded down (never more than was counted): "0 min", "45 min", "2 h", "2 h 5 min". */
export const spanText = (ms: number): string => minutesText(Math.floor(Math.max(0, ms) / MINUTE));

/** Time until something, rounded up so "1 min" means there is still some left: "under 1 min" below it. */
export function untilText(ms: number): string {
  if (ms < MINUTE) return i18n.t('time.lessThanMinute');
  return minutesText(Math.ceil(ms / MINUTE));
}

/** A chart's scale mark, a round number of minutes: "30 min", "5 h". */
export const tickText = (ms: number): string => minutesText(Math.round(ms / MINUTE));

/** "45 min", "2 h", "2 h 5 min". */
function minutesText(minutes: number): string {
  if (minutes < 60) return i18n.t('time.minutes', [String(minutes)]);
  const h = String(Math.floor(minutes / 60));
  return minutes % 60 === 0
    ? i18n.t('time.hours', [h])
    : i18n.t('time.hoursMinutes', [h, String(minutes % 60)]);
}

/** A countdown: "0:07", "1:20", rounded up so it reads 0:00 only at the very end. */
export const clockText = (ms: number): string => minutesSeconds(Math.ceil(Math.max(0, ms) / SECOND));

/** Time gone by, in whole seconds: "0:25" until the 26th second has fully passed. */
export const elapsedText = (ms: number): string => minutesSeconds(Math.floor(Math.max(0, ms) / SECOND));

function minutesSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();
const format = (options: Intl.DateTimeFormatOptions) => {
  const key = `${pageLanguage()}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(pageLanguage(), options);
    formats.set(key, f);
  }
  return f;
};

/** A wall-clock time: "14:35" (or "2:35 PM" where the language writes it so). */
export const timeOfDayText = (at: number): string =>
  format({ hour: 'numeric', minute: '2-digit' }).format(at);

/** Half a day or more ahead, the day matters too ("Tue 09:00"). */
export function whenText(at: number, now: number): string {
  if (at - now < 12 * HOUR) return timeOfDayText(at);
  return format({ weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
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

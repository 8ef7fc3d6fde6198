import { i18n } from '#i18n';
import { WEEKDAY_KEYS, type WeekdayKey } from '@/src/core/settings/schema';
import { type DayKey, MINUTE } from '@/src/core/time';
import { pageLocale } from './locale';

/** Screen time as "45 min" or "2 h 5 min" (no plural forms needed in either language). */
export function durationText(ms: number): string {
  const minutes = Math.round(Math.max(0, ms) / MINUTE);
  if (minutes < 60) return i18n.t('options.history.minutes', [String(minutes)]);
  return i18n.t('options.history.hoursMinutes', [String(Math.floor(minutes / 60)), String(minutes % 60)]);
}

/** A chart's scale: "5 h" on whole hours, "30 min" otherwise. */
export function tickText(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes > 0 && minutes % 60 === 0) return i18n.t('options.history.hours', [String(minutes / 60)]);
  return i18n.t('options.history.minutes', [String(minutes)]);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A day key in the page's language. The key names a calendar date, so it is formatted in UTC. */
export function dayText(key: DayKey, style: 'long' | 'short' | 'weekday' | 'date'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'short', day: 'numeric', month: 'long' }
      : style === 'short'
        ? { day: 'numeric', month: 'short' }
        : style === 'weekday'
          ? { weekday: 'short' }
          : { day: 'numeric' };
  const cacheKey = `${pageLocale()}|${style}`;
  let f = formats.get(cacheKey);
  if (!f) {
    f = new Intl.DateTimeFormat(pageLocale(), { ...options, timeZone: 'UTC' });
    formats.set(cacheKey, f);
  }
  const [y, m, d] = key.split('-').map(Number);
  return f.format(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** A weekday's name in the page's language, capitalised (5 January 2025 was a Sunday). */
export function dayName(key: WeekdayKey): string {
  const name = new Intl.DateTimeFormat(pageLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2025, 0, 5 + WEEKDAY_KEYS.indexOf(key)),
  );
  return name.charAt(0).toLocaleUpperCase(pageLocale()) + name.slice(1);
}

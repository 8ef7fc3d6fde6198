import { i18n } from '#i18n';
import { HOUR, MINUTE } from '@/src/core/calendar';
import { pageLanguage } from '@/src/platform/locale';

// The formatting the popup's first screen needs (spans of time, times of day), apart from the rest
// of format.ts, which re-exports it: the options page and the player use more of format.ts than the
// popup's startup, and a module's every used export is loaded with it.

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

const formats = new Map<string, Intl.DateTimeFormat>();
/** A date-time formatter in the page's language, made once per set of options. */
export const format = (options: Intl.DateTimeFormatOptions) => {
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

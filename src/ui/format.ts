import { i18n } from '#i18n';
import { HOUR, MINUTE, SECOND } from '@/src/core/time';

// Numbers as the popup shows them. Count-free wording ("12 min", "2 h 5 min") because the i18n
// layer has no Russian plural forms.

/** A span of screen time, rounded down to whole minutes: "0 min", "45 min", "2 h 5 min". */
export const spanText = (ms: number): string => minutesText(Math.floor(Math.max(0, ms) / MINUTE));

/** Time until something, rounded up so "1 min" means there is still some left: "under 1 min" below it. */
export function untilText(ms: number): string {
  if (ms < MINUTE) return i18n.t('status.lessThanMinute');
  return minutesText(Math.ceil(ms / MINUTE));
}

/** "45 min", "2 h", "2 h 5 min". */
function minutesText(minutes: number): string {
  if (minutes < 60) return i18n.t('status.minutes', [String(minutes)]);
  const h = String(Math.floor(minutes / 60));
  return minutes % 60 === 0
    ? i18n.t('status.hours', [h])
    : i18n.t('status.hoursMinutes', [h, String(minutes % 60)]);
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

/** A wall-clock time in the UI language: "14:35" or "2:35 PM". */
export function timeOfDayText(at: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(at);
  } catch {
    return new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(at);
  }
}

/** Half a day or more ahead, the day matters too ("Tue 09:00"). */
export function whenText(at: number, now: number, language: string): string {
  if (at - now < 12 * HOUR) return timeOfDayText(at, language);
  try {
    return new Intl.DateTimeFormat(language, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(
      at,
    );
  } catch {
    return timeOfDayText(at, language);
  }
}

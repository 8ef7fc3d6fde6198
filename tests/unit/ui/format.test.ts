import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND } from '@/src/core/time';
import { pageLanguage } from '@/src/platform/locale';
import {
  clockText,
  dayName,
  dayText,
  elapsedText,
  numberText,
  spanText,
  tickText,
  timeOfDayText,
  untilText,
  whenText,
} from '@/src/ui/format';
import { speak } from '@/tests/support/messages';

// One formatter for every page, in the language the page's messages are in.

const T = Date.UTC(2026, 10, 24, 13, 5); // a Tuesday

describe.each([
  {
    lang: 'en' as const,
    span: ['0 min', '45 min', '2 h', '2 h 5 min'],
    until: ['under 1 min', '1 min', '2 min', '1 h'],
    tick: ['30 min', '5 h'],
    day: { long: 'Tue, November 24', weekday: 'Tuesday' },
    number: '0.5',
  },
  {
    lang: 'ru' as const,
    span: ['0 мин', '45 мин', '2 ч', '2 ч 5 мин'],
    until: ['меньше 1 мин', '1 мин', '2 мин', '1 ч'],
    tick: ['30 мин', '5 ч'],
    day: { long: 'вт, 24 ноября', weekday: 'Вторник' },
    number: '0,5',
  },
])('in $lang', ({ lang, span, until, tick, day, number }) => {
  it('the page language is the messages’ language', () => {
    speak(lang);
    expect(pageLanguage()).toBe(lang);
  });

  it('screen time is rounded down, whole hours without "0 min"', () => {
    speak(lang);
    expect(
      [0, 45 * MINUTE + 59 * SECOND, 2 * HOUR + 30 * SECOND, 2 * HOUR + 5 * MINUTE].map(spanText),
    ).toEqual(span);
  });

  it('time until something is rounded up, with "under 1 min" at the very end', () => {
    speak(lang);
    expect([59 * SECOND, MINUTE, 61 * SECOND, HOUR].map(untilText)).toEqual(until);
  });

  it('a chart’s scale marks round minutes and whole hours', () => {
    speak(lang);
    expect([30 * MINUTE, 5 * HOUR].map(tickText)).toEqual(tick);
  });

  it('dates, weekdays, times and numbers in the same language', () => {
    speak(lang);
    expect(dayText('2026-11-24', 'long')).toBe(day.long);
    expect(dayName('tue')).toBe(day.weekday);
    expect(numberText(0.5)).toBe(number);
    expect(timeOfDayText(T)).toBe(
      new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(T),
    );
    expect(whenText(T + 20 * HOUR, T)).toContain(
      new Intl.DateTimeFormat(lang, { weekday: 'short' }).format(T + 20 * HOUR),
    );
  });
});

describe('countdowns', () => {
  it('read 0:00 only at the very end, and elapsed time only counts whole seconds', () => {
    expect([7000, 6001, 80_000, 0].map(clockText)).toEqual(['0:07', '0:07', '1:20', '0:00']);
    expect([25_999, 26_000].map(elapsedText)).toEqual(['0:25', '0:26']);
  });
});

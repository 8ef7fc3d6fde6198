import { describe, expect, it } from 'vitest';
import { emptyDay, emptyStats, type Stats } from '@/src/core/stats/day-stats';
import { historyWindow } from '@/src/core/stats/history';
import { dayKey, HOUR, MINUTE } from '@/src/core/time';

// Across the end of April into May: 30 days ending 3 May start on 4 April, 7 days on 27 April.
const stats: Stats = {
  v: 1,
  days: {
    '2026-04-03': { ...emptyDay(), activeMs: 10 * HOUR, routinesFull: 5 }, // just outside 30 days
    '2026-04-04': { ...emptyDay(), activeMs: HOUR, routinesFull: 1 },
    '2026-04-27': { ...emptyDay(), activeMs: 2 * HOUR, routinesQuick: 1 },
    '2026-04-30': { ...emptyDay(), activeMs: 3 * HOUR, routinesFull: 2, snoozes: 2, naturalBreaks: 1 },
    '2026-05-01': { ...emptyDay(), activeMs: 30 * MINUTE, routinesFull: 1, routinesQuick: 1 },
    '2026-05-02': { ...emptyDay(), activeMs: 45 * MINUTE, routinesQuick: 1 },
  },
};
const TODAY = '2026-05-03';

describe('history window', () => {
  it('7 days: every day present across the month boundary, missing days as zeros', () => {
    const w = historyWindow(stats, TODAY, 7, 2);
    expect(w.days.map((d) => d.day)).toEqual([
      '2026-04-27',
      '2026-04-28',
      '2026-04-29',
      '2026-04-30',
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
    ]);
    expect(w.days.map((d) => d.routines)).toEqual([1, 0, 0, 2, 2, 1, 0]);
    expect(w.days[1]).toEqual({
      day: '2026-04-28',
      activeMs: 0,
      routines: 0,
      routinesFull: 0,
      routinesQuick: 0,
      naturalBreaks: 0,
      postureChecks: 0,
      snoozes: 0,
      skips: 0,
      routinesEvening: 0,
      routinesLonger: 0,
      routinesMine: 0,
    });
    expect(w.totals.activeMs).toBe(2 * HOUR + 3 * HOUR + 75 * MINUTE);
    expect(w.totals).toMatchObject({
      routines: 6,
      routinesFull: 3,
      routinesQuick: 3,
      snoozes: 2,
      naturalBreaks: 1,
    });
    expect(w.goalDays).toBe(2);
    expect(w.empty).toBe(false);
  });

  it('30 days: starts 29 days before today and leaves out the day before that', () => {
    const w = historyWindow(stats, TODAY, 30, 1);
    expect(w.days).toHaveLength(30);
    expect(w.days[0]?.day).toBe('2026-04-04');
    expect(w.days.at(-1)?.day).toBe(TODAY);
    expect(w.totals.activeMs).toBe(HOUR + 2 * HOUR + 3 * HOUR + 75 * MINUTE);
    expect(w.totals.routines).toBe(7);
    expect(w.goalDays).toBe(5);
  });

  it('streaks: today without a routine yet keeps the current streak; the best is the longest run', () => {
    const w = historyWindow(stats, TODAY, 7, 2);
    expect(w.streak).toEqual({ current: 3, best: 3 });
  });

  it('an empty history is empty, with zeros for every day', () => {
    const w = historyWindow(emptyStats(), TODAY, 7, 2);
    expect(w.empty).toBe(true);
    expect(w.days.every((d) => d.activeMs === 0 && d.routines === 0)).toBe(true);
    expect(w.streak).toEqual({ current: 0, best: 0 });
  });

  it('a window that only has older history is empty too', () => {
    expect(historyWindow(stats, '2026-06-30', 7, 2).empty).toBe(true);
  });

  it('takes today from the user’s zone: the same instant is a different day in Tokyo and New York', () => {
    const instant = Date.UTC(2026, 4, 2, 20); // 3 May 05:00 in Tokyo, 2 May 16:00 in New York
    const tokyo = historyWindow(stats, dayKey(instant, 'Asia/Tokyo'), 7, 2);
    const newYork = historyWindow(stats, dayKey(instant, 'America/New_York'), 7, 2);
    expect(tokyo.days.at(-1)?.day).toBe('2026-05-03');
    expect(newYork.days.at(-1)?.day).toBe('2026-05-02');
    expect(newYork.days.at(-1)?.routines).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { applyStats, emptyStats, HISTORY_DAYS, type Stats, streaks } from '@/src/core/stats/day-stats';
import { StatsSchema } from '@/src/core/stats/stats-schema';
import { addDays } from '@/src/core/time';

const withRoutines = (days: Record<string, number>): Stats => {
  let s = emptyStats();
  for (const [day, n] of Object.entries(days)) s = applyStats(s, day, { routinesFull: n });
  return s;
};

describe('day stats', () => {
  it('adds deltas to the right day and keeps ratings', () => {
    let s = applyStats(emptyStats(), '2026-11-24', { activeMs: 1000, prompts: 1 });
    s = applyStats(s, '2026-11-24', { activeMs: 500, comfort: 4 });
    expect(s.days['2026-11-24']).toMatchObject({ activeMs: 1500, prompts: 1, comfort: [4] });
    expect(StatsSchema.safeParse(s).success).toBe(true);
  });

  it('never goes below zero when active time is taken back', () => {
    const s = applyStats(applyStats(emptyStats(), '2026-11-24', { activeMs: 100 }), '2026-11-24', {
      activeMs: -500,
    });
    expect(s.days['2026-11-24']?.activeMs).toBe(0);
  });

  it(`keeps ${HISTORY_DAYS} days and drops older ones`, () => {
    let s = emptyStats();
    for (let i = 0; i < HISTORY_DAYS + 10; i++) s = applyStats(s, addDays('2025-01-01', i), { prompts: 1 });
    const keys = Object.keys(s.days).sort();
    expect(keys).toHaveLength(HISTORY_DAYS);
    expect(keys[0]).toBe(addDays('2025-01-01', 10));
  });

  it('does not mutate the stats it is given', () => {
    const s = emptyStats();
    applyStats(s, '2026-11-24', { prompts: 1 });
    expect(s).toEqual(emptyStats());
  });
});

describe('streaks', () => {
  it.each([
    ['no routines', {}, '2026-11-24', 0, 0],
    ['today only', { '2026-11-24': 1 }, '2026-11-24', 1, 1],
    ['yesterday and before; today not yet', { '2026-11-22': 1, '2026-11-23': 2 }, '2026-11-24', 2, 2],
    [
      'broken by a missed day',
      { '2026-11-20': 1, '2026-11-21': 1, '2026-11-22': 1, '2026-11-24': 1 },
      '2026-11-24',
      1,
      3,
    ],
    ['over a month boundary', { '2026-10-31': 1, '2026-11-01': 1 }, '2026-11-01', 2, 2],
    ['two days ago does not count', { '2026-11-22': 1 }, '2026-11-24', 0, 1],
  ])('%s', (_, days, today, current, best) => {
    expect(streaks(withRoutines(days as Record<string, number>), today)).toEqual({ current, best });
  });

  it('quick routines count too', () => {
    const s = applyStats(emptyStats(), '2026-11-24', { routinesQuick: 1 });
    expect(streaks(s, '2026-11-24').current).toBe(1);
  });
});

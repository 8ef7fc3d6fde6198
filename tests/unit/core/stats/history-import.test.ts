import { describe, expect, it } from 'vitest';
import { courseProgress, routinesByDay } from '@/src/core/course/course';
import { applyStats, emptyStats, type Stats } from '@/src/core/stats/day-stats';
import { exportHistoryJson } from '@/src/core/stats/export-history';
import { courseForFile, mergeHistory, parseHistoryFile } from '@/src/core/stats/history-import';
import { addDays } from '@/src/core/time';

// History export and import (core/stats/history-import.ts): the days and the 30-day course come
// back as they were; a file with a course in the future, or with more course days than have
// passed, is refused with the reason; taking a file never loses what was counted here.

const TODAY = '2026-11-24';
const START = '2026-11-13'; // day 12 today

function twelveDays(): Stats {
  let stats = emptyStats();
  for (let i = 0; i < 11; i++)
    stats = applyStats(stats, addDays(START, i), { routinesFull: 1, activeMs: 60_000 });
  return applyStats(stats, TODAY, { comfort: 4 });
}

const file = (over: Record<string, unknown>) =>
  JSON.stringify({ app: 'nape', kind: 'history', version: 1, exportedAt: '', days: {}, ...over });

describe('history export and import', () => {
  it('round trip: the days and the course come back, and the course is on the same day', () => {
    const stats = twelveDays();
    const course = { v: 1 as const, start: START, celebrated: false };
    const text = exportHistoryJson(stats, Date.parse(TODAY), courseForFile(course, stats, TODAY));
    expect(JSON.parse(text).course).toEqual({ start: START, celebrated: false, counted: 11 });
    const back = parseHistoryFile(text, TODAY);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.stats).toEqual(stats);
    expect(back.course).toEqual(course);
    expect(
      courseProgress(course, routinesByDay(mergeHistory(emptyStats(), back.stats)), TODAY),
    ).toMatchObject({
      status: 'active',
      day: 12,
    });
  });

  it('refuses a course that starts in the future, with the reason', () => {
    const result = parseHistoryFile(
      file({ course: { start: '2026-11-25', celebrated: false, counted: 0 } }),
      TODAY,
    );
    expect(result).toEqual({ ok: false, problems: [{ kind: 'course-in-future', start: '2026-11-25' }] });
  });

  it('refuses a course with more counted days than have passed since it started', () => {
    const result = parseHistoryFile(
      file({ course: { start: START, celebrated: false, counted: 13 } }),
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      problems: [{ kind: 'course-too-many-days', counted: 13, possible: 12 }],
    });
  });

  it('lists every problem: a bad day, a day after today, a bad course', () => {
    const result = parseHistoryFile(
      file({
        days: { '2026-02-30': {}, '2026-11-30': {}, [TODAY]: { routinesFull: -1 } },
        course: { start: START },
      }),
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { kind: 'bad-day', day: '2026-02-30' },
        { kind: 'day-in-future', day: '2026-11-30' },
        { kind: 'bad-day', day: TODAY },
        { kind: 'bad-course' },
      ]);
  });

  it('refuses what is not a history file', () => {
    expect(parseHistoryFile('{', TODAY)).toEqual({ ok: false, problems: [{ kind: 'not-json' }] });
    expect(parseHistoryFile(JSON.stringify({ app: 'nape', kind: 'settings' }), TODAY)).toEqual({
      ok: false,
      problems: [{ kind: 'not-history-file' }],
    });
    expect(parseHistoryFile(file({ version: 2 }), TODAY)).toEqual({
      ok: false,
      problems: [{ kind: 'newer-version', version: 2 }],
    });
  });

  it('merging never loses what was counted here, and twice is the same as once', () => {
    const here = applyStats(twelveDays(), TODAY, { routinesQuick: 2, activeMs: 3_600_000 });
    const older = twelveDays();
    const merged = mergeHistory(here, older);
    expect(merged.days[TODAY]).toMatchObject({ routinesQuick: 2, activeMs: 3_600_000, comfort: [4] });
    expect(mergeHistory(merged, older)).toEqual(merged);
    const fresh = mergeHistory(emptyStats(), older);
    expect(fresh).toEqual(older);
  });
});

import { routinesOn, type Stats } from '@/src/core/stats/day-stats';
import { addDays, type DayKey, daysBetween, isDayKey } from '@/src/core/time';
import type { Course } from './course-schema';

// The 30-day course: a daily habit kept up over a month. Counted, never stored: a pure function of
// when it began and how many routines each day had, so the days can come from this device's
// history or from every device's merged (core/sync/), and the answer is the same everywhere.
//
// The rules:
// - A day of the course counts when at least one routine was done on it. The course is done on
//   its 30th counted day.
// - A day with no routine is missed once it is over (today is not missed yet: the day is not
//   over). One missed day in any seven does not break the course; a second missed day within
//   seven days of the one before (two missed days in one 7-day window) does: it ends there.
// - The day shown ("day 12 of 30") is the counted days so far, plus today while it has no routine
//   yet: the day the user is working on. It never exceeds 30.

/** Counted days that complete a course. */
export const COURSE_DAYS = 30;
/** Two missed days inside any window this long end the course; one does not. */
export const MISS_WINDOW_DAYS = 7;

export type CourseStatus = 'active' | 'done' | 'broken';

export interface CourseProgress {
  status: CourseStatus;
  /** Days with at least one routine, from the start, up to 30. */
  counted: number;
  /** The day to show: counted days, plus today while it has no routine yet (1–30). */
  day: number;
  /** The counted days and the missed ones, oldest first (for the History chart). */
  countedDays: DayKey[];
  missedDays: DayKey[];
  /** The day it was finished or broken on; null while it goes on. */
  endedOn: DayKey | null;
}

/** Routines done per local day (days not listed had none). */
export type RoutinesByDay = Readonly<Record<DayKey, number>>;

/**
 * Where a course stands on `today`, from the routines of each day. Days before the start and
 * after today are not looked at; a course that starts after today has counted nothing.
 */
export function courseProgress(
  course: Pick<Course, 'start'>,
  routinesByDay: RoutinesByDay,
  today: DayKey,
): CourseProgress {
  const countedDays: DayKey[] = [];
  const missedDays: DayKey[] = [];
  const progress = (status: CourseStatus, endedOn: DayKey | null, day: number): CourseProgress => ({
    status,
    counted: countedDays.length,
    day,
    countedDays,
    missedDays,
    endedOn,
  });
  for (let d = course.start; d <= today; d = addDays(d, 1)) {
    if ((routinesByDay[d] ?? 0) > 0) {
      countedDays.push(d);
      if (countedDays.length === COURSE_DAYS) return progress('done', d, COURSE_DAYS);
    } else if (d < today) {
      const last = missedDays[missedDays.length - 1];
      missedDays.push(d);
      if (last !== undefined && daysBetween(last, d) < MISS_WINDOW_DAYS)
        return progress('broken', d, Math.max(1, countedDays.length));
    }
  }
  const todayCounted = countedDays[countedDays.length - 1] === today;
  return progress('active', null, countedDays.length + (todayCounted ? 0 : 1));
}

/**
 * The routines of each day of a history: this device's, or every device's merged into one history
 * (core/sync/), which is what the pages pass when sync is on.
 */
export function routinesByDay(stats: Stats): RoutinesByDay {
  const out: Record<DayKey, number> = {};
  for (const [day, d] of Object.entries(stats.days)) out[day] = routinesOn(d);
  return out;
}

/** Why a course read from a file cannot be taken. */
export type CourseProblem =
  | { kind: 'bad-start' }
  | { kind: 'in-future'; start: DayKey }
  | { kind: 'too-many-days'; counted: number; possible: number };

/**
 * Checks a course from an imported file against `today`: its start is a real day, not after
 * today, and the days it claims to have counted (`counted`, as the exporting Nape worked it out)
 * fit between its start and today, and in a course. The progress itself is counted again from the
 * imported days; the claim is only checked.
 */
export function checkImportedCourse(
  course: Pick<Course, 'start'>,
  counted: number | undefined,
  today: DayKey,
): CourseProblem | null {
  if (!isDayKey(course.start)) return { kind: 'bad-start' };
  if (course.start > today) return { kind: 'in-future', start: course.start };
  const possible = Math.min(COURSE_DAYS, daysBetween(course.start, today) + 1);
  if (counted !== undefined && counted > possible) return { kind: 'too-many-days', counted, possible };
  return null;
}

/**
 * What an imported history file does to the course: a course already here is kept (nothing saved
 * is lost), and its start is named as kept when the file had another; the file's course comes
 * back when there is none here, or when it is the same course (same start), celebrated if either
 * side celebrated its finish.
 */
export function courseAfterImport(
  here: Course | null,
  file: Course | null,
): { save: Course | null; kept: DayKey | null } {
  if (!file) return { save: null, kept: null };
  if (here && here.start !== file.start) return { save: null, kept: here.start };
  return { save: { ...file, celebrated: file.celebrated || here?.celebrated === true }, kept: null };
}

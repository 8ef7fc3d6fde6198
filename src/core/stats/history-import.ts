import { checkImportedCourse, courseProgress, routinesByDay } from '@/src/core/course/course';
import type { Course } from '@/src/core/course/course-schema';
import { type DayKey, daysBetween, isDayKey } from '@/src/core/time';
import { checkDayStats } from '@/src/core/validate/stored';
import { type DayStats, emptyStats, HISTORY_DAYS, type Stats } from './day-stats';

// A history file (export-history.ts) read back: checked whole before anything is written, so a
// file that is refused changes nothing; one that is taken adds its days to the history without
// losing any counted here, and brings back its 30-day course.

/** A history file larger than this is not read (a year of days is about 100 KB). */
export const HISTORY_FILE_MAX_BYTES = 1024 * 1024;

/** The course as a history file carries it: as stored, and the days it had counted then. */
export interface HistoryFileCourse extends Omit<Course, 'v'> {
  counted: number;
}

export type HistoryImportProblem =
  | { kind: 'not-json' }
  | { kind: 'not-history-file' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'bad-day'; day: string }
  | { kind: 'day-in-future'; day: DayKey }
  | { kind: 'bad-course' }
  | { kind: 'course-in-future'; start: DayKey }
  | { kind: 'course-too-many-days'; counted: number; possible: number };

export type HistoryImport =
  | { ok: true; stats: Stats; course: Course | null }
  | { ok: false; problems: HistoryImportProblem[] };

/** The course to write into an exported file, with the days it has counted on `today`. */
export function courseForFile(course: Course, stats: Stats, today: DayKey): HistoryFileCourse {
  const { start, celebrated } = course;
  return { start, celebrated, counted: courseProgress(course, routinesByDay(stats), today).counted };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a history file exported by Nape, as of the local day `today`. Every problem is listed; any
 * problem refuses the whole file. Days after today, and a course that starts after today or claims
 * more counted days than have passed since its start, are refused with the reason.
 */
export function parseHistoryFile(text: string, today: DayKey): HistoryImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ kind: 'not-json' }] };
  }
  if (!isObject(raw) || raw.app !== 'nape' || raw.kind !== 'history' || !isObject(raw.days))
    return { ok: false, problems: [{ kind: 'not-history-file' }] };
  const version = raw.version;
  if (typeof version !== 'number' || version > 1)
    return { ok: false, problems: [{ kind: 'newer-version', version: Number(version) }] };

  const problems: HistoryImportProblem[] = [];
  const stats = emptyStats();
  for (const [day, value] of Object.entries(raw.days)) {
    const checked = isDayKey(day) ? (checkDayStats(value) as DayStats | null) : null;
    if (!checked) problems.push({ kind: 'bad-day', day });
    else if (day > today) problems.push({ kind: 'day-in-future', day });
    else stats.days[day] = checked;
  }

  let course: Course | null = null;
  if (raw.course !== undefined) {
    const c = raw.course;
    const counted = isObject(c) ? c.counted : undefined;
    if (
      !isObject(c) ||
      typeof c.start !== 'string' ||
      typeof c.celebrated !== 'boolean' ||
      !(Number.isInteger(counted) && (counted as number) >= 0)
    ) {
      problems.push({ kind: 'bad-course' });
    } else {
      const problem = checkImportedCourse({ start: c.start }, counted as number, today);
      if (problem?.kind === 'bad-start') problems.push({ kind: 'bad-course' });
      else if (problem?.kind === 'in-future')
        problems.push({ kind: 'course-in-future', start: problem.start });
      else if (problem?.kind === 'too-many-days')
        problems.push({ kind: 'course-too-many-days', counted: problem.counted, possible: problem.possible });
      else course = { v: 1, start: c.start, celebrated: c.celebrated };
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, stats, course };
}

/**
 * The history with an imported one added: days only in the file are added; on a day both have,
 * each counter keeps the larger number and the longer list of comfort ratings, so nothing counted
 * here is lost, and importing the same file twice changes nothing the second time. Days older than
 * the history keeps (HISTORY_DAYS before the newest) are dropped, as the engine drops them.
 */
export function mergeHistory(stats: Stats, imported: Stats): Stats {
  const days: Record<DayKey, DayStats> = { ...stats.days };
  for (const [day, theirs] of Object.entries(imported.days)) {
    const ours = days[day];
    if (!ours) {
      days[day] = theirs;
      continue;
    }
    const merged = { ...ours };
    for (const key of Object.keys(ours) as (keyof DayStats)[]) {
      if (key === 'comfort')
        merged.comfort = theirs.comfort.length > ours.comfort.length ? theirs.comfort : ours.comfort;
      else merged[key] = Math.max(ours[key], theirs[key]);
    }
    days[day] = merged;
  }
  const keys = Object.keys(days).sort();
  const newest = keys[keys.length - 1];
  const kept: Record<DayKey, DayStats> = {};
  for (const k of keys) if (!newest || daysBetween(k, newest) < HISTORY_DAYS) kept[k] = days[k] as DayStats;
  return { v: 1, days: kept };
}

import { courseAfterImport } from '@/src/core/course/course';
import type { Course } from '@/src/core/course/course-schema';
import type { DayKey } from '@/src/core/time';
import { STORED } from './storage-items';

// The one writer of the 30-day course (storage.sync, `course`): the pages start one, mark its
// finish celebrated, and put one back from an imported history file. A handful of writes a month,
// far below storage.sync's 120 writes a minute.

/** Starts a new course on `today` (a finished or broken one is replaced). */
export const startCourse = (today: DayKey) => STORED.course.set({ v: 1, start: today, celebrated: false });

/** Records that the course's finish has been celebrated, so no page celebrates it again. */
export const markCourseCelebrated = (course: Course) => STORED.course.set({ ...course, celebrated: true });

/**
 * Puts back the course of an imported history file (checked by core/stats/history-import.ts), as
 * courseAfterImport decides against the course stored here; resolves with the start of the course
 * kept here instead, if the file's was not taken.
 */
export async function saveImportedCourse(file: Course | null): Promise<DayKey | null> {
  const { save, kept } = courseAfterImport((await STORED.course.load()) ?? null, file);
  if (save) await STORED.course.set(save);
  return kept;
}

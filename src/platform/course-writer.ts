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

/** Puts back a course from an imported history file (checked by core/course/history-file.ts). */
export const saveImportedCourse = (course: Course) => STORED.course.set(course);

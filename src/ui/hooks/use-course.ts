import { useEffect, useState } from 'preact/hooks';
import { type CourseProgress, courseProgress, routinesByDay } from '@/src/core/course/course';
import type { Course } from '@/src/core/course/course-schema';
import type { DayKey } from '@/src/core/time';
import { markCourseCelebrated } from '@/src/platform/course-writer';
import { useStats } from './use-data';
import { useAllDevicesStats } from './use-devices';

/**
 * Where the course stands today, counted from every device's routines (core/sync/: one course,
 * however many devices it was done on), and whether this page celebrates its finish: a finished
 * course is celebrated once, by the first page that sees it (the popup or History), which marks
 * it and keeps saying so while it stays open. `ready` is false until the history has been read.
 */
export function useCourse(
  course: Course | null,
  today: DayKey,
): { progress: CourseProgress | null; celebrating: boolean; ready: boolean } {
  const stats = useAllDevicesStats(useStats());
  const progress = course && stats ? courseProgress(course, routinesByDay(stats), today) : null;
  const finished = progress?.status === 'done';
  const [celebrating, setCelebrating] = useState(false);
  useEffect(() => {
    if (!course || !finished || course.celebrated) return;
    setCelebrating(true);
    void markCourseCelebrated(course);
  }, [course, finished]);
  // A new course started from the celebration is not finished: the celebration ends with it.
  return { progress, celebrating: celebrating && finished, ready: stats !== undefined };
}

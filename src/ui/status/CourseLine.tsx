import { i18n } from '#i18n';
import { COURSE_DAYS } from '@/src/core/course/course';
import type { Course } from '@/src/core/course/course-schema';
import { startCourse } from '@/src/platform/course-writer';
import { localDayKey } from '@/src/platform/locale';
import { useCourse } from '@/src/ui/hooks/use-course';
import './course-line.css';

/**
 * The course's line in the popup: "Course: day 12 of 30" while it runs; once, when it is done, a
 * celebration with a way to start a new one (the first page to show it marks it celebrated, so no
 * page or device shows it again). A course that broke shows nothing here: History says what
 * happened and offers a new one.
 */
export function CourseLine({ course, now }: { course: Course; now: number }) {
  const today = localDayKey(now);
  const { progress, celebrating } = useCourse(course, today);

  if (celebrating)
    return (
      <div class="course-done" role="status">
        <p>{i18n.t('status.courseDone')}</p>
        <button type="button" onClick={() => void startCourse(today)}>
          {i18n.t('status.courseAgain')}
        </button>
      </div>
    );
  if (progress?.status !== 'active') return null;
  return <p>{i18n.t('status.course', [String(progress.day), String(COURSE_DAYS)])}</p>;
}

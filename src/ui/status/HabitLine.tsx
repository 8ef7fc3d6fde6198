import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useSettings, useStored } from '@/src/ui/hooks/use-data';

type CourseModule = typeof import('./CourseLine');

/**
 * The daily habit under today's numbers: when the evening reminder comes ("Evening routine at
 * 19:00"), and the 30-day course's day. The course's counting is a chunk of its own, fetched only
 * when there is a course: the popup's startup budget (22 KB gzip) has no room for it.
 */
export function HabitLine({ now }: { now: number }) {
  const settings = useSettings();
  const course = useStored('course');
  const [courseLine, setCourseLine] = useState<CourseModule | null>(null);
  const hasCourse = course != null;
  useEffect(() => {
    if (hasCourse) import('./CourseLine').then(setCourseLine, () => {});
  }, [hasCourse]);
  const time = settings?.eveningReminder.enabled ? settings.eveningReminder.time : null;
  if (!time && !course) return null;
  const CourseLine = courseLine?.CourseLine;
  return (
    <div class="habit">
      {time && <p>{i18n.t('status.eveningAt', [time])}</p>}
      {course && CourseLine && <CourseLine course={course} now={now} />}
    </div>
  );
}

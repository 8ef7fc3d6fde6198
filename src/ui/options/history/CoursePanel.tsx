import { i18n } from '#i18n';
import { COURSE_DAYS, type CourseProgress } from '@/src/core/course/course';
import type { Course } from '@/src/core/course/course-schema';
import { addDays, type DayKey } from '@/src/core/time';
import { startCourse } from '@/src/platform/course-writer';
import { dayText } from '@/src/ui/format';
import { useCourse } from '@/src/ui/hooks/use-course';
import { useStored } from '@/src/ui/hooks/use-data';
import './course.css';

// The 30-day course on the History tab (a chunk of its own: the options page's startup budget is
// 38 KB gzip): what it asks, where it stands, its days on a chart, and the button that starts one.
// It counts every device's routines (core/sync/), as the popup does.

export function CoursePanel({ today }: { today: DayKey }) {
  const course = useStored('course');
  const { progress, celebrating, ready } = useCourse(course ?? null, today);
  if (course === undefined || !ready) return null;
  const running = progress?.status === 'active';
  return (
    <section class="course" aria-labelledby="course-title">
      <h3 id="course-title">{i18n.t('options.course.title')}</h3>
      <p class="hint">{i18n.t('options.course.intro')}</p>
      {course && progress && <CourseState course={course} progress={progress} celebrating={celebrating} />}
      {course && progress && <CourseChart course={course} progress={progress} today={today} />}
      {!running && (
        <button type="button" class="primary" onClick={() => void startCourse(today)}>
          {course ? i18n.t('options.course.startNew') : i18n.t('options.course.start')}
        </button>
      )}
    </section>
  );
}

function CourseState({
  progress,
  celebrating,
}: {
  course: Course;
  progress: CourseProgress;
  celebrating: boolean;
}) {
  const ended = progress.endedOn ? dayText(progress.endedOn, 'long') : '';
  if (progress.status === 'done')
    return (
      <p class={celebrating ? 'course-done' : undefined} role={celebrating ? 'status' : undefined}>
        {i18n.t('options.course.done', [ended])}
      </p>
    );
  if (progress.status === 'broken')
    return <p>{i18n.t('options.course.broken', [ended, String(progress.counted)])}</p>;
  return (
    <>
      <p class="course-day">{i18n.t('options.course.day', [String(progress.day), String(COURSE_DAYS)])}</p>
      {progress.missedDays.length > 0 && (
        <p>{i18n.t('options.course.missed', [String(progress.missedDays.length)])}</p>
      )}
    </>
  );
}

type Cell = { day: DayKey; kind: 'done' | 'missed' | 'today' | 'ahead' };

/**
 * The course's calendar days from its start, each a square: done, missed, today (not over yet),
 * then the days still to go to make 30. One image to assistive technology, named and described;
 * each square's tooltip names its day.
 */
function CourseChart({
  course,
  progress,
  today,
}: {
  course: Course;
  progress: CourseProgress;
  today: DayKey;
}) {
  const done = new Set(progress.countedDays);
  const missed = new Set(progress.missedDays);
  const cells: Cell[] = [];
  const last = progress.endedOn ?? today;
  for (let d = course.start; d <= last; d = addDays(d, 1)) {
    cells.push({ day: d, kind: done.has(d) ? 'done' : missed.has(d) ? 'missed' : 'today' });
  }
  const toGo = progress.status === 'active' ? COURSE_DAYS - progress.counted - (done.has(today) ? 0 : 1) : 0;
  for (let i = 1; i <= toGo; i++) cells.push({ day: addDays(last, i), kind: 'ahead' });
  const size = 18;
  const perRow = 15;
  const rows = Math.ceil(cells.length / perRow);
  const title = i18n.t('options.course.chartTitle');
  const desc = i18n.t('options.course.chartDesc', [
    dayText(course.start, 'long'),
    String(progress.counted),
    String(progress.missedDays.length),
    String(toGo + (progress.status === 'active' && !done.has(today) ? 1 : 0)),
  ]);
  const tooltip = (c: Cell) =>
    c.kind === 'done'
      ? i18n.t('options.course.dayDone', [dayText(c.day, 'long')])
      : c.kind === 'missed'
        ? i18n.t('options.course.dayMissed', [dayText(c.day, 'long')])
        : c.kind === 'today'
          ? i18n.t('options.course.dayToday', [dayText(c.day, 'long')])
          : dayText(c.day, 'long');
  return (
    <figure class="chart-box course-chart">
      <figcaption>{title}</figcaption>
      <svg
        class="chart"
        viewBox={`0 0 ${perRow * size} ${rows * size}`}
        width={perRow * size * 1.5}
        role="img"
        aria-labelledby="course-chart-title course-chart-desc"
      >
        <title id="course-chart-title">{title}</title>
        <desc id="course-chart-desc">{desc}</desc>
        {cells.map((c, i) => (
          <rect
            key={c.day}
            class={`course-cell course-cell--${c.kind}`}
            data-day={c.day}
            x={(i % perRow) * size + 2}
            y={Math.floor(i / perRow) * size + 2}
            width={size - 4}
            height={size - 4}
            rx={3}
          >
            <title>{tooltip(c)}</title>
          </rect>
        ))}
      </svg>
    </figure>
  );
}

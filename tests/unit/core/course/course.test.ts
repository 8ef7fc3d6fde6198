import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COURSE_DAYS,
  checkImportedCourse,
  courseAfterImport,
  courseProgress,
  type RoutinesByDay,
} from '@/src/core/course/course';
import { addDays, daysBetween } from '@/src/core/time';
import { runSeed } from '@/tests/support/seeded-random';

// The 30-day course's counting (core/course/course.ts): a day counts with at least one routine;
// one missed day in any seven is forgiven, a second within seven days ends the course; the day
// shown never exceeds 30.

const START = '2026-11-01';

/** Routines on the days given by their offset from the start. */
const days = (offsets: readonly number[], routines = 1): RoutinesByDay =>
  Object.fromEntries(offsets.map((o) => [addDays(START, o), routines]));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('a course, day by day', () => {
  it('day 1 before the first routine, and still day 1 after it', () => {
    expect(courseProgress({ start: START }, {}, START)).toMatchObject({
      status: 'active',
      day: 1,
      counted: 0,
    });
    expect(courseProgress({ start: START }, days([0]), START)).toMatchObject({ day: 1, counted: 1 });
  });

  it('day 12: eleven days done and today not yet', () => {
    const p = courseProgress({ start: START }, days(range(0, 10)), addDays(START, 11));
    expect(p).toMatchObject({ status: 'active', day: 12, counted: 11, missedDays: [] });
  });

  it('one missed day is forgiven, and the course goes on counting', () => {
    const p = courseProgress({ start: START }, days([0, 1, 3, 4, 5]), addDays(START, 6));
    expect(p).toMatchObject({ status: 'active', counted: 5, day: 6, missedDays: ['2026-11-03'] });
  });

  it('a second missed day within seven days ends it there', () => {
    const p = courseProgress({ start: START }, days([0, 1, 3, 4, 5, 7, 8]), addDays(START, 9));
    expect(p).toMatchObject({ status: 'broken', counted: 5, endedOn: '2026-11-07' });
  });

  it('missed days seven days apart are each forgiven', () => {
    const done = days([...range(0, 1), ...range(3, 8), ...range(10, 20)]);
    const p = courseProgress({ start: START }, done, addDays(START, 21));
    expect(p).toMatchObject({ status: 'active', missedDays: ['2026-11-03', '2026-11-10'] });
  });

  it('done on its 30th counted day, and nothing after counts', () => {
    const p = courseProgress({ start: START }, days([0, ...range(2, 40)]), addDays(START, 45));
    expect(p).toMatchObject({ status: 'done', counted: 30, day: 30, endedOn: addDays(START, 30) });
  });

  it('a course that starts after today has counted nothing', () => {
    expect(courseProgress({ start: '2026-12-01' }, days(range(0, 40)), START)).toMatchObject({
      status: 'active',
      counted: 0,
      day: 1,
    });
  });
});

describe('an imported course is checked', () => {
  it('refuses one that starts in the future, and one with more days than have passed', () => {
    expect(checkImportedCourse({ start: '2026-11-05' }, 0, '2026-11-04')).toEqual({
      kind: 'in-future',
      start: '2026-11-05',
    });
    expect(checkImportedCourse({ start: '2026-11-01' }, 6, '2026-11-05')).toEqual({
      kind: 'too-many-days',
      counted: 6,
      possible: 5,
    });
    expect(checkImportedCourse({ start: '2026-02-30' }, 0, '2026-11-05')).toEqual({ kind: 'bad-start' });
    expect(checkImportedCourse({ start: '2026-11-01' }, 5, '2026-11-05')).toBeNull();
  });
});

describe('an imported course meets the one here', () => {
  const course = (start: string, celebrated = false) => ({ v: 1 as const, start, celebrated });
  it.each([
    ["none here: the file's comes back", null, course('2026-11-01'), course('2026-11-01'), null],
    ['another here: it is kept, and named', course('2026-11-20'), course('2026-11-01'), null, '2026-11-20'],
    [
      'the same, celebrated here: it stays celebrated',
      course('2026-11-01', true),
      course('2026-11-01'),
      course('2026-11-01', true),
      null,
    ],
    [
      'the same, celebrated in the file',
      course('2026-11-01'),
      course('2026-11-01', true),
      course('2026-11-01', true),
      null,
    ],
    ['none in the file: nothing changes', course('2026-11-20'), null, null, null],
  ])('%s', (_, here, file, save, kept) => {
    expect(courseAfterImport(here, file)).toEqual({ save, kept });
  });
});

describe('course properties', () => {
  const seed = runSeed();
  const params = { seed, numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };
  console.log(`course properties: seed ${seed} (TEST_SEED=${seed} to replay)`);

  /** Offsets of days with a routine within the first 60 days, and today's offset. */
  const history = fc.record({
    done: fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { maxLength: 60 }),
    today: fc.integer({ min: 0, max: 59 }),
  });

  it('counting is monotonic: a day of routines added never lowers the count', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 59 }), ({ done, today }, extra) => {
        const t = addDays(START, today);
        const before = courseProgress({ start: START }, days(done), t);
        const after = courseProgress({ start: START }, days([...done, extra]), t);
        expect(after.counted).toBeGreaterThanOrEqual(before.counted);
      }),
      params,
    );
  });

  it('a single missed day in any seven never breaks it', () => {
    fc.assert(
      // Misses at least seven days apart: never two in one 7-day window.
      fc.property(
        fc.array(fc.integer({ min: 7, max: 15 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 90 }),
        (gaps, first, today) => {
          const missed = new Set<number>();
          let at = first;
          for (const gap of gaps) {
            missed.add(at);
            at += gap;
          }
          const done = range(0, 90).filter((o) => !missed.has(o));
          const p = courseProgress({ start: START }, days(done), addDays(START, today));
          expect(p.status).not.toBe('broken');
        },
      ),
      params,
    );
  });

  it('two missed days in one 7-day window always break it, there', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 6 }), (first, apart) => {
        const second = first + apart;
        const done = range(0, 40).filter((o) => o !== first && o !== second);
        const p = courseProgress({ start: START }, days(done), addDays(START, second + 1));
        // Unless the course was done before the second miss.
        if (second - 1 >= COURSE_DAYS) return;
        expect(p).toMatchObject({ status: 'broken', endedOn: addDays(START, second) });
      }),
      params,
    );
  });

  it('the day shown is 1 to 30, never more than the days since the start, and counted days never exceed 30', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 9 }), ({ done, today }, routines) => {
        const t = addDays(START, today);
        const p = courseProgress({ start: START }, days(done, routines), t);
        expect(p.counted).toBeLessThanOrEqual(COURSE_DAYS);
        expect(p.day).toBeGreaterThanOrEqual(1);
        expect(p.day).toBeLessThanOrEqual(Math.min(COURSE_DAYS, daysBetween(START, t) + 1));
        expect(p.countedDays).toHaveLength(p.counted);
      }),
      params,
    );
  });
});

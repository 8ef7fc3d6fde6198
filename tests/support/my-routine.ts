import fc from 'fast-check';
import { VARIANT_SOURCES } from '@/src/content/routines';
import { LIBRARY, type LibraryEntry } from '@/src/core/routine/library';
import { MY_ROUTINE_SECONDS, type RoutineStep, routineSeconds } from '@/src/core/routine/my-routine';

// Routines a user could build, for property tests: valid ones made from the step library's facts
// alone (so they follow the library as steps are added), the way a person would put one together.

/** The steps that go together: a one-sided step with its twin (either side first), or one step. */
type Unit = readonly LibraryEntry[];

const unitsOf = (entries: readonly LibraryEntry[]): Unit[] => {
  const units: Unit[] = [];
  const taken = new Set<string>();
  for (const e of entries) {
    if (taken.has(e.id)) continue;
    const twin = e.twin === undefined ? undefined : entries.find((t) => t.id === e.twin);
    taken.add(e.id);
    if (twin) taken.add(twin.id);
    units.push(twin ? [e, twin] : [e]);
  }
  return units;
};

const posture = LIBRARY.filter((s) => s.role === 'posture');
const exercises = unitsOf(LIBRARY.filter((s) => s.phase === 'exercise' && s.role !== 'posture'));
const strokes = LIBRARY.filter((s) => s.role === 'stroke');
const massage = unitsOf(LIBRARY.filter((s) => s.phase === 'massage' && s.role !== 'stroke'));

/** Some of `units`, in any order, each pair in either order. */
const someUnits = (units: readonly Unit[]) =>
  fc
    .subarray([...units])
    .chain((picked) =>
      fc
        .tuple(
          fc.shuffledSubarray(picked, { minLength: picked.length }),
          fc.array(fc.boolean(), { minLength: picked.length, maxLength: picked.length }),
        )
        .map(([order, flips]) => order.flatMap((u, i) => (flips[i] ? [...u].reverse() : [...u]))),
    );

const timed = (entries: readonly LibraryEntry[]) =>
  fc
    .tuple(...entries.map((e) => fc.integer({ min: e.seconds.min, max: e.seconds.max })))
    .map((secs) => entries.map((e, i): RoutineStep => ({ step: e.id, seconds: secs[i] as number })));

/** The massage part: none, or strokes around some massage steps. */
const massagePart = fc.oneof(
  fc.constant<LibraryEntry[]>([]),
  fc
    .tuple(
      fc.shuffledSubarray(strokes, { minLength: Math.min(2, strokes.length), maxLength: 2 }),
      someUnits(massage),
    )
    .map(([ends, middle]) => {
      const [open, close] = ends;
      if (!open) return [];
      return close ? [open, ...middle, close] : [open];
    }),
);

/** A routine that keeps every rule: posture, some exercises, maybe a massage, 1–15 minutes. */
export const validRoutine: fc.Arbitrary<RoutineStep[]> = fc
  .tuple(fc.constantFrom(...posture), someUnits(exercises), massagePart)
  .chain(([p, ex, ms]) => timed([p, ...ex, ...ms]))
  .filter((r) => {
    const total = routineSeconds(r);
    return total >= MY_ROUTINE_SECONDS.min && total <= MY_ROUTINE_SECONDS.max;
  });

/** Any list of library steps (and the odd unknown one), at any length near their ranges. */
export const anyRoutine: fc.Arbitrary<RoutineStep[]> = fc.array(
  fc.record({
    step: fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...LIBRARY.map((s) => s.id)) },
      { weight: 1, arbitrary: fc.constant('zz-not-a-step') },
    ),
    seconds: fc.integer({ min: 1, max: 100 }),
  }),
  { maxLength: 24 },
);

/**
 * The full routine as a user may save it: its steps in its order, each at least the shortest
 * length the library allows a user's routine (a shipped routine may give a step less, where it
 * knows the step's neighbours: src/core/routine/library.ts).
 */
export const FULL_AS_MINE: readonly RoutineStep[] = VARIANT_SOURCES.full.steps.map(({ step, seconds }) => ({
  step,
  seconds: Math.max(seconds, LIBRARY.find((s) => s.id === step)?.seconds.min ?? seconds),
}));

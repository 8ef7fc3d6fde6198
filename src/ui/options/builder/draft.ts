import { VARIANT_SOURCES } from '@/src/content/routines';
import { LIBRARY } from '@/src/core/routine/library';
import { libraryStep, type RoutineStep } from '@/src/core/routine/my-routine';
import { SHIPPED_VARIANT_IDS } from '@/src/core/routine/plan';

// The builder's edits to a routine being built, as plain functions of the list: each returns a
// new list and leaves the one it was given alone. Whether the result keeps the rules is the
// core's to say (core/routine/my-routine.ts); these only never lose or duplicate a step.

const strokes = LIBRARY.filter((s) => s.role === 'stroke');
/**
 * Where a step goes in a routine the rules accept: posture, the exercises, the library's first
 * stroking, the rest of the massage, its last stroking; the library's order within each.
 */
const ORDER = new Map<string, number>(
  LIBRARY.map((s, i) => {
    const part = s.role === 'posture' ? 0 : s.phase === 'exercise' ? 1 : 3;
    const stroke = s.role === 'stroke' ? (s === strokes.at(-1) ? 4 : s === strokes[0] ? 2 : 3) : part;
    return [s.id, stroke * 1000 + i];
  }),
);
const orderOf = (id: string) => ORDER.get(id) ?? Number.POSITIVE_INFINITY;

/**
 * `seconds`, brought into the step's range: a shipped routine, which knows each step's
 * neighbours, may give a step less than a user's routine may (core/routine/library.ts).
 */
const inRange = (id: string, seconds: number) => {
  const range = libraryStep(id)?.seconds;
  return range ? Math.min(range.max, Math.max(range.min, seconds)) : seconds;
};

/** The length a newly added step starts with: what a shipped routine gives it (in its range), else its shortest. */
export function startingSeconds(id: string): number {
  for (const variant of SHIPPED_VARIANT_IDS) {
    const found = VARIANT_SOURCES[variant].steps.find((s) => s.step === id);
    if (found) return inRange(id, found.seconds);
  }
  return libraryStep(id)?.seconds.min ?? 0;
}

/**
 * Adds a step where the rules would have it (before the first step that comes after it in
 * ORDER), so steps added one by one land in an order that keeps them: posture first, exercises
 * before massage, the massage between strokes, a side's twin next to it. The user may move it.
 */
export function addStep(steps: readonly RoutineStep[], id: string): RoutineStep[] {
  if (steps.some((s) => s.step === id)) return [...steps];
  const at = steps.findIndex((s) => orderOf(s.step) > orderOf(id));
  const next = [...steps];
  next.splice(at < 0 ? next.length : at, 0, { step: id, seconds: startingSeconds(id) });
  return next;
}

export const removeStep = (steps: readonly RoutineStep[], index: number): RoutineStep[] =>
  steps.filter((_, i) => i !== index);

/** Swaps the step at `index` with its neighbour `by` (-1 up, +1 down); unchanged at either end. */
export function moveStep(steps: readonly RoutineStep[], index: number, by: -1 | 1): RoutineStep[] {
  const other = index + by;
  const next = [...steps];
  const a = next[index];
  const b = next[other];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[other] = a;
  return next;
}

/** Sets a step's length; `seconds` may be NaN while the box is empty (the rules refuse it). */
export const setSeconds = (steps: readonly RoutineStep[], index: number, seconds: number): RoutineStep[] =>
  steps.map((s, i) => (i === index ? { step: s.step, seconds } : s));

/** The full routine's steps and lengths, each within its range, a start to build from. */
export const fromFullRoutine = (): RoutineStep[] =>
  VARIANT_SOURCES.full.steps.map(({ step, seconds }) => ({ step, seconds: inRange(step, seconds) }));

/** Whether two routines are the same steps with the same lengths, in the same order. */
export const sameRoutine = (a: readonly RoutineStep[], b: readonly RoutineStep[]) =>
  a.length === b.length && a.every((s, i) => s.step === b[i]?.step && s.seconds === b[i]?.seconds);

import type { TimedPlan } from '@/src/core/routine';
import { SECOND } from '@/src/core/time';

// Plans for the player tests, written out here rather than imported from src/content: the core
// takes its plan as a parameter, and these tests must not change when the content is re-timed.

/** A plan from step lengths in seconds; ids are s0, s1, … */
export function planOf(seconds: readonly number[], id: TimedPlan['id'] = 'full'): TimedPlan {
  return { id, steps: seconds.map((s, i) => ({ id: `s${i}`, durationMs: s * SECOND })) };
}

/** The shape of the 5-minute routine: 19 steps, 300 s (docs/routine.md, Sources). */
export const FULL = planOf([10, 20, 20, 10, 10, 15, 15, 15, 15, 15, 15, 20, 20, 20, 20, 15, 15, 15, 15]);

/** The shape of the 2-minute routine: 10 steps, 120 s (docs/routine.md, Sources). */
export const QUICK = planOf([15, 15, 10, 15, 15, 10, 10, 10, 10, 10], 'quick');

/** Three steps of 10, 20 and 30 s: easy to reason about by hand. */
export const SHORT = planOf([10, 20, 30]);

/** Some fixed instant to start sessions at; the core never reads the clock. */
export const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);

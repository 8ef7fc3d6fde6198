// The step library's facts that the rules of a routine need, declared once: each step's id, its
// part of the routine, its side and the range of lengths it is safe and voiced for. The player's
// richer step (picture, choreography: src/content/steps.ts) is built on this entry; the worker,
// the settings' check of "My routine" and the builder need only this. Pure data, no zod.

export const PHASES = ['exercise', 'massage'] as const;
export type Phase = (typeof PHASES)[number];

/** The user's own side: the way the head moves in an exercise, the side worked in a massage step. */
export const SIDES = ['both', 'left', 'right'] as const;
export type Side = (typeof SIDES)[number];

/** How long a step may last, in whole seconds. */
export interface SecondsRange {
  readonly min: number;
  readonly max: number;
}

const entry = <const Id extends string>(id: Id, phase: Phase, side: Side, seconds: SecondsRange) => ({
  id,
  phase,
  side,
  seconds,
});

// The shortest length is the shortest a shipped routine gives the step, which the voice-timing
// tests prove every cue fits at every speaking rate; the longest keeps a held position within
// the source's half-minute hold (a held step holds for about a fifth of its length, the rest is
// moving in, out and resting) and a massage step within a few minutes' work on one area.
const HOLD = { min: 15, max: 60 };
const SHORT_HOLD = { min: 12, max: 45 };

/**
 * Every step, in the order of the full routine: gymnastics first, massage after
 * (docs/routine.md, Safety: rule 9).
 */
export const LIBRARY = [
  entry('ex-posture', 'exercise', 'both', { min: 10, max: 30 }),
  entry('ex-metronome-r', 'exercise', 'right', HOLD),
  entry('ex-metronome-l', 'exercise', 'left', HOLD),
  entry('ex-spring-down', 'exercise', 'both', SHORT_HOLD),
  entry('ex-spring-up', 'exercise', 'both', SHORT_HOLD),
  entry('ex-goose-r', 'exercise', 'right', { min: 16, max: 60 }),
  entry('ex-goose-l', 'exercise', 'left', { min: 16, max: 60 }),
  entry('ex-sky-r', 'exercise', 'right', HOLD),
  entry('ex-sky-l', 'exercise', 'left', HOLD),
  entry('ex-frame-r', 'exercise', 'right', HOLD),
  entry('ex-frame-l', 'exercise', 'left', HOLD),
  entry('ex-heron', 'exercise', 'both', { min: 18, max: 60 }),
  entry('ms-stroke-open', 'massage', 'both', { min: 12, max: 60 }),
  entry('ms-rub', 'massage', 'both', { min: 11, max: 90 }),
  entry('ms-pinch', 'massage', 'both', { min: 15, max: 90 }),
  entry('ms-squeeze', 'massage', 'both', { min: 15, max: 90 }),
  entry('ms-knead-l', 'massage', 'left', { min: 8, max: 60 }),
  entry('ms-knead-r', 'massage', 'right', { min: 8, max: 60 }),
  entry('ms-stroke-close', 'massage', 'both', { min: 9, max: 60 }),
] as const;

export type LibraryStep = (typeof LIBRARY)[number];
export type StepId = LibraryStep['id'];

/** The step ids in routine order. */
export const STEP_IDS: readonly StepId[] = LIBRARY.map((s) => s.id);

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

/**
 * What a step is for, where a routine's rules ask for it (core/routine/my-routine.ts): `posture`
 * puts the user into the seated position every routine starts from; `stroke` is light stroking,
 * which opens and closes every massage (light, then deeper, then light again).
 */
export type StepRole = 'posture' | 'stroke';

/** The facts a step may add: its role, and a one-sided step's other side (its twin). */
interface StepExtras {
  readonly role?: StepRole;
  /** The same movement to the other side: every one-sided step has one, and they name each other. */
  readonly twin?: string;
}

/** A step of the library, as every user of it may read it (any of its optional facts included). */
export interface LibraryEntry<Id extends string = string> extends StepExtras {
  readonly id: Id;
  readonly phase: Phase;
  readonly side: Side;
  readonly seconds: SecondsRange;
}

const entry = <const Id extends string>(
  id: Id,
  phase: Phase,
  side: Side,
  seconds: SecondsRange,
  extras: StepExtras = {},
): LibraryEntry<Id> => ({ id, phase, side, seconds, ...extras });

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
  entry('ex-posture', 'exercise', 'both', { min: 10, max: 30 }, { role: 'posture' }),
  entry('ex-metronome-r', 'exercise', 'right', HOLD, { twin: 'ex-metronome-l' }),
  entry('ex-metronome-l', 'exercise', 'left', HOLD, { twin: 'ex-metronome-r' }),
  entry('ex-spring-down', 'exercise', 'both', SHORT_HOLD),
  entry('ex-spring-up', 'exercise', 'both', SHORT_HOLD),
  entry('ex-goose-r', 'exercise', 'right', { min: 16, max: 60 }, { twin: 'ex-goose-l' }),
  entry('ex-goose-l', 'exercise', 'left', { min: 16, max: 60 }, { twin: 'ex-goose-r' }),
  entry('ex-sky-r', 'exercise', 'right', HOLD, { twin: 'ex-sky-l' }),
  entry('ex-sky-l', 'exercise', 'left', HOLD, { twin: 'ex-sky-r' }),
  entry('ex-frame-r', 'exercise', 'right', HOLD, { twin: 'ex-frame-l' }),
  entry('ex-frame-l', 'exercise', 'left', HOLD, { twin: 'ex-frame-r' }),
  entry('ex-heron', 'exercise', 'both', { min: 18, max: 60 }),
  entry('ms-stroke-open', 'massage', 'both', { min: 12, max: 60 }, { role: 'stroke' }),
  entry('ms-rub', 'massage', 'both', { min: 11, max: 90 }),
  entry('ms-pinch', 'massage', 'both', { min: 15, max: 90 }),
  entry('ms-squeeze', 'massage', 'both', { min: 15, max: 90 }),
  entry('ms-knead-l', 'massage', 'left', { min: 8, max: 60 }, { twin: 'ms-knead-r' }),
  entry('ms-knead-r', 'massage', 'right', { min: 8, max: 60 }, { twin: 'ms-knead-l' }),
  entry('ms-stroke-close', 'massage', 'both', { min: 9, max: 60 }, { role: 'stroke' }),
] as const;

export type LibraryStep = (typeof LIBRARY)[number];
export type StepId = LibraryStep['id'];

/** The step ids in routine order. */
export const STEP_IDS: readonly StepId[] = LIBRARY.map((s) => s.id);

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

// A step's range is every length "My routine" may give it, wherever the rules of a routine put it
// (core/routine/my-routine.ts). The shortest is one the voice fits in every such place: before any
// step that may follow (so the longest "Next: …" too), at every speaking rate, in every language
// (library-voice.test.ts plays each step at both ends of its range). The longest keeps a held
// position within the source's half-minute hold (a held step holds for about a fifth of its length,
// the rest is moving in, out and resting) and a massage step within a few minutes' work on one
// area. A shipped routine knows each step's neighbours, so it may give a step less than its
// shortest (the quick routine's 8-s kneading is followed by its other side, which "Next" names in a
// word): voice-timing.test.ts proves every shipped routine in place against a real synthesiser's
// recordings; it may never give more than the longest.

// Each pair of sides shares one range.
const METRONOME = { min: 15, max: 60 };
const GOOSE = { min: 18, max: 60 };
const SKY = { min: 17, max: 60 };
const FRAME = { min: 18, max: 60 };
const KNEAD = { min: 13, max: 60 };
const TILT = { min: 25, max: 40 };
// The same exercise with the source's half-minute hold (the longer session): the hold is about two
// thirds of the step, so 45–50 s holds it for 30–33 s.
const HALF_MINUTE_HOLD = { min: 45, max: 50 };
// The evening's massage of the neck and scalp: a few minutes' work at most on one area.
const EVENING = { min: 25, max: 90 };

/**
 * Every step, gymnastics first, massage after (docs/routine.md, Safety: rule 9): the full
 * routine's order, each exercise's half-minute form after its short one, the evening's steps last.
 */
export const LIBRARY = [
  entry('ex-posture', 'exercise', 'both', { min: 10, max: 30 }, { role: 'posture' }),
  entry('ex-metronome-r', 'exercise', 'right', METRONOME, { twin: 'ex-metronome-l' }),
  entry('ex-metronome-l', 'exercise', 'left', METRONOME, { twin: 'ex-metronome-r' }),
  entry('ex-spring-down', 'exercise', 'both', { min: 12, max: 45 }),
  entry('ex-spring-up', 'exercise', 'both', { min: 13, max: 45 }),
  entry('ex-goose-r', 'exercise', 'right', GOOSE, { twin: 'ex-goose-l' }),
  entry('ex-goose-l', 'exercise', 'left', GOOSE, { twin: 'ex-goose-r' }),
  entry('ex-goose-long-r', 'exercise', 'right', HALF_MINUTE_HOLD, { twin: 'ex-goose-long-l' }),
  entry('ex-goose-long-l', 'exercise', 'left', HALF_MINUTE_HOLD, { twin: 'ex-goose-long-r' }),
  entry('ex-sky-r', 'exercise', 'right', SKY, { twin: 'ex-sky-l' }),
  entry('ex-sky-l', 'exercise', 'left', SKY, { twin: 'ex-sky-r' }),
  entry('ex-sky-long-r', 'exercise', 'right', HALF_MINUTE_HOLD, { twin: 'ex-sky-long-l' }),
  entry('ex-sky-long-l', 'exercise', 'left', HALF_MINUTE_HOLD, { twin: 'ex-sky-long-r' }),
  entry('ex-frame-r', 'exercise', 'right', FRAME, { twin: 'ex-frame-l' }),
  entry('ex-frame-l', 'exercise', 'left', FRAME, { twin: 'ex-frame-r' }),
  entry('ex-frame-long-r', 'exercise', 'right', HALF_MINUTE_HOLD, { twin: 'ex-frame-long-l' }),
  entry('ex-frame-long-l', 'exercise', 'left', HALF_MINUTE_HOLD, { twin: 'ex-frame-long-r' }),
  entry('ex-heron', 'exercise', 'both', { min: 20, max: 60 }),
  entry('ms-stroke-open', 'massage', 'both', { min: 12, max: 60 }, { role: 'stroke' }),
  entry('ms-rub', 'massage', 'both', { min: 11, max: 90 }),
  entry('ms-pinch', 'massage', 'both', { min: 15, max: 90 }),
  entry('ms-squeeze', 'massage', 'both', { min: 15, max: 90 }),
  entry('ms-knead-l', 'massage', 'left', KNEAD, { twin: 'ms-knead-r' }),
  entry('ms-knead-r', 'massage', 'right', KNEAD, { twin: 'ms-knead-l' }),
  entry('ms-stroke-close', 'massage', 'both', { min: 20, max: 60 }, { role: 'stroke' }),
  // The evening's massage of the neck and scalp, played between the same opening and closing strokes.
  entry('ev-press', 'massage', 'both', EVENING),
  entry('ev-skull', 'massage', 'both', EVENING),
  entry('ev-scalp', 'massage', 'both', EVENING),
  entry('ev-forehead', 'massage', 'both', EVENING),
  entry('ev-ears', 'massage', 'both', EVENING),
  entry('ev-tilt-r', 'massage', 'right', TILT, { twin: 'ev-tilt-l' }),
  entry('ev-tilt-l', 'massage', 'left', TILT, { twin: 'ev-tilt-r' }),
  entry('ev-cradle', 'massage', 'both', EVENING),
] as const;

export type LibraryStep = (typeof LIBRARY)[number];
export type StepId = LibraryStep['id'];

/** The step ids in routine order. */
export const STEP_IDS: readonly StepId[] = LIBRARY.map((s) => s.id);

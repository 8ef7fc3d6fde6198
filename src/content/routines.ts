import type { RoutineStep } from '@/src/core/routine/my-routine';
import type { ShippedVariantId, TimedPlan, TimedStep, VariantId } from '@/src/core/routine/plan';
import { SECOND } from '@/src/core/time';
import type { VariantSource } from './schema';

// The routines that ship (docs/routine.md, Sources and Timing): which library step, for how long, in
// what order. Language-free. This module is all the worker and the popup's first screen need of a
// routine (its steps' lengths, to start, time and stop a session), so it imports no step data:
// the step library and its choreography load with the player (variants.ts).

/** Extra text shown under a step's name; the words are in the language modules under `subtitles`. */
export const SUBTITLE_KEYS = ['sitTall'] as const;
export type SubtitleKey = (typeof SUBTITLE_KEYS)[number];

export const VARIANT_SOURCES: Readonly<Record<ShippedVariantId, VariantSource>> = {
  // 180 s of gymnastics, then 120 s of self-massage.
  full: {
    id: 'full',
    steps: [
      { step: 'ex-posture', seconds: 10 },
      { step: 'ex-metronome-r', seconds: 18 },
      { step: 'ex-metronome-l', seconds: 18 },
      { step: 'ex-spring-down', seconds: 12 },
      { step: 'ex-spring-up', seconds: 12 },
      { step: 'ex-goose-r', seconds: 16 },
      { step: 'ex-goose-l', seconds: 16 },
      { step: 'ex-sky-r', seconds: 15 },
      { step: 'ex-sky-l', seconds: 15 },
      { step: 'ex-frame-r', seconds: 15 },
      { step: 'ex-frame-l', seconds: 15 },
      { step: 'ex-heron', seconds: 18 },
      { step: 'ms-stroke-open', seconds: 20 },
      { step: 'ms-rub', seconds: 20 },
      { step: 'ms-pinch', seconds: 20 },
      { step: 'ms-squeeze', seconds: 15 },
      { step: 'ms-knead-l', seconds: 15 },
      { step: 'ms-knead-r', seconds: 15 },
      { step: 'ms-stroke-close', seconds: 15 },
    ],
  },
  // 72 s + 48 s. No posture step of its own: the first step carries the posture cue as a subtitle.
  quick: {
    id: 'quick',
    steps: [
      { step: 'ex-metronome-r', seconds: 15, subtitle: 'sitTall' },
      { step: 'ex-metronome-l', seconds: 15 },
      { step: 'ex-spring-down', seconds: 12 },
      { step: 'ex-sky-r', seconds: 15 },
      { step: 'ex-sky-l', seconds: 15 },
      { step: 'ms-stroke-open', seconds: 11 },
      { step: 'ms-rub', seconds: 11 },
      { step: 'ms-knead-l', seconds: 8 },
      { step: 'ms-knead-r', seconds: 8 },
      { step: 'ms-stroke-close', seconds: 10 },
    ],
  },
  // 395 s of gymnastics with the source's half-minute holds (Goose, Look at the sky, Frame), both
  // sides of every exercise, then 205 s of self-massage: 10 minutes.
  longer: {
    id: 'longer',
    steps: [
      { step: 'ex-posture', seconds: 15 },
      { step: 'ex-metronome-r', seconds: 24 },
      { step: 'ex-metronome-l', seconds: 24 },
      { step: 'ex-spring-down', seconds: 16 },
      { step: 'ex-spring-up', seconds: 16 },
      { step: 'ex-goose-long-r', seconds: 45 },
      { step: 'ex-goose-long-l', seconds: 45 },
      { step: 'ex-sky-long-r', seconds: 45 },
      { step: 'ex-sky-long-l', seconds: 45 },
      { step: 'ex-frame-long-r', seconds: 45 },
      { step: 'ex-frame-long-l', seconds: 45 },
      { step: 'ex-heron', seconds: 30 },
      { step: 'ms-stroke-open', seconds: 30 },
      { step: 'ms-rub', seconds: 35 },
      { step: 'ms-pinch', seconds: 30 },
      { step: 'ms-squeeze', seconds: 30 },
      { step: 'ms-knead-l', seconds: 25 },
      { step: 'ms-knead-r', seconds: 25 },
      { step: 'ms-stroke-close', seconds: 30 },
    ],
  },
  // Massage only, for the end of the day: the source's relaxing neck and scalp massage between the
  // opening and closing strokes, 300 s. Seated, so the posture cue is the first step's subtitle.
  evening: {
    id: 'evening',
    steps: [
      { step: 'ms-stroke-open', seconds: 30, subtitle: 'sitTall' },
      { step: 'ev-press', seconds: 30 },
      { step: 'ev-skull', seconds: 30 },
      { step: 'ev-scalp', seconds: 40 },
      { step: 'ev-forehead', seconds: 30 },
      { step: 'ev-ears', seconds: 30 },
      { step: 'ev-tilt-r', seconds: 25 },
      { step: 'ev-tilt-l', seconds: 25 },
      { step: 'ev-cradle', seconds: 30 },
      { step: 'ms-stroke-close', seconds: 30 },
    ],
  },
};

const timed: Partial<Record<ShippedVariantId, TimedPlan>> = {};

const timedSteps = (steps: readonly RoutineStep[]) =>
  steps.map(({ step, seconds }): TimedStep => ({ id: step, durationMs: seconds * SECOND }));

/**
 * A routine's steps and lengths: a shipped one's, built the first time it is asked for, or the
 * user's own (`'mine'`) as the settings hold it now (`settings.routine.mine`, passed as `mine`).
 * A 'mine' session whose routine was changed while it ran is clamped by the core to the routine
 * it finds (core/routine/timeline.ts), like a shipped plan changed by an update.
 */
export function timedPlan(id: ShippedVariantId): TimedPlan;
export function timedPlan(id: VariantId, mine: readonly RoutineStep[]): TimedPlan;
export function timedPlan(id: VariantId, mine: readonly RoutineStep[] = []): TimedPlan {
  if (id === 'mine') return { id, steps: timedSteps(mine) };
  timed[id] ??= { id, steps: timedSteps(VARIANT_SOURCES[id].steps) };
  return timed[id];
}

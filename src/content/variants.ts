import type { TimedPlan, VariantId } from '@/src/core/routine/plan';
import { SECOND } from '@/src/core/time';
import type { StepDefinition, VariantSource } from './schema';
import { findStep, STEPS } from './steps';

// The two routines (docs/routine.md, Sources and Timing) as plans the player core walks through:
// which step, for how long, in what order. Language-free; text comes from loadRoutineText().

/** Extra text shown under a step's name; the words are in the language modules under `subtitles`. */
export const SUBTITLE_KEYS = ['sitTall'] as const;
export type SubtitleKey = (typeof SUBTITLE_KEYS)[number];

export const VARIANT_SOURCES: Readonly<Record<VariantId, VariantSource>> = {
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
      { step: 'ms-stroke-open', seconds: 12 },
      { step: 'ms-rub', seconds: 11 },
      { step: 'ms-knead-l', seconds: 8 },
      { step: 'ms-knead-r', seconds: 8 },
      { step: 'ms-stroke-close', seconds: 9 },
    ],
  },
};

/** A step as a routine plays it: the library's step, placed and timed. */
export type PlanStep = StepDefinition & {
  /** Offset of the step's start from the start of the routine. */
  startMs: number;
  durationMs: number;
  subtitle?: SubtitleKey;
};

/** A shipped routine: the core's plan with content's steps, and its length without the countdown. */
export type RoutinePlan = TimedPlan<PlanStep> & { totalMs: number };

/** Joins a variant's durations with the step definitions. Throws on an unknown step id. */
export function buildPlan(
  source: VariantSource,
  definitions: readonly StepDefinition[] = STEPS,
): RoutinePlan {
  let startMs = 0;
  const steps = source.steps.map(({ step, seconds, subtitle }): PlanStep => {
    const def = findStep(step, definitions);
    if (!def) throw new Error(`variant "${source.id}" uses undefined step "${step}"`);
    const durationMs = seconds * SECOND;
    const planStep: PlanStep = {
      id: def.id,
      phase: def.phase,
      side: def.side,
      startMs,
      durationMs,
      picture: def.picture,
    };
    if (subtitle) planStep.subtitle = subtitle;
    startMs += durationMs;
    return planStep;
  });
  return { id: source.id, steps, totalMs: startMs };
}

const plans: Partial<Record<VariantId, RoutinePlan>> = {};

/**
 * A shipped routine's plan, built the first time it is asked for: the worker needs one only
 * while a routine runs, and the popup only once it shows the player, so neither builds plans as
 * it starts.
 */
export function getVariant(id: VariantId): RoutinePlan {
  plans[id] ??= buildPlan(VARIANT_SOURCES[id]);
  return plans[id];
}

import type { StepDefinition } from './schema';

// The routine's steps as language-free data (docs/routine.md, Sources). A step's words (text,
// script, About) live in the per-language modules (lang/<locale>.ts), keyed by these ids. This module and
// variants.ts are the only parts the popup loads at startup, so they stay tiny and free of zod
// (the step's type comes from its schema through a type-only import).

export const PHASES = ['exercise', 'massage'] as const;
export type Phase = (typeof PHASES)[number];

/** The user's own side: the way the head moves in an exercise, the side worked in a massage step. */
export const SIDES = ['both', 'left', 'right'] as const;
export type Side = (typeof SIDES)[number];

// Each step draws its own pose, so the picture key is the step id.
const step = <const Id extends string>(id: Id, phase: Phase, side: Side) => ({
  id,
  phase,
  side,
  picture: id,
});

/**
 * Every step, each declared once here, in the order of the full routine: gymnastics first,
 * massage after (docs/routine.md, Safety: rule 9). The ids and their type come from this list;
 * the tables keyed by step (text, script, choreography) are typed by it, and the tests hold the
 * poses to it.
 */
export const STEPS = [
  step('ex-posture', 'exercise', 'both'),
  step('ex-metronome-r', 'exercise', 'right'),
  step('ex-metronome-l', 'exercise', 'left'),
  step('ex-spring-down', 'exercise', 'both'),
  step('ex-spring-up', 'exercise', 'both'),
  step('ex-goose-r', 'exercise', 'right'),
  step('ex-goose-l', 'exercise', 'left'),
  step('ex-sky-r', 'exercise', 'right'),
  step('ex-sky-l', 'exercise', 'left'),
  step('ex-frame-r', 'exercise', 'right'),
  step('ex-frame-l', 'exercise', 'left'),
  step('ex-heron', 'exercise', 'both'),
  step('ms-stroke-open', 'massage', 'both'),
  step('ms-rub', 'massage', 'both'),
  step('ms-pinch', 'massage', 'both'),
  step('ms-squeeze', 'massage', 'both'),
  step('ms-knead-l', 'massage', 'left'),
  step('ms-knead-r', 'massage', 'right'),
  step('ms-stroke-close', 'massage', 'both'),
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** The step ids in routine order. */
export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

export function findStep(id: string, steps: readonly StepDefinition[] = STEPS): StepDefinition | undefined {
  return steps.find((s) => s.id === id);
}

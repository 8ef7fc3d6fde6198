// The routine's steps as language-free data (routine-content.md §2.1). Text for each step lives
// in the per-language modules (text.en.ts, text.ru.ts), keyed by these ids. This module and
// variants.ts are the only parts the popup loads at startup, so they stay tiny and free of zod.

export const PHASES = ['exercise', 'massage'] as const;
export type Phase = (typeof PHASES)[number];

/** The user's own side: the way the head moves in an exercise, the side worked in a massage step. */
export const SIDES = ['both', 'left', 'right'] as const;
export type Side = (typeof SIDES)[number];

/** Every step, in the order of the full routine: gymnastics first, massage after (§3.2 rule 9). */
export const STEP_IDS = [
  'ex-posture',
  'ex-metronome-r',
  'ex-metronome-l',
  'ex-spring-down',
  'ex-spring-up',
  'ex-goose-r',
  'ex-goose-l',
  'ex-sky-r',
  'ex-sky-l',
  'ex-frame-r',
  'ex-frame-l',
  'ex-heron',
  'ms-stroke-open',
  'ms-rub',
  'ms-pinch',
  'ms-squeeze',
  'ms-knead-l',
  'ms-knead-r',
  'ms-stroke-close',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepDefinition {
  id: StepId;
  phase: Phase;
  side: Side;
  /** Names the figure pose to draw; the illustration keys on it. */
  picture: string;
}

// Each step draws its own pose, so the picture key is the step id.
const step = (id: StepId, phase: Phase, side: Side): StepDefinition => ({ id, phase, side, picture: id });

export const STEPS: readonly StepDefinition[] = [
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
];

export function findStep(id: string, steps: readonly StepDefinition[] = STEPS): StepDefinition | undefined {
  return steps.find((s) => s.id === id);
}

import {
  type Choreography,
  HELD,
  HELD_LONG,
  type Move,
  SET_THEN_HELD,
  SWITCHED,
  WORKED,
} from './choreography';
import type { StepDefinition } from './schema';

// The step library as language-free data (docs/routine.md, Sources): each step's part, side,
// picture and choreography, declared once. A step's words (text, script, About) live in the
// per-language modules (lang/<locale>.ts), keyed by these ids; its pose in src/ui/figure/poses.ts.
// Free of zod at run time (the step's type comes from its schema through a type-only import).

export const PHASES = ['exercise', 'massage'] as const;
export type Phase = (typeof PHASES)[number];

/** The user's own side: the way the head moves in an exercise, the side worked in a massage step. */
export const SIDES = ['both', 'left', 'right'] as const;
export type Side = (typeof SIDES)[number];

// Each step draws its own pose, so the picture key is the step id. Its choreography (what the body
// does when, as shares of the step) is declared with it: see choreography.ts for the moves.
const step = <const Id extends string>(id: Id, phase: Phase, side: Side, choreography: Choreography) => ({
  id,
  phase,
  side,
  picture: id,
  choreography,
});

// Choreographies that several steps share.
const held = (lines: readonly Move[], cues: Choreography['cues']): Choreography => ({
  moves: HELD,
  cues,
  lines,
});
const HOLD_CUE = { move: 'hold', role: 'confirm' } as const;
const BACK_CUE = { move: 'out', role: 'movement' } as const;
const DIZZY_CUE = { move: 'hold', role: 'safety' } as const;
const metronome = held(['in', 'hold', 'out'], [HOLD_CUE, BACK_CUE]);
const goose: Choreography = { moves: HELD_LONG, cues: [DIZZY_CUE, BACK_CUE], lines: ['in', 'in', 'out'] };
// Look at the sky's first instruction says both movements, the turn and the small lift: a longer move in.
const sky: Choreography = {
  moves: [
    { move: 'in', until: 0.26 },
    { move: 'hold', until: 0.59 },
    { move: 'out', until: 0.8 },
    { move: 'rest', until: 1 },
  ],
  cues: [DIZZY_CUE, BACK_CUE],
  lines: ['in', 'in', 'out'],
};
const armFirst: Choreography = {
  moves: SET_THEN_HELD,
  cues: [{ move: 'in', role: 'movement' }, HOLD_CUE, BACK_CUE],
  lines: ['setup', 'in', 'out'],
};
const switchHalfway: Choreography = {
  moves: SWITCHED,
  cues: [{ move: 'switch', role: 'movement' }],
  lines: ['work', 'switch'],
};
const kneading: Choreography = {
  moves: WORKED,
  cues: [{ move: 'work', role: 'confirm' }],
  lines: ['work', 'work'],
};
const stroking: Choreography = { moves: WORKED, cues: [], lines: ['work', 'work'] };

/**
 * Every step, each declared once here, in the order of the full routine: gymnastics first,
 * massage after (docs/routine.md, Safety: rule 9). The ids and their type come from this list;
 * the tables keyed by step (text, script, choreography) are typed by it, and the tests hold the
 * poses to it. Loaded with the player: the worker and the popup's first screen need only
 * routines.ts.
 */
export const STEPS = [
  // Slumped, then upright, then holding the posture it teaches.
  step('ex-posture', 'exercise', 'both', {
    moves: [
      { move: 'in', until: 0.45 },
      { move: 'hold', until: 1 },
    ],
    cues: [],
    lines: ['in', 'hold'],
  }),
  step('ex-metronome-r', 'exercise', 'right', metronome),
  step('ex-metronome-l', 'exercise', 'left', metronome),
  step('ex-spring-down', 'exercise', 'both', held(['in', 'hold', 'out'], [BACK_CUE])),
  step('ex-spring-up', 'exercise', 'both', held(['in', 'out'], [BACK_CUE])),
  step('ex-goose-r', 'exercise', 'right', goose),
  step('ex-goose-l', 'exercise', 'left', goose),
  step('ex-sky-r', 'exercise', 'right', sky),
  step('ex-sky-l', 'exercise', 'left', sky),
  step('ex-frame-r', 'exercise', 'right', armFirst),
  step('ex-frame-l', 'exercise', 'left', armFirst),
  step('ex-heron', 'exercise', 'both', armFirst),
  step('ms-stroke-open', 'massage', 'both', stroking),
  step('ms-rub', 'massage', 'both', {
    moves: [
      { move: 'work', until: 0.35 },
      { move: 'switch', until: 1 },
    ],
    cues: [{ move: 'switch', role: 'movement' }],
    lines: ['work', 'switch'],
  }),
  step('ms-pinch', 'massage', 'both', { ...switchHalfway, lines: ['work', 'work', 'switch'] }),
  step('ms-squeeze', 'massage', 'both', switchHalfway),
  step('ms-knead-l', 'massage', 'left', kneading),
  step('ms-knead-r', 'massage', 'right', kneading),
  step('ms-stroke-close', 'massage', 'both', stroking),
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** The step ids in routine order. */
export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

/** Each step's choreography by its id, for the figure, the voice and the step card. */
export const CHOREOGRAPHY: Readonly<Record<StepId, Choreography>> = choreographyById();

function choreographyById(): Record<StepId, Choreography> {
  const table: Partial<Record<StepId, Choreography>> = {};
  for (const s of STEPS) table[s.id] = s.choreography;
  return table as Record<StepId, Choreography>;
}

export function findStep(id: string, steps: readonly StepDefinition[] = STEPS): StepDefinition | undefined {
  return steps.find((s) => s.id === id);
}

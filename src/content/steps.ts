import { LIBRARY, type StepId } from '@/src/core/routine/library';
import {
  type Choreography,
  HELD,
  HELD_HALF_MINUTE,
  HELD_LONG,
  type Move,
  SET_THEN_HELD,
  SET_THEN_HELD_HALF_MINUTE,
  SWITCHED,
  WORKED,
} from './choreography';
import type { StepDefinition } from './schema';

// The step library as the player needs it: each library step (src/core/routine/library.ts: id,
// part, side, safe lengths) with its picture and choreography. A step's words (text, script,
// About) live in the per-language modules (lang/<locale>.ts), keyed by the same ids; its pose in
// src/ui/figure/poses.ts. Free of zod at run time (the step's type comes from its schema through
// a type-only import).

export { PHASES, type Phase, SIDES, type Side, STEP_IDS, type StepId } from '@/src/core/routine/library';

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
/** Massage worked throughout with one short reminder of how (kneading, the evening's presses). */
const workedWithReminder: Choreography = {
  moves: WORKED,
  cues: [{ move: 'work', role: 'confirm' }],
  lines: ['work', 'work'],
};
const stroking: Choreography = { moves: WORKED, cues: [], lines: ['work', 'work'] };
/**
 * The massage's last step: the strokes, then the hands come to rest on the thighs for the last
 * stretch, as its second line says (said too: a listener with closed eyes hears when to stop).
 */
const closingStrokes: Choreography = {
  moves: [
    { move: 'work', until: 0.65 },
    { move: 'rest', until: 1 },
  ],
  cues: [{ move: 'rest', role: 'movement' }],
  lines: ['work', 'rest'],
};

// The longer session's half-minute holds: the same movement and lines, a hold of about 30 s, said
// as it begins (with a reminder to breathe: a long hold is where breath gets held).
const halfMinuteHold = (short: Choreography): Choreography => ({
  ...short,
  moves: HELD_HALF_MINUTE,
  cues: [DIZZY_CUE, HOLD_CUE, BACK_CUE],
});
const gooseLong = halfMinuteHold(goose);
const skyLong = halfMinuteHold(sky);
const frameLong: Choreography = { ...armFirst, moves: SET_THEN_HELD_HALF_MINUTE };

// The evening's massage (workedWithReminder and stroking above serve it too); the tilts are held
// gently, longer in than an exercise, and come back upright.
const tilt: Choreography = {
  moves: [
    { move: 'in', until: 0.3 },
    { move: 'hold', until: 0.55 },
    { move: 'out', until: 0.8 },
    { move: 'rest', until: 1 },
  ],
  cues: [BACK_CUE],
  lines: ['in', 'out'],
};

/** Each library step's choreography, by its id. A library step without one fails the type check. */
const CHOREOGRAPHIES: Readonly<Record<StepId, Choreography>> = {
  // Slumped, then upright, then holding the posture it teaches.
  'ex-posture': {
    moves: [
      { move: 'in', until: 0.45 },
      { move: 'hold', until: 1 },
    ],
    cues: [],
    lines: ['in', 'hold'],
  },
  'ex-metronome-r': metronome,
  'ex-metronome-l': metronome,
  'ex-spring-down': held(['in', 'hold', 'out'], [BACK_CUE]),
  'ex-spring-up': held(['in', 'out'], [BACK_CUE]),
  'ex-goose-r': goose,
  'ex-goose-l': goose,
  'ex-goose-long-r': gooseLong,
  'ex-goose-long-l': gooseLong,
  'ex-sky-r': sky,
  'ex-sky-l': sky,
  'ex-sky-long-r': skyLong,
  'ex-sky-long-l': skyLong,
  'ex-frame-r': armFirst,
  'ex-frame-l': armFirst,
  'ex-frame-long-r': frameLong,
  'ex-frame-long-l': frameLong,
  'ex-heron': armFirst,
  'ms-stroke-open': stroking,
  'ms-rub': {
    moves: [
      { move: 'work', until: 0.35 },
      { move: 'switch', until: 1 },
    ],
    cues: [{ move: 'switch', role: 'movement' }],
    lines: ['work', 'switch'],
  },
  'ms-pinch': { ...switchHalfway, lines: ['work', 'work', 'switch'] },
  'ms-squeeze': switchHalfway,
  'ms-knead-l': workedWithReminder,
  'ms-knead-r': workedWithReminder,
  'ms-stroke-close': closingStrokes,
  'ev-press': workedWithReminder,
  'ev-skull': workedWithReminder,
  // From the temples, then up over the crown.
  'ev-scalp': {
    moves: [
      { move: 'work', until: 0.4 },
      { move: 'switch', until: 1 },
    ],
    cues: [{ move: 'switch', role: 'movement' }],
    lines: ['work', 'switch'],
  },
  'ev-forehead': stroking,
  'ev-ears': workedWithReminder,
  'ev-tilt-r': tilt,
  'ev-tilt-l': tilt,
  'ev-cradle': workedWithReminder,
};

/**
 * Every step, in the library's order (the full routine's: gymnastics first, massage after). Each
 * draws its own pose, so the picture key is the step id. Loaded with the player: the worker and
 * the popup's first screen need only routines.ts.
 */
export const STEPS = LIBRARY.map(({ id, phase, side }) => ({
  id,
  phase,
  side,
  picture: id,
  choreography: CHOREOGRAPHIES[id],
}));

/** Each step's choreography by its id, for the figure, the voice and the step card. */
export const CHOREOGRAPHY: Readonly<Record<StepId, Choreography>> = CHOREOGRAPHIES;

export function findStep(id: string, steps: readonly StepDefinition[] = STEPS): StepDefinition | undefined {
  return steps.find((s) => s.id === id);
}

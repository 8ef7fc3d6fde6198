import type { StepId } from './steps';

// Each step's movement, declared once: what the body does in which stretch of the step. The
// figure's animation, when the voice says each cue and which line of the on-screen instruction is
// highlighted are all derived from this table (figure-motion.ts, cue-timeline.ts, StepCard), so the
// picture, the voice and the words cannot drift apart. Shares are of the step's length, so one
// choreography serves a 10-s step in the quick routine and a 20-s one in the full routine.

/**
 * The stretches of a step. `setup`: getting into the starting position (a hand onto a shoulder);
 * `in`: moving into the position; `hold`: staying there; `out`: coming back to neutral; `rest`:
 * sitting still, neutral, while the next step is announced; `work`: a massage movement repeated;
 * `switch`: changing hands or sides mid-step.
 */
export const MOVES = ['setup', 'in', 'hold', 'out', 'rest', 'work', 'switch'] as const;
export type Move = (typeof MOVES)[number];

/**
 * Why a timed cue is said, which decides what the voice may leave out when it is too slow to say
 * everything in time (a low speaking rate): `safety` is never left out; `movement` tells a listener
 * with closed eyes what to do and goes only when nothing else is left to drop; `confirm` ("Hold.")
 * repeats what the movement already implies and goes first.
 */
export type CueRole = 'safety' | 'movement' | 'confirm';

export interface MoveSpan {
  move: Move;
  /** Where the move ends, as a share of the step; the last one ends at 1. */
  until: number;
}

export interface Choreography {
  /** The step's moves in order, covering it from 0 to 1. The start cue is said as the first begins. */
  moves: readonly MoveSpan[];
  /** One per timed cue of the spoken script (`during[i]`): said as this move begins, in order. */
  cues: readonly { move: Move; role: CueRole }[];
  /** One per sentence of the on-screen instruction: the move that sentence describes. */
  lines: readonly Move[];
}

/** Into a position, a hold of a few seconds, back to neutral, and a still moment for "Next". */
const HELD: readonly MoveSpan[] = [
  { move: 'in', until: 0.25 },
  { move: 'hold', until: 0.45 },
  { move: 'out', until: 0.7 },
  { move: 'rest', until: 1 },
];

/** The same with a longer hold, for the steps whose hold carries a spoken safety cue (dizziness). */
const HELD_LONG: readonly MoveSpan[] = [
  { move: 'in', until: 0.22 },
  { move: 'hold', until: 0.53 },
  { move: 'out', until: 0.77 },
  { move: 'rest', until: 1 },
];

/** The same with an arm placed first (Frame, Heron): the head moves only once the arm is there. */
const SET_THEN_HELD: readonly MoveSpan[] = [
  { move: 'setup', until: 0.25 },
  { move: 'in', until: 0.45 },
  { move: 'hold', until: 0.6 },
  { move: 'out', until: 0.8 },
  { move: 'rest', until: 1 },
];

/** Massage: the hands work the whole step ("Next" is said while they do). */
const WORKED: readonly MoveSpan[] = [{ move: 'work', until: 1 }];

/** Massage with a change of hands half-way. */
const SWITCHED: readonly MoveSpan[] = [
  { move: 'work', until: 0.45 },
  { move: 'switch', until: 1 },
];

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
const frame: Choreography = {
  moves: SET_THEN_HELD,
  cues: [{ move: 'in', role: 'movement' }, HOLD_CUE, BACK_CUE],
  lines: ['setup', 'in', 'out'],
};
const kneading: Choreography = {
  moves: WORKED,
  cues: [{ move: 'work', role: 'confirm' }],
  lines: ['work', 'work'],
};

export const CHOREOGRAPHY: Readonly<Record<StepId, Choreography>> = {
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
  'ex-sky-r': sky,
  'ex-sky-l': sky,
  'ex-frame-r': frame,
  'ex-frame-l': frame,
  'ex-heron': {
    moves: SET_THEN_HELD,
    cues: [{ move: 'in', role: 'movement' }, HOLD_CUE, BACK_CUE],
    lines: ['setup', 'in', 'out'],
  },
  'ms-stroke-open': { moves: WORKED, cues: [], lines: ['work', 'work'] },
  'ms-rub': {
    moves: [
      { move: 'work', until: 0.35 },
      { move: 'switch', until: 1 },
    ],
    cues: [{ move: 'switch', role: 'movement' }],
    lines: ['work', 'switch'],
  },
  'ms-pinch': {
    moves: SWITCHED,
    cues: [{ move: 'switch', role: 'movement' }],
    lines: ['work', 'work', 'switch'],
  },
  'ms-squeeze': { moves: SWITCHED, cues: [{ move: 'switch', role: 'movement' }], lines: ['work', 'switch'] },
  'ms-knead-l': kneading,
  'ms-knead-r': kneading,
  'ms-stroke-close': { moves: WORKED, cues: [], lines: ['work', 'work'] },
};

/** A move placed on a step of a given length. */
export interface MoveWindow {
  move: Move;
  startMs: number;
  endMs: number;
}

/** The step's moves in milliseconds from its start; shares are rounded to whole milliseconds. */
export function moveWindows(choreography: Choreography, durationMs: number): MoveWindow[] {
  let startMs = 0;
  return choreography.moves.map(({ move, until }) => {
    const endMs = Math.round(until * durationMs);
    const window = { move, startMs, endMs };
    startMs = endMs;
    return window;
  });
}

/** The index of the move under way `elapsedMs` into a step (the last one once it is over). */
export function moveIndexAt(choreography: Choreography, durationMs: number, elapsedMs: number): number {
  const share = durationMs > 0 ? elapsedMs / durationMs : 1;
  const i = choreography.moves.findIndex((m) => share < m.until);
  return i < 0 ? choreography.moves.length - 1 : i;
}

/** The first window of `move` in the step, for cues and lines that name it. */
export function windowOf(windows: readonly MoveWindow[], move: Move): MoveWindow | undefined {
  return windows.find((w) => w.move === move);
}

/**
 * The instruction line to highlight while move `moveIndex` is under way: the last line about this
 * move or an earlier one (a hold that has no line of its own keeps the line that led into it).
 */
export function lineAt(choreography: Choreography, moveIndex: number): number {
  const order = (move: Move) => choreography.moves.findIndex((m) => m.move === move);
  let line = 0;
  choreography.lines.forEach((move, i) => {
    if (order(move) <= moveIndex) line = i;
  });
  return line;
}

/** The on-screen instruction as the lines the choreography's `lines` describe: its sentences. */
export function instructionLines(instruction: string): string[] {
  return instruction
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

import type { z } from 'zod/mini';
import type { choreographySchema } from './schema';

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
export const CUE_ROLES = ['safety', 'movement', 'confirm'] as const;
export type CueRole = (typeof CUE_ROLES)[number];

/**
 * A step's choreography, its shape declared once by its schema (schema.ts, `choreographySchema`):
 * `moves`, the step's moves in order, each ending at `until`, a share of the step (the last at 1;
 * the start cue is said as the first begins); `cues`, one per timed cue of the spoken script
 * (`during[i]`), said as its move begins; `lines`, one per sentence of the on-screen instruction,
 * the move that sentence describes.
 */
export type Choreography = z.infer<typeof choreographySchema>;
export type MoveSpan = Choreography['moves'][number];

/** Into a position, a hold of a few seconds, back to neutral, and a still moment for "Next". */
export const HELD: readonly MoveSpan[] = [
  { move: 'in', until: 0.25 },
  { move: 'hold', until: 0.45 },
  { move: 'out', until: 0.7 },
  { move: 'rest', until: 1 },
];

/** The same with a longer hold, for the steps whose hold carries a spoken safety cue (dizziness). */
export const HELD_LONG: readonly MoveSpan[] = [
  { move: 'in', until: 0.22 },
  { move: 'hold', until: 0.53 },
  { move: 'out', until: 0.77 },
  { move: 'rest', until: 1 },
];

/** The same with an arm placed first (Frame, Heron): the head moves only once the arm is there. */
export const SET_THEN_HELD: readonly MoveSpan[] = [
  { move: 'setup', until: 0.25 },
  { move: 'in', until: 0.45 },
  { move: 'hold', until: 0.6 },
  { move: 'out', until: 0.8 },
  { move: 'rest', until: 1 },
];

/**
 * The source's half-minute hold (the longer session's Goose, Look at the sky and Frame): two thirds
 * of a 45-s step is held, the rest moves in, out and rests as in `HELD`.
 */
export const HELD_HALF_MINUTE: readonly MoveSpan[] = [
  { move: 'in', until: 0.15 },
  { move: 'hold', until: 0.82 },
  { move: 'out', until: 0.92 },
  { move: 'rest', until: 1 },
];

/** The same with an arm placed first (Frame). */
export const SET_THEN_HELD_HALF_MINUTE: readonly MoveSpan[] = [
  { move: 'setup', until: 0.1 },
  { move: 'in', until: 0.19 },
  { move: 'hold', until: 0.85 },
  { move: 'out', until: 0.92 },
  { move: 'rest', until: 1 },
];

/** Massage: the hands work the whole step ("Next" is said while they do). */
export const WORKED: readonly MoveSpan[] = [{ move: 'work', until: 1 }];

/** Massage with a change of hands half-way. */
export const SWITCHED: readonly MoveSpan[] = [
  { move: 'work', until: 0.45 },
  { move: 'switch', until: 1 },
];

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

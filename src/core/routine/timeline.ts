import { SECOND } from '@/src/core/time';

// The routine as one straight line of "routine time" (ms): a get-ready countdown from 0 to
// GET_READY_MS, then the plan's steps back to back, then the end. The player's position on that
// line is derived from the stored session and `now` (see position.ts); this module only knows the
// plan. The plan is taken as a parameter, never imported from src/content, so the core stays free
// of content and a plan that changed under a running session (an update, a different variant) is
// clamped rather than trusted.

import type { TimedPlan } from './plan';

/** The countdown before the first step; it is not part of the routine's own duration. */
export const GET_READY_MS = 3 * SECOND;

export interface Timeline {
  /** Where each step starts on the routine-time line (the first one at GET_READY_MS). */
  starts: number[];
  /** Each step's length; a negative, NaN or infinite duration counts as 0 so maths never breaks. */
  durations: number[];
  /** Sum of the step durations: what the routine takes without the countdown. */
  totalMs: number;
  /** Where the routine ends on the line: GET_READY_MS + totalMs. */
  endMs: number;
}

export function timelineOf(plan: TimedPlan): Timeline {
  const starts: number[] = [];
  const durations: number[] = [];
  let at = GET_READY_MS;
  for (const step of plan.steps) {
    const d = Number.isFinite(step.durationMs) ? Math.max(0, step.durationMs) : 0;
    starts.push(at);
    durations.push(d);
    at += d;
  }
  return { starts, durations, totalMs: at - GET_READY_MS, endMs: at };
}

export type Place =
  | { stage: 'get-ready' }
  | { stage: 'step'; index: number; startMs: number; endMs: number }
  | { stage: 'done' };

/** Which part of the routine a position falls in. A step owns [start, end); zero-length steps own nothing. */
export function placeOf(tl: Timeline, positionMs: number): Place {
  if (positionMs < GET_READY_MS) return { stage: 'get-ready' };
  for (let i = 0; i < tl.starts.length; i++) {
    const startMs = tl.starts[i] as number;
    const endMs = startMs + (tl.durations[i] as number);
    if (positionMs < endMs) return { stage: 'step', index: i, startMs, endMs };
  }
  return { stage: 'done' };
}

/** How much of each step lies inside [fromMs, toMs] on the line (all zeros when to ≤ from). */
export function overlapByStep(tl: Timeline, fromMs: number, toMs: number): number[] {
  return tl.starts.map((start, i) => {
    const end = start + (tl.durations[i] as number);
    return Math.max(0, Math.min(end, toMs) - Math.max(start, fromMs));
  });
}

/** The nearest step before `index` that has any length, or -1. */
export function previousPlayableStep(tl: Timeline, index: number): number {
  for (let i = Math.min(index, tl.durations.length) - 1; i >= 0; i--) {
    if ((tl.durations[i] as number) > 0) return i;
  }
  return -1;
}

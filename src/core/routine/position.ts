import type { RoutineSession } from './session';
import { overlapByStep, type Timeline } from './timeline';

// Two derived quantities every other function builds on: where the player is on the routine-time
// line, and how much of each step has really been practised.

/** The instant the session's clock reads: frozen at pausedAt while paused. */
export function sessionClock(s: RoutineSession, now: number): number {
  return s.pausedAt ?? now;
}

/** Routine time elapsed before jumps are applied; jumps are set relative to it. */
export function unjumpedPositionMs(s: RoutineSession, now: number): number {
  return sessionClock(s, now) - s.startedAt - s.pausedTotalMs;
}

/** Position on the routine-time line, clamped to [0, end] (a clock that ran backwards reads as 0). */
export function positionMs(s: RoutineSession, tl: Timeline, now: number): number {
  const raw = unjumpedPositionMs(s, now) + s.jumpMs;
  return Math.min(tl.endMs, Math.max(0, raw));
}

/**
 * Practice per step so far, each capped at the step's duration.
 *
 * Definition ("fraction done" is built on it): a step's practice is the routine time the player
 * actually ran through inside that step, i.e. un-paused, after the get-ready, not jumped over. Time
 * only advances the position while playing, and every jump first credits the stretch played since
 * the previous jump (countedToMs → position), so the un-credited part is exactly
 * [countedToMs, position]. Redoing a step via Previous adds to that step, but no step can count for
 * more than its own length, so the total never exceeds the routine.
 */
export function practiceByStepMs(s: RoutineSession, tl: Timeline, now: number): number[] {
  const live = overlapByStep(tl, s.countedToMs, positionMs(s, tl, now));
  return tl.durations.map((d, i) => Math.min(d, (s.practisedByStepMs[i] ?? 0) + (live[i] as number)));
}

/** Practised time over the routine's total, in 0..1; a routine with no length counts as not done. */
export function fractionDone(s: RoutineSession, tl: Timeline, now: number): number {
  if (tl.totalMs <= 0) return 0;
  const practised = practiceByStepMs(s, tl, now).reduce((a, b) => a + b, 0);
  return Math.min(1, practised / tl.totalMs);
}

import { SECOND } from '@/src/core/time';
import type { TimedPlan } from './plan';
import { fractionDone, positionMs, practiceByStepMs, unjumpedPositionMs } from './position';
import type { RoutineSession } from './session';
import {
  GET_READY_MS,
  type Place,
  placeOf,
  previousPlayableStep,
  type Timeline,
  timelineOf,
} from './timeline';

// The player's buttons as pure functions: (session, plan?, now) → new session. None mutates its
// input. Each one also records `now` as the last tick, since pressing a button proves the player
// is open. Next and Previous work while paused: the position moves and the session stays paused.

/** Previous restarts the current step once the user is more than this far into it (like a music player). */
export const PREVIOUS_RESTARTS_AFTER_MS = 3 * SECOND;

/**
 * The popup's heartbeat: record that it was visible at `now`. A tick stamped with an earlier frame
 * (its effect ran late, after a button press) never moves the last tick back: a last tick older
 * than the press would make the next change see a stale page and pause the routine (reopen()).
 */
export function tick(s: RoutineSession, now: number): RoutineSession {
  return { ...s, lastTickAt: Math.max(s.lastTickAt, now) };
}

export function pause(s: RoutineSession, now: number): RoutineSession {
  if (s.pausedAt !== null) return tick(s, now);
  return { ...s, pausedAt: now, lastTickAt: now };
}

export function resume(s: RoutineSession, now: number): RoutineSession {
  if (s.pausedAt === null) return tick(s, now);
  const pausedFor = now - s.pausedAt;
  // The position must continue from exactly where it froze. If the clock went backwards during
  // the pause, the negative stretch can't be "paused time", so it is absorbed by the jump offset.
  return {
    ...s,
    pausedAt: null,
    pausedTotalMs: s.pausedTotalMs + Math.max(0, pausedFor),
    jumpMs: s.jumpMs - Math.min(0, pausedFor),
    lastTickAt: now,
  };
}

/** To the start of the following step: from get-ready to step 0, from the last step to the end. */
export function next(s: RoutineSession, plan: TimedPlan, now: number): RoutineSession {
  const tl = timelineOf(plan);
  const place = placeOf(tl, positionMs(s, tl, now));
  const target = place.stage === 'get-ready' ? GET_READY_MS : place.stage === 'step' ? place.endMs : tl.endMs;
  return jumpTo(s, tl, now, target);
}

/**
 * To the start of the current step when more than PREVIOUS_RESTARTS_AFTER_MS into it, otherwise to
 * the start of the previous one; step 0 just restarts. From get-ready it restarts the countdown;
 * from the end it goes back to the start of the last step.
 */
export function previous(s: RoutineSession, plan: TimedPlan, now: number): RoutineSession {
  const tl = timelineOf(plan);
  const pos = positionMs(s, tl, now);
  return jumpTo(s, tl, now, previousTarget(tl, placeOf(tl, pos), pos));
}

function previousTarget(tl: Timeline, place: Place, pos: number): number {
  if (place.stage === 'get-ready') return 0;
  if (place.stage === 'done') {
    const last = previousPlayableStep(tl, tl.durations.length);
    return last < 0 ? tl.endMs : (tl.starts[last] as number);
  }
  if (pos - place.startMs > PREVIOUS_RESTARTS_AFTER_MS) return place.startMs;
  const before = previousPlayableStep(tl, place.index);
  return before < 0 ? place.startMs : (tl.starts[before] as number);
}

/** Credit the practice played since the last jump, then move the position to `target`. */
function jumpTo(s: RoutineSession, tl: Timeline, now: number, target: number): RoutineSession {
  return {
    ...s,
    practisedByStepMs: practiceByStepMs(s, tl, now),
    countedToMs: target,
    jumpMs: target - unjumpedPositionMs(s, now),
    lastTickAt: now,
  };
}

/** End the routine; the caller deletes the session and reports the fraction to the engine. */
export function stop(s: RoutineSession, plan: TimedPlan, now: number): { fraction: number } {
  return { fraction: fractionDone(s, timelineOf(plan), now) };
}

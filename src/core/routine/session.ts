import type { TimedPlan } from './plan';
import type { RoutineSession } from './session-schema';
import { timelineOf } from './timeline';

export type { RoutineSession } from './session-schema';

// The stored routine session: a handful of numbers from which the player's whole state is derived
// together with `now`. It lives in storage.session, so the popup can close between any two frames
// and lose nothing; nothing here ticks.
//
// Position on the routine-time line (timeline.ts), in ms from the start of the get-ready countdown:
//
//   position = (pausedAt ?? now) − startedAt − pausedTotalMs + jumpMs      clamped to [0, end]
//
// Pausing freezes the first term; resuming moves the frozen stretch into pausedTotalMs; Next and
// Previous rewrite jumpMs so the position lands exactly on the target.

/**
 * A fresh session, from `now`, for the routine the engine started at `routineId` (its start time,
 * which names it). The player's clock starts when a page first shows the routine, not when the
 * engine started it: a routine started from a notification may reach the screen a moment later.
 */
export function startSession(plan: TimedPlan, now: number, routineId: number): RoutineSession {
  return {
    v: 2,
    routineId,
    variant: plan.id,
    startedAt: now,
    pausedAt: null,
    pausedTotalMs: 0,
    jumpMs: 0,
    practisedByStepMs: timelineOf(plan).durations.map(() => 0),
    countedToMs: 0,
    lastTickAt: now,
  };
}

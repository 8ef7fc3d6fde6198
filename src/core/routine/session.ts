import { z } from 'zod/mini';
import { ROUTINE_VARIANTS, type RoutinePlan, timelineOf } from './timeline';

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

const epochMs = z.number();
const nonNegativeMs = z.number().check(z.gte(0));

/** Validate what comes back from storage with this; anything that fails is dropped by the caller. */
export const RoutineSessionSchema = z.object({
  /** Schema version: bump it (and migrate or drop) when the shape changes. */
  v: z.literal(1),
  variant: z.enum(ROUTINE_VARIANTS),
  startedAt: epochMs,
  /** When the current pause began; null while playing. */
  pausedAt: z.nullable(epochMs),
  /** Wall time spent in finished pauses (the current pause is not in it yet). */
  pausedTotalMs: nonNegativeMs,
  /** Routine time added by Next (positive) and Previous (negative). */
  jumpMs: z.number(),
  /**
   * Practice already credited to each step, by step index, each capped at the step's duration.
   * Practice since the last jump is not in it yet: it is the stretch from countedToMs to the
   * current position, added on the fly (see progress.ts).
   */
  practisedByStepMs: z.array(nonNegativeMs).check(z.maxLength(200)),
  /** The routine-time position up to which practice has been credited into practisedByStepMs. */
  countedToMs: nonNegativeMs,
  /** The popup's last visible tick (every command counts as one). A stale one means the popup was closed. */
  lastTickAt: epochMs,
});

export type RoutineSession = z.infer<typeof RoutineSessionSchema>;

export function startSession(plan: RoutinePlan, now: number): RoutineSession {
  return {
    v: 1,
    variant: plan.variant,
    startedAt: now,
    pausedAt: null,
    pausedTotalMs: 0,
    jumpMs: 0,
    practisedByStepMs: timelineOf(plan).durations.map(() => 0),
    countedToMs: 0,
    lastTickAt: now,
  };
}

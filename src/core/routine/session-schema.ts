import { z } from 'zod/mini';
import { VARIANT_IDS } from './plan';

// The zod schema of a stored routine session (session.ts explains the fields' roles). Tests use
// it; the popup checks stored sessions against the JSON Schema generated from it.

const epochMs = z.number();
const nonNegativeMs = z.number().check(z.gte(0));

/** Validate what comes back from storage with this; anything that fails is dropped by the caller. */
export const RoutineSessionSchema = z.object({
  /** Schema version: bump it (and migrate or drop) when the shape changes. */
  v: z.literal(2),
  /** The engine's start time of the routine this session plays: its name (the engine owns the routine). */
  routineId: epochMs,
  variant: z.enum(VARIANT_IDS),
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

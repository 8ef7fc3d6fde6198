// What "My routine" is, without the step library: its stored shape, its bounds and the codes of
// the rules it keeps (my-routine.ts checks them). Apart so the settings' schema and defaults, which
// the worker and the popup load at startup, do not bring the library and the check with them.

/** One step of a user's routine as stored in the settings: a library step and its length. */
export interface RoutineStep {
  readonly step: string;
  readonly seconds: number;
}

/** A whole routine's length, in seconds: 1 to 15 minutes (the source: 5 daily, 10–15 at most). */
export const MY_ROUTINE_SECONDS = { min: 60, max: 15 * 60 } as const;

/**
 * At most this many steps are stored: a bound on the setting's size in storage.sync (8 KB an
 * item), far above any routine the rules accept (each step at most once).
 */
export const MY_ROUTINE_MAX_STEPS = 40;

export const MY_ROUTINE_CODES = [
  'mine-empty',
  'mine-unknown-step',
  'mine-repeated',
  'mine-posture-first',
  'mine-exercise-after-massage',
  'mine-stroke-open',
  'mine-stroke-close',
  'mine-missing-twin',
  'mine-step-short',
  'mine-step-long',
  'mine-step-whole',
  'mine-total-short',
  'mine-total-long',
] as const;
export type MyRoutineCode = (typeof MY_ROUTINE_CODES)[number];

/** A broken rule: which, at which step (its index) if one, and the limit it breaks if any. */
export interface MyRoutineViolation {
  code: MyRoutineCode;
  index?: number;
  /** Seconds: a step's or the whole routine's bound. */
  limit?: number;
}

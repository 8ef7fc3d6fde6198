import { z } from 'zod/mini';

// The zod schema of the history (day-stats.ts has the types' runtime side). Used by tests and to
// generate the JSON Schema that pages and the worker check stored history with.

const count = z._default(z.int().check(z.minimum(0)), 0);

export const DayStatsSchema = z.object({
  activeMs: z._default(z.number().check(z.minimum(0)), 0),
  prompts: count,
  routinesFull: count,
  routinesQuick: count,
  snoozes: count,
  skips: count,
  naturalBreaks: count,
  postureChecks: count,
  /** Neck-comfort ratings (1–5) given after routines that day. */
  comfort: z._default(z.array(z.int().check(z.minimum(1), z.maximum(5))), []),
});

export type DayStats = z.infer<typeof DayStatsSchema>;

export const StatsSchema = z.object({
  v: z.literal(1),
  // Day keys are checked again by the reader (isDayKey): a pattern cannot see 2026-02-30.
  days: z.record(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), DayStatsSchema),
});
export type Stats = z.infer<typeof StatsSchema>;

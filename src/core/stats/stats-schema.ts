import { z } from 'zod/mini';
import { COUNTER_NAMES, COUNTERS, type CounterName } from './counters';

// The zod schema of the history (day-stats.ts has the types' runtime side). Used by tests and to
// generate the JSON Schema that pages and the worker check stored history with.

const count = z._default(z.int().check(z.minimum(0)), 0);
const ms = z._default(z.number().check(z.minimum(0)), 0);

/** Every counter (counters.ts), zero when missing: a whole count, or a time in ms. */
const counters = Object.fromEntries(
  COUNTER_NAMES.map((name) => [name, COUNTERS[name].ms ? ms : count]),
) as Record<CounterName, typeof count | typeof ms>;

export const DayStatsSchema = z.object({
  ...counters,
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

import type { VariantId } from '@/src/core/routine/plan';
import type { CounterName } from './counters';

// Which counter each kind of routine adds to: what a day's routines and the streak add up
// (day-stats.ts), the kinds a device's summary counts (core/sync/kinds.ts) and History's columns.
// Apart from counters.ts, which declares every counter with its CSV column, so the popup's startup
// loads these names and not the export's columns.

/**
 * The counter each kind of routine adds to when it counts. A routine kind added to VARIANT_IDS
 * without its counter here fails the type check.
 */
export const ROUTINE_COUNTERS = {
  full: 'routinesFull',
  quick: 'routinesQuick',
  evening: 'routinesEvening',
  longer: 'routinesLonger',
  mine: 'routinesMine',
} as const satisfies Record<VariantId, CounterName>;

export type RoutineCounterName = (typeof ROUTINE_COUNTERS)[VariantId];

/** Every routine counter, in the kinds' order. */
export const ROUTINE_COUNTER_NAMES: readonly RoutineCounterName[] = Object.values(ROUTINE_COUNTERS);

/** Compiles only while every counter named routines<Kind> in counters.ts has its kind above. */
type Listed<T extends true> = T;
export type EveryRoutineCounterListed = Listed<
  [Exclude<Extract<CounterName, `routines${string}`>, RoutineCounterName>] extends [never] ? true : false
>;

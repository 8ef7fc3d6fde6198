import type { CounterName } from './counters';

// Which counters count routines: what a day's routines and the streak add up (day-stats.ts). Apart
// from counters.ts, which declares every counter with its CSV column, so the popup's startup loads
// these names and not the export's columns.

/** Every routine counter, one for each kind of routine (ROUTINE_COUNTERS in counters.ts maps kind to counter). */
export const ROUTINE_COUNTER_NAMES = [
  'routinesFull',
  'routinesQuick',
  'routinesEvening',
  'routinesLonger',
  'routinesMine',
] as const satisfies readonly CounterName[];

export type RoutineCounterName = (typeof ROUTINE_COUNTER_NAMES)[number];

/** Type-checks only while every counter named routines<Kind> in counters.ts is listed above. */
export const EVERY_ROUTINE_COUNTER_LISTED: [
  Exclude<Extract<CounterName, `routines${string}`>, RoutineCounterName>,
] extends [never]
  ? true
  : false = true;

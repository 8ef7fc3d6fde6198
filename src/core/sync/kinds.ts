import type { CounterName } from '@/src/core/stats/counters';
import { ROUTINE_COUNTERS } from '@/src/core/stats/routine-counters';

// The kinds of routine a summary counts, with their counters (stats/routine-counters.ts, which
// pairs every kind with its counter), so a kind added there is synced with no change here.

export interface RoutineKind {
  /** Its name in a summary: the kind's id (full, quick…). */
  readonly kind: string;
  readonly counter: CounterName;
}

export const ROUTINE_KINDS: readonly RoutineKind[] = Object.entries(ROUTINE_COUNTERS).map(
  ([kind, counter]) => ({ kind, counter }),
);

/**
 * The counter a kind adds to in this Nape. A kind it does not know (from a newer Nape on another
 * device) still counts as a routine done that day: it is added to the first kind's counter.
 */
export function counterOfKind(kind: string): CounterName {
  const found = ROUTINE_KINDS.find((k) => k.kind === kind) ?? ROUTINE_KINDS[0];
  if (!found) throw new Error('no routine counter listed in stats/routine-counters.ts');
  return found.counter;
}

/** Whether a day's change to the history counts a routine (the summary then goes out at once). */
export const countsRoutine = (delta: Partial<Record<CounterName, number>>) =>
  ROUTINE_KINDS.some(({ counter }) => (delta[counter] ?? 0) > 0);

import { COUNTER_NAMES, type CounterName } from '@/src/core/stats/counters';

// The kinds of routine a summary counts, read off the history's counters (stats/counters.ts):
// every counter named routines<Kind> is one, so a kind added there is synced with no change here.

export interface RoutineKind {
  /** Its name in a summary: routinesFull → full. */
  readonly kind: string;
  readonly counter: CounterName;
}

export const ROUTINE_KINDS: readonly RoutineKind[] = COUNTER_NAMES.flatMap((counter) => {
  const m = /^routines([A-Z]\w*)$/.exec(counter);
  const name = m?.[1];
  return name ? [{ kind: `${name.charAt(0).toLowerCase()}${name.slice(1)}`, counter }] : [];
});

/**
 * The counter a kind adds to in this Nape. A kind it does not know (from a newer Nape on another
 * device) still counts as a routine done that day: it is added to the first kind's counter.
 */
export function counterOfKind(kind: string): CounterName {
  const found = ROUTINE_KINDS.find((k) => k.kind === kind) ?? ROUTINE_KINDS[0];
  if (!found) throw new Error('no routine counter declared in stats/counters.ts');
  return found.counter;
}

/** Whether a day's change to the history counts a routine (the summary then goes out at once). */
export const countsRoutine = (delta: Partial<Record<CounterName, number>>) =>
  ROUTINE_KINDS.some(({ counter }) => (delta[counter] ?? 0) > 0);

import { routinesOn, type Stats } from '@/src/core/stats/day-stats';
import { VARIANT_IDS, type VariantId } from './plan';

// Which routines the popup's "More routines" list offers, and which it shows locked. Pure, so the
// list, its tests and anything else that offers a routine agree.

/**
 * The longer session is offered once this many routines have counted (at least half done, any
 * kind, in the kept history, on any of the user's devices). The source says the first sessions should be short; three is "a few"
 * and comes within a day or two at the default goal of two a day.
 */
export const LONGER_AFTER_ROUTINES = 3;

/** Kinds that wait until enough routines have counted, and how many. */
const UNLOCK_AFTER: Readonly<Partial<Record<VariantId, number>>> = { longer: LONGER_AFTER_ROUTINES };

export type RoutineOffer =
  | { id: VariantId; locked: false }
  /** Shown, not startable: `needed` counted routines unlock it, `done` so far. */
  | { id: VariantId; locked: true; needed: number; done: number };

/** Routines counted in the kept history, of every kind. */
export const routinesDone = (stats: Stats): number =>
  Object.values(stats.days).reduce((sum, day) => sum + routinesOn(day), 0);

/** Every kind in VARIANT_IDS' order, the user's own left out when none is saved. */
export function routineOffers(done: number, ownSaved: boolean): RoutineOffer[] {
  return VARIANT_IDS.filter((id) => id !== 'mine' || ownSaved).map((id): RoutineOffer => {
    const needed = UNLOCK_AFTER[id];
    return needed !== undefined && done < needed ? { id, locked: true, needed, done } : { id, locked: false };
  });
}

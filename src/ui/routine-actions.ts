import { timedPlan } from '@/src/content/routines';
import { type RoutineSession, startSession, stop } from '@/src/core/routine';
import type { VariantId } from '@/src/core/routine/plan';
import { command } from './actions';
import type { Stores } from './stores/stores';

// The player's side of a routine: the page writes the one thing it owns, the session (the player's
// position), and tells the engine when the user ends the routine. Loaded on demand with the player.

/**
 * The session of the routine the engine started at `routineId`, starting it if no page has yet
 * (the routine was just started here, or from a notification, or in another window that closed).
 */
export function ensureSession(stores: Stores, variant: VariantId, routineId: number, now: number): void {
  stores.session.update((s) =>
    s !== null && s.routineId === routineId ? s : startSession(planOf(stores, variant), now, routineId),
  );
}

/** A routine's timing; the user's own ('mine') as the settings the page shows hold it. */
const planOf = (stores: Stores, variant: VariantId) =>
  timedPlan(variant, stores.settings.get()?.routine.mine ?? []);

export type EndReason = 'completed' | 'stopped' | 'pain';

export interface EndedRoutine {
  variant: VariantId;
  /** The share actually practised, 0..1 (steps skipped with Next don't count). */
  fraction: number;
  reason: EndReason;
}

/**
 * Ends the routine: tells the engine how much was done (it counts the break and the stats, even if
 * it had already given up on this routine) and deletes the session.
 */
export function endRoutine(
  stores: Stores,
  session: RoutineSession,
  reason: EndReason,
  now: number,
): EndedRoutine {
  const { fraction } = stop(session, planOf(stores, session.variant), now);
  void command({ type: 'routineEnded', startedAt: session.routineId, fraction });
  stores.session.update(() => null);
  return { variant: session.variant, fraction, reason };
}

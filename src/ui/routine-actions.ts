import { getVariant, type VariantId } from '@/src/content/variants';
import { type RoutineSession, startSession, stop } from '@/src/core/routine';
import type { CommandResult } from '@/src/platform/protocol';
import { command } from './actions';
import type { Stores } from './stores/stores';

// The routine's actions: the page writes the one thing it owns, the routine session, and tells
// the engine when a routine starts and ends. Loaded on demand with the player (startup budget).

/**
 * Starts a routine: the session first (the player reads it), then the engine, which keeps prompts
 * quiet until it hears the end. "Already running" is fine: the engine was in routine mode without
 * a session (one left behind), and this session takes its place.
 */
export async function startRoutine(stores: Stores, variant: VariantId, now: number): Promise<CommandResult> {
  stores.session.update(() => startSession(getVariant(variant), now));
  const result = await command({ type: 'startRoutine', variant, source: 'popup' });
  return !result.ok && result.error === 'routine-running' ? { ok: true } : result;
}

export type EndReason = 'completed' | 'stopped' | 'pain';

export interface EndedRoutine {
  variant: VariantId;
  /** The share actually practised, 0..1 (steps skipped with Next don't count). */
  fraction: number;
  reason: EndReason;
}

/**
 * Ends the routine: tells the engine how much was done (it counts the break and the stats) and
 * deletes the session. The command goes out before the session is deleted, so a page that sees
 * "no session" can never report the end first.
 */
export function endRoutine(
  stores: Stores,
  session: RoutineSession,
  reason: EndReason,
  now: number,
): EndedRoutine {
  const { fraction } = stop(session, getVariant(session.variant), now);
  void command({ type: 'routineEnded', fraction });
  stores.session.update(() => null);
  return { variant: session.variant, fraction, reason };
}

/**
 * Drops a session nobody touched for 30 minutes. The engine, if it still runs the routine, hears
 * how much was done, so a mostly finished routine still counts.
 */
export function dropExpiredSession(
  stores: Stores,
  session: RoutineSession,
  engineInRoutine: boolean,
  now: number,
) {
  const { fraction } = stop(session, getVariant(session.variant), now);
  if (engineInRoutine) void command({ type: 'routineEnded', fraction });
  stores.session.update((s) => (s === session ? null : s));
}

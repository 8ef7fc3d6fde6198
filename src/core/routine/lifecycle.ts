import { MINUTE, SECOND } from '@/src/core/calendar';
import type { RoutineSession } from './session';

// What happens to a routine while nobody is looking. A toolbar popup is torn down when it loses
// focus, and its unload handler may never finish an async storage write, so "pause on close" can't
// be done at close time. Instead the player records a tick while visible, and whoever opens the
// session next reads a stale tick as "the popup was closed then".

/** A tick older than this on reopen means the popup was closed (it ticks about once a second). */
export const STALE_TICK_AFTER_MS = 3 * SECOND;

/**
 * The one abandonment rule. A routine with no sign of life for this long is over: no page has shown
 * it (a visible player ticks every second, paused or not), so the user has moved on, and prompts
 * must come back. Three times the full routine: long enough for a phone call with the popup closed.
 * The engine alone applies it, at its wake alarm; pages only render what the engine decided.
 */
export const ROUTINE_ABANDONED_AFTER_MS = 15 * MINUTE;

/**
 * Call when a player opens an existing session. If the session was playing and its last tick is
 * stale, it is returned paused at that tick: the time while closed doesn't count and the player
 * shows the step where the user left it. Otherwise the same object is returned, so the caller can
 * skip the storage write when `result === s`.
 */
export function reopen(
  s: RoutineSession,
  now: number,
  { staleAfterMs = STALE_TICK_AFTER_MS }: { staleAfterMs?: number } = {},
): RoutineSession {
  if (s.pausedAt !== null || now - s.lastTickAt <= staleAfterMs) return s;
  return { ...s, pausedAt: s.lastTickAt, lastTickAt: now };
}

/** The session's last sign of life: the latest of its start, its current pause and its last tick. */
export function lastActivityAt(s: RoutineSession): number {
  return Math.max(s.startedAt, s.pausedAt ?? s.startedAt, s.lastTickAt);
}

/** Whether `session` is the player's session of the routine the engine started at `routineId`. */
export const belongsTo = (session: RoutineSession | null, routineId: number): session is RoutineSession =>
  session !== null && session.routineId === routineId;

/** The last sign of life of the routine the engine started at `routineId`: its start, or its player's last. */
export const lastSignOfLife = (routineId: number, session: RoutineSession | null): number =>
  belongsTo(session, routineId) ? Math.max(routineId, lastActivityAt(session)) : routineId;

/** When the routine the engine started at `routineId` counts as abandoned, given its session. */
export const abandonedAt = (routineId: number, session: RoutineSession | null): number =>
  lastSignOfLife(routineId, session) + ROUTINE_ABANDONED_AFTER_MS;

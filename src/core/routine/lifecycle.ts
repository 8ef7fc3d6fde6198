import { MINUTE, SECOND } from '@/src/core/time';
import type { RoutineSession } from './session';

// What happens to a session while nobody is looking. A toolbar popup is torn down when it loses
// focus, and its unload handler may never finish an async storage write, so "pause on close" can't
// be done at close time. Instead the player records a tick while visible, and whoever opens the
// session next reads a stale tick as "the popup was closed then".

/** A tick older than this on reopen means the popup was closed (it ticks about once a second). */
export const STALE_TICK_AFTER_MS = 3 * SECOND;

/** A session untouched for longer than this is abandoned: the caller deletes it. */
export const SESSION_EXPIRES_AFTER_MS = 30 * MINUTE;

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

export function isExpired(
  s: RoutineSession,
  now: number,
  { expiresAfterMs = SESSION_EXPIRES_AFTER_MS }: { expiresAfterMs?: number } = {},
): boolean {
  return now - lastActivityAt(s) > expiresAfterMs;
}

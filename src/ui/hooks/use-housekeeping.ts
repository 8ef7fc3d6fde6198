import { useEffect, useRef } from 'preact/hooks';
import { isExpired } from '@/src/core/routine/lifecycle';
import type { RoutineSession } from '@/src/core/routine/session';
import type { EngineState } from '@/src/core/schedule/state';
import { SECOND } from '@/src/core/time';
import { command, routineActions } from '../actions';
import type { Stores } from '../stores/stores';

/**
 * How long the engine may be in routine mode with no session before a page ends it. The worker
 * writes its state before it writes the session of a routine started from a notification, so
 * "mode without session" is normal for a moment.
 */
export const ORPHAN_GRACE_MS = 15 * SECOND;

/**
 * Tidies up routines nobody finished. A session untouched for 30 minutes is dropped, and the
 * engine is told how much of it was done (so a mostly finished routine still counts). An engine
 * left in routine mode with no session at all (the browser restarted, which empties
 * storage.session) is told the routine ended, so prompts come back before its own time-out.
 */
export function useHousekeeping(
  stores: Stores,
  session: RoutineSession | null | undefined,
  engine: EngineState | null | undefined,
  now: number,
  finishing: boolean,
): void {
  const reported = useRef<number | null>(null);
  useEffect(() => {
    if (session === undefined || engine === undefined || finishing) return;
    const t = Date.now();
    const routineSince = engine?.mode.kind === 'routine' ? engine.mode.startedAt : null;
    if (session && isExpired(session, t)) {
      // The end is reported with the session's fraction; not again as a routine without a session.
      reported.current = routineSince;
      void routineActions().then((a) => a.dropExpiredSession(stores, session, routineSince !== null, t));
    } else if (
      session === null &&
      routineSince !== null &&
      t - routineSince > ORPHAN_GRACE_MS &&
      reported.current !== routineSince
    ) {
      reported.current = routineSince;
      void command({ type: 'routineEnded', fraction: 0 });
    }
  }, [stores, session, engine, now, finishing]);
}

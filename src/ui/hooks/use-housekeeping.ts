import { useEffect } from 'preact/hooks';
import { belongsTo } from '@/src/core/routine/lifecycle';
import type { RoutineSession } from '@/src/core/routine/session';
import type { Mode } from '@/src/core/schedule/state';
import type { Stores } from '@/src/ui/stores/stores';

/**
 * The engine owns the routine (when it starts, is given up on and ends); the pages own only the
 * player's position, the session. A session for a routine the engine no longer runs (finished in
 * another window, given up on while the popup was closed) is dropped by whichever page sees it.
 * No timeouts here: abandonment is the engine's one rule.
 */
export function useSessionCleanup(
  /** Only the session store's update: this hook clears a session, nothing else. */
  stores: { session: Pick<Stores['session'], 'update'> },
  session: RoutineSession | null | undefined,
  /** The routine the engine runs: null for none, undefined while its state is still being read. */
  routine: Extract<Mode, { kind: 'routine' }> | null | undefined,
  finishing: boolean,
): void {
  useEffect(() => {
    if (!session || routine === undefined || finishing) return;
    if (routine && belongsTo(session, routine.startedAt)) return;
    // A routine that has just started has no session yet: the player is about to write it.
    if (routine && session.routineId > routine.startedAt) return;
    stores.session.update((s) => (s === session ? null : s));
  }, [stores, session, routine, finishing]);
}

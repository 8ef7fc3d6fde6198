import { useLayoutEffect } from 'preact/hooks';
import { belongsTo } from '@/src/core/routine/lifecycle';
import type { RoutineSession } from '@/src/core/routine/session';
import type { Mode } from '@/src/core/schedule/state';
import type { Settings } from '@/src/core/settings/schema';
import { useStores } from '@/src/ui/hooks/use-data';
import { Loading } from '@/src/ui/Loading';
import { type EndedRoutine, ensureSession } from '@/src/ui/routine-actions';
import type { Layout } from '@/src/ui/Shell';
import { Player } from './Player';

/**
 * The player for the routine the engine is running. The first page to show it starts its session
 * (the player's position, which the pages own); every page then plays that one session.
 */
export function RoutinePlayer({
  routine,
  session,
  settings,
  layout,
  onEnded,
}: {
  routine: Extract<Mode, { kind: 'routine' }>;
  session: RoutineSession | null;
  settings: Settings;
  layout: Layout;
  onEnded: (ended: EndedRoutine) => void;
}) {
  const stores = useStores();
  const ours = belongsTo(session, routine.startedAt);
  // Before the frame is painted (a layout effect), so the player's clock starts as it appears.
  useLayoutEffect(() => {
    if (!ours) ensureSession(stores, routine.variant, routine.startedAt, Date.now());
  }, [stores, ours, routine.variant, routine.startedAt]);
  if (!ours || !session) return <Loading />;
  return <Player session={session} settings={settings} layout={layout} onEnded={onEnded} />;
}

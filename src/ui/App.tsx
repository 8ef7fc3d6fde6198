import { useEffect, useState } from 'preact/hooks';
import { CONTENT_VERSION } from '@/src/content/version';
import { needsSafetyAck } from '@/src/core/safety-ack';
import { initialState } from '@/src/core/schedule/state';
import { describeStatus } from '@/src/core/schedule/status';
import { todaySummary } from '@/src/core/stats/summary';
import { currentTimeZone, localDayKey } from '@/src/platform/locale';
import { refreshEngine, routineActions, startRoutine } from './actions';
import {
  StoresContext,
  useEngineState,
  useSafetyAck,
  useSession,
  useSettings,
  useStats,
  useStores,
} from './hooks/use-data';
import { useAllDevicesStats } from './hooks/use-devices';
import { useSessionCleanup } from './hooks/use-housekeeping';
import { STATUS_TICK_MS, useNow } from './hooks/use-now';
import { Loading } from './Loading';
import { lazy } from './lazy';
import { markReady } from './ready';
import type { EndedRoutine } from './routine-actions';
import { type Layout, Shell } from './Shell';
import { BreakDueScreen } from './status/BreakDueScreen';
import { StatusScreen } from './status/StatusScreen';
import { createStores, disposeStores, firstScreenStores, type Stores } from './stores/stores';
import './styles/base.css';

// Everything past the status screen loads on demand: the popup's startup budget is 22 KB gzip.
const SafetyGate = lazy(() => import('./gate/SafetyGate').then((m) => m.SafetyGate));
const Player = lazy(() => import('./player/RoutinePlayer').then((m) => m.RoutinePlayer));
const DoneScreen = lazy(() => import('./done/DoneScreen').then((m) => m.DoneScreen));

/**
 * The popup, and the routine window (the same screens in a roomier layout). `stores` already
 * reading (mount.tsx starts them before the first render); made here when not given.
 */
export function App({ layout, stores: given }: { layout: Layout; stores?: Stores }) {
  const [stores] = useState(() => given ?? createStores());
  useEffect(() => {
    // Brings the engine's state up to date with the clock; the store shows the result when written.
    void refreshEngine();
    return () => disposeStores(stores);
  }, [stores]);
  return (
    <StoresContext.Provider value={stores}>
      <Screen layout={layout} />
    </StoresContext.Provider>
  );
}

type View = 'loading' | 'gate' | 'player' | 'done' | 'due' | 'status';

function Screen({ layout }: { layout: Layout }) {
  const stores = useStores();
  const engine = useEngineState();
  const settings = useSettings();
  const stats = useStats();
  const session = useSession();
  const ack = useSafetyAck();
  const now = useNow(STATUS_TICK_MS);
  // Today, the streak and the goal count the routines done on every device (core/sync/).
  const allStats = useAllDevicesStats(stats);
  const [ended, setEnded] = useState<EndedRoutine | null>(null);
  // The engine alone decides whether a routine runs; the player shows exactly while it does.
  const routine = engine?.mode.kind === 'routine' ? engine.mode : null;
  useSessionCleanup(stores, session, engine === undefined ? undefined : routine, ended !== null);

  // The hooks above follow these stores; the list of what the first screen waits for has one owner.
  const loaded = firstScreenStores(stores, layout).every((store) => store.get() !== undefined);
  const state =
    engine ?? (settings ? initialState(now, settings.activity.idleThresholdSec, currentTimeZone()) : null);
  const status = state && settings ? describeStatus(state, settings, now) : null;
  const view: View = !loaded
    ? 'loading'
    : ended
      ? 'done'
      : needsSafetyAck(ack ?? null, CONTENT_VERSION)
        ? 'gate'
        : routine
          ? 'player'
          : status?.phase === 'due'
            ? 'due'
            : 'status';

  useEffect(() => {
    if (view !== 'status' && view !== 'due') return;
    markReady();
    // Fetch the player and the routine text while the user reads the status, so Start is instant.
    // A failed fetch is no error yet: the screen that needs the chunk asks again, and says so if
    // it still cannot have it.
    const later = () => {};
    Player.preload().catch(later);
    routineActions().catch(later);
    import('./hooks/use-routine-text').then((m) => m.preloadRoutineText()).catch(later);
  }, [view]);

  if (view === 'loading' || !settings || !stats || !status)
    return (
      <Shell layout={layout} footer={false}>
        <Loading />
      </Shell>
    );
  if (view === 'gate')
    return (
      <Shell layout={layout}>
        <SafetyGate />
      </Shell>
    );
  if (view === 'player' && routine)
    return (
      <Shell layout={layout} footer={false}>
        <Player
          routine={routine}
          session={session ?? null}
          settings={settings}
          layout={layout}
          onEnded={setEnded}
        />
      </Shell>
    );

  const today = todaySummary(allStats ?? stats, localDayKey(now), settings.routine.dailyGoal);
  if (view === 'done' && ended)
    return (
      <Shell layout={layout}>
        <DoneScreen
          ended={ended}
          today={today}
          layout={layout}
          onClose={() => (layout === 'window' ? window.close() : setEnded(null))}
        />
      </Shell>
    );

  const defaultVariant = settings.routine.defaultVariant;
  return (
    <Shell layout={layout}>
      {view === 'due' ? (
        <BreakDueScreen
          status={status}
          today={today}
          defaultVariant={defaultVariant}
          onStart={startRoutine}
        />
      ) : (
        <StatusScreen
          status={status}
          today={today}
          defaultVariant={defaultVariant}
          now={now}
          onStart={startRoutine}
        />
      )}
    </Shell>
  );
}

import type { SafetyAck } from '@/src/core/safety-ack';
import type { EngineState } from '@/src/core/schedule/state';
import type { Settings } from '@/src/core/settings/schema';
import type { Stats } from '@/src/core/stats/day-stats';
import { parseEngineState, watchEngineState } from '@/src/platform/engine-store';
import { loadSettings, watchSettings } from '@/src/platform/settings-store';
import { loadStats, watchStats } from '@/src/platform/stats-store';
import { engineStateItem, readSafetyAck, safetyAckItem } from '@/src/platform/storage-items';
import { createSessionStore, type SessionStore } from './session-store';
import { createStore, type Store } from './store';

/** One store per stored value the pages show. A fresh set per mounted app (and per test). */
export interface Stores {
  /** null: the engine has not written its state yet (the worker is still starting). */
  engine: Store<EngineState | null>;
  settings: Store<Settings>;
  stats: Store<Stats>;
  session: SessionStore;
  safetyAck: Store<SafetyAck | null>;
}

export function createStores(): Stores {
  return {
    engine: createStore(async () => parseEngineState(await engineStateItem.getValue()), watchEngineState),
    settings: createStore(loadSettings, watchSettings),
    stats: createStore(loadStats, watchStats),
    session: createSessionStore(),
    // The acknowledgement is re-read on change rather than parsed here: readSafetyAck validates.
    safetyAck: createStore(readSafetyAck, (callback) =>
      safetyAckItem.watch(() => void readSafetyAck().then(callback)),
    ),
  };
}

export function disposeStores(stores: Stores): void {
  for (const store of Object.values(stores)) store.dispose();
}

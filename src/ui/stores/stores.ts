import type { PlayerMute } from '@/src/core/prefs-schema';
import type { SafetyAck } from '@/src/core/safety-ack';
import type { EngineState } from '@/src/core/schedule/state';
import type { Settings } from '@/src/core/settings/schema';
import type { Stats } from '@/src/core/stats/day-stats';
import { parseEngineState, watchEngineState } from '@/src/platform/engine-store';
import { loadSettings, watchSettings } from '@/src/platform/settings-store';
import { loadStats, watchStats } from '@/src/platform/stats-store';
import {
  engineStateItem,
  playerMuteFrom,
  playerMuteItem,
  readSafetyAck,
  safetyAckItem,
  voiceAskedFrom,
  voiceAskedItem,
} from '@/src/platform/storage-items';
import { createSessionStore, type SessionStore } from './session-store';
import { createStore, type Store } from './store';

/**
 * One store per stored value the pages show, the same for the popup, the routine window and the
 * options page. A fresh set per mounted app (and per test); each store is made when first used, so
 * a page reads and watches only what it shows.
 */
export interface Stores {
  /** null: the engine has not written its state yet (the worker is still starting). */
  engine: Store<EngineState | null>;
  settings: Store<Settings>;
  stats: Store<Stats>;
  session: SessionStore;
  safetyAck: Store<SafetyAck | null>;
  /** Whether the first routine's voice question is settled. */
  voiceAsked: Store<boolean>;
  /** The player's "mute the chime for now". */
  playerMute: Store<PlayerMute>;
}

const FACTORIES: { [K in keyof Stores]: () => Stores[K] } = {
  engine: () => createStore(async () => parseEngineState(await engineStateItem.get()), watchEngineState),
  settings: () => createStore(loadSettings, watchSettings),
  stats: () => createStore(loadStats, watchStats),
  session: createSessionStore,
  // The acknowledgement is re-read on change rather than parsed here: readSafetyAck validates.
  safetyAck: () =>
    createStore(readSafetyAck, (callback) => safetyAckItem.watch(() => void readSafetyAck().then(callback))),
  voiceAsked: () =>
    createStore(
      // Storage that cannot be read must not hold the routine up behind a question: settled.
      async () => voiceAskedFrom(await voiceAskedItem.get().catch(() => ({ at: 0 }))),
      (callback) => voiceAskedItem.watch((raw) => callback(voiceAskedFrom(raw))),
    ),
  playerMute: () =>
    createStore(
      async () => playerMuteFrom(await playerMuteItem.get()),
      (callback) => playerMuteItem.watch((raw) => callback(playerMuteFrom(raw))),
    ),
};

class PageStores implements Stores {
  private readonly made: Partial<Stores> = {};
  private of<K extends keyof Stores>(key: K): Stores[K] {
    this.made[key] ??= FACTORIES[key]();
    return this.made[key] as Stores[K];
  }
  get engine() {
    return this.of('engine');
  }
  get settings() {
    return this.of('settings');
  }
  get stats() {
    return this.of('stats');
  }
  get session() {
    return this.of('session');
  }
  get safetyAck() {
    return this.of('safetyAck');
  }
  get voiceAsked() {
    return this.of('voiceAsked');
  }
  get playerMute() {
    return this.of('playerMute');
  }
  dispose(): void {
    for (const store of Object.values(this.made)) store.dispose();
  }
}

export const createStores = (): Stores => new PageStores();

export function disposeStores(stores: Stores): void {
  if (stores instanceof PageStores) stores.dispose();
}

/**
 * The stored values the popup's and the routine window's first screen needs (App.tsx shows
 * "Loading…" until all have been read). Asking for them makes them, which starts their reads.
 */
export const firstScreenStores = (s: Stores) => [s.engine, s.settings, s.stats, s.session, s.safetyAck];

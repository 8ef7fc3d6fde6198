import { NO_OTHER_ROUTINES, type OtherRoutines } from '@/src/core/sync/add';
import type { StoredValue } from '@/src/platform/storage';
import { STORED } from '@/src/platform/storage-items';
import type { Layout } from '@/src/ui/Shell';
import { createSessionStore, type SessionStore } from './session-store';
import { createStore, type Source, type Store } from './store';

type Stored = typeof STORED;

/** A stored value's name in the list (platform/storage-items.ts). */
export type StoredName = keyof Stored;

/** What the stored value `K` reads as. */
export type StoredRead<K extends StoredName> = Stored[K] extends StoredValue<never, infer R> ? R : never;

/**
 * One store per stored value (platform/storage-items.ts), by its name there, the same for the
 * popup, the routine window and the options page. The player's session, which the page itself
 * writes, has a store of its own kind (session-store.ts).
 */
export type Stores = {
  readonly [K in StoredName]: K extends 'session' ? SessionStore : Store<StoredRead<K>>;
} & {
  /** What the other devices' summaries (storage.sync, one key per device) add to this history. */
  readonly devices: Store<OtherRoutines>;
};

const storeOf = (name: StoredName | 'devices'): Store<unknown> =>
  name === 'session'
    ? createSessionStore()
    : name === 'devices'
      ? createStore<unknown>(otherDevices())
      : createStore<unknown>(STORED[name]);

/**
 * The other devices' routines, read by a module loaded on demand: its schema checker and merge stay
 * out of the popup's startup code (the load starts with the first reads, beside them). Anything
 * that fails, the chunk included, reads as no other device: this one still counts.
 */
function otherDevices(): Source<OtherRoutines> {
  const reader = () => import('@/src/platform/sync-devices');
  return {
    load: () =>
      reader()
        .then((m) => m.loadOtherRoutines())
        .catch(() => NO_OTHER_ROUTINES),
    follow(callback) {
      let unfollow: (() => void) | null = null;
      let stopped = false;
      reader().then(
        (m) => {
          if (!stopped) unfollow = m.followOtherRoutines(callback);
        },
        () => undefined,
      );
      return () => {
        stopped = true;
        unfollow?.();
      };
    },
  };
}

const disposers = new WeakMap<Stores, () => void>();

/**
 * A fresh set of stores per mounted app (and per test). Each is made when first asked for, so a
 * page reads and watches only what it shows.
 */
export function createStores(): Stores {
  const made = new Map<StoredName | 'devices', Store<unknown>>();
  const stores = {};
  for (const name of [...(Object.keys(STORED) as StoredName[]), 'devices' as const]) {
    Object.defineProperty(stores, name, {
      enumerable: true,
      get() {
        const store = made.get(name) ?? storeOf(name);
        made.set(name, store);
        return store;
      },
    });
  }
  disposers.set(stores as Stores, () => {
    for (const store of made.values()) store.dispose();
  });
  return stores as Stores;
}

export function disposeStores(stores: Stores): void {
  disposers.get(stores)?.();
}

/**
 * The stored values the popup's and the routine window's first screen needs (App.tsx shows
 * "Loading…" until all have been read). Asking for them makes them, which starts their reads.
 */
export const firstScreenStores = (s: Stores, layout: Layout = 'popup') => [
  s.engine,
  s.settings,
  s.stats,
  s.session,
  s.safetyAck,
  // The popup's "today" counts every device's routines: read with the rest, so it never jumps.
  // The routine window opens on the player, which shows no "today": it does not wait for them.
  ...(layout === 'popup' ? [s.devices] : []),
];

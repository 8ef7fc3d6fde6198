import { createContext } from 'preact';
import { useContext, useLayoutEffect, useState } from 'preact/hooks';
import type { Store } from '@/src/ui/stores/store';
import type { StoredName, StoredRead, Stores } from '@/src/ui/stores/stores';

// Hooks are the only way components reach stored data: UI = f(snapshot, actions).

export const StoresContext = createContext<Stores | null>(null);

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() needs a <StoresContext.Provider> (see App.tsx)');
  return stores;
}

/** The store's value, re-rendering on change; undefined until it has been read. */
export function useStore<T>(store: Store<T>): T | undefined {
  const [, rerender] = useState(0);
  const value = store.get();
  // Subscribed as the render is committed, not after the next paint: a value that arrives in
  // between (a page in a background window paints late, or not at all) still shows at once.
  useLayoutEffect(() => {
    const unsubscribe = store.subscribe(() => rerender((n) => n + 1));
    // A change between this render and the subscription would otherwise go unseen.
    if (store.get() !== value) rerender((n) => n + 1);
    return unsubscribe;
    // Keyed on the store only: `value` is the one this render showed, on purpose.
  }, [store]);
  return value;
}

/** The stored value `name` (platform/storage-items.ts), as useStore gives it. */
export const useStored = <K extends StoredName>(name: K): StoredRead<K> | undefined =>
  useStore(useStores()[name] as Store<StoredRead<K>>);

// Shorthands for the values most screens read.
export const useEngineState = () => useStored('engine');
export const useSettings = () => useStored('settings');
export const useStats = () => useStored('stats');
export const useSession = () => useStored('session');
export const useSafetyAck = () => useStored('safetyAck');
export const useVoiceAsked = () => useStored('voiceAsked');

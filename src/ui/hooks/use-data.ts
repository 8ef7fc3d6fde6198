import { createContext } from 'preact';
import { useContext, useLayoutEffect, useState } from 'preact/hooks';
import type { Store } from '../stores/store';
import type { Stores } from '../stores/stores';

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

export const useEngineState = () => useStore(useStores().engine);
export const useSettings = () => useStore(useStores().settings);
export const useStats = () => useStore(useStores().stats);
export const useSession = () => useStore(useStores().session);
export const useSafetyAck = () => useStore(useStores().safetyAck);
export const useVoiceAsked = () => useStore(useStores().voiceAsked);

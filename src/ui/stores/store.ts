// A store holds one value as the page last saw it, and tells subscribers when it changes. Pages
// read stores through hooks (hooks/use-data.ts); nothing else in the UI touches storage. The one
// factory for them: a stored value (read once, then followed through storage's change events) or a
// value the page itself keeps (the options page's "Saved" line).

export interface Store<T> {
  /** undefined until the first read from storage has arrived. */
  get(): T | undefined;
  subscribe(listener: () => void): () => void;
  /** Shows a value at once, before storage confirms it (the caller writes it). */
  set(value: T): void;
  dispose(): void;
}

/** Where a store's value comes from: a stored value (platform/storage-items.ts), or a filter of one. */
export interface Source<T> {
  load(): Promise<T>;
  follow(callback: (value: T) => void): () => void;
}

/** A store of `initial`, changed only by `set`. */
export function createValueStore<T>(initial?: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      value = next;
      for (const l of listeners) l();
    },
    dispose: () => listeners.clear(),
  };
}

/**
 * A store fed by one read and then by storage change events. The watch is registered before the
 * read, so a change that lands in between is not lost; whichever arrives later wins only if it is
 * the change event (the read may carry the older value).
 */
export function createStore<T>(source: Source<T>): Store<T> {
  const store = createValueStore<T>();
  let watched = false;
  const unwatch = source.follow((next) => {
    watched = true;
    store.set(next);
  });
  source.load().then(
    (first) => {
      if (!watched) store.set(first);
    },
    (error) => console.error('[nape] could not read storage', error),
  );
  return {
    ...store,
    dispose() {
      unwatch();
      store.dispose();
    },
  };
}

/** Resolves with the store's first value, or with undefined if none has come within `timeoutMs`. */
export function firstValue<T>(store: Store<T>, timeoutMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    if (store.get() !== undefined) return resolve(store.get());
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = store.subscribe(done);
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve(store.get());
    }
  });
}

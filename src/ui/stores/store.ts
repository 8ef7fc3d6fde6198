// A store holds one stored value as the page last saw it, and tells subscribers when it changes.
// Pages read stores through hooks (hooks/use-data.ts); nothing else in the UI touches storage.

export interface Store<T> {
  /** undefined until the first read from storage has arrived. */
  get(): T | undefined;
  subscribe(listener: () => void): () => void;
  /** Shows a value at once, before storage confirms it (the caller writes it). */
  set(value: T): void;
  dispose(): void;
}

type Watch<T> = (callback: (value: T) => void) => () => void;

/**
 * A store fed by one read and then by storage change events. The watch is registered before the
 * read, so a change that lands in between is not lost; whichever arrives later wins only if it is
 * the change event (the read may carry the older value).
 */
export function createStore<T>(load: () => Promise<T>, watch: Watch<T>): Store<T> {
  let value: T | undefined;
  let watched = false;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of listeners) l();
  };
  const set = (next: T) => {
    value = next;
    emit();
  };
  const unwatch = watch((next) => {
    watched = true;
    set(next);
  });
  load().then(
    (first) => {
      if (!watched) set(first);
    },
    (error) => console.error('[nape] could not read storage', error),
  );
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set,
    dispose() {
      unwatch();
      listeners.clear();
    },
  };
}

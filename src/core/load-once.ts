/**
 * Something fetched on demand (a chunk of code or text) by whoever needs it first: every caller
 * shares the one fetch in flight, the value is kept once it came, and a fetch that failed is
 * forgotten, so the next call tries again (an extension updated under an open page, a full disk).
 * Pure: the fetch is the caller's.
 */
export interface LoadOnce<T> {
  /** The value, once a fetch has brought it; undefined before. */
  get(): T | undefined;
  /** The value, fetched now unless it is here or on its way. */
  load(): Promise<T>;
}

export function loadOnce<T>(fetch: () => Promise<T>): LoadOnce<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (pending ??= fetch().then(
        (v) => (value = v),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}

/** `loadOnce` for each key (a language): one fetch per key, each kept apart. */
export function loadOncePer<K, T>(fetch: (key: K) => Promise<T>): (key: K) => LoadOnce<T> {
  const byKey = new Map<K, LoadOnce<T>>();
  return (key) => {
    const known = byKey.get(key);
    if (known) return known;
    const once = loadOnce(() => fetch(key));
    byKey.set(key, once);
    return once;
  };
}

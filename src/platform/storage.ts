import { browser } from 'wxt/browser';

// The one store factory over `browser.storage`: an item is an area and a key, declared once in
// storage-items.ts and used by the worker and the pages alike. Values are stored as plain JSON
// under their key, as @wxt-dev/storage stored them before (its `<key>$` version meta is ignored),
// so whatever an older Nape wrote still reads back. An item's `get` gives `unknown` (storage may
// hold anything); a stored value (`storedValue`) adds how that reads, which storage-items.ts
// declares with it. Why not @wxt-dev/storage: it kept ~44 KB of the worker's heap (with
// superlock) and added calls and awaits to every wake for versioning, locking and fallbacks Nape
// does not use (issue 13: 0.68 → 0.63 MB with the rest of that change).

export type StorageArea = 'local' | 'sync' | 'session';

/** A stored value: read as `unknown` (storage may hold anything), written as `T`. */
export interface StoredItem<T> {
  readonly area: StorageArea;
  readonly key: string;
  /** The stored value, or null when there is none. */
  get(): Promise<unknown>;
  /** Stores `value`; null removes the key. */
  set(value: T | null): Promise<void>;
  remove(): Promise<void>;
  /**
   * Calls back when the value changes, anywhere (this page, another, the worker, another device
   * for sync), with null for a removed value. A write of an equal value is not a change.
   */
  watch(callback: (value: unknown, previous: unknown) => void): () => void;
}

const areaOf = (area: StorageArea) => browser.storage[area];

export function storedItem<T>(area: StorageArea, key: string): StoredItem<T> {
  return {
    area,
    key,
    get: async () => (await areaOf(area).get(key))[key] ?? null,
    set: (value) => (value == null ? areaOf(area).remove(key) : areaOf(area).set({ [key]: value })),
    remove: () => areaOf(area).remove(key),
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[key];
        if (!change || sameJson(change.newValue, change.oldValue)) return;
        callback(change.newValue ?? null, change.oldValue ?? null);
      };
      areaOf(area).onChanged.addListener(listener);
      return () => areaOf(area).onChanged.removeListener(listener);
    },
  };
}

/** A stored value as storage-items.ts declares it: an item (written as `W`) that reads as `R`. */
export interface StoredValue<W, R> extends StoredItem<W> {
  /**
   * What `raw` (whatever storage holds, null for nothing) reads as: checked, with what it falls
   * back to for nothing or something invalid. `report` logs what a lenient read dropped.
   */
  read(raw: unknown, report?: boolean): R;
  /** The value in storage, read (and what a lenient read dropped, reported). */
  load(): Promise<R>;
  /**
   * Calls back with the value, read, when it changes anywhere (like `watch`); `previous` is null
   * when nothing was stored before.
   */
  follow(callback: (value: R, previous: R | null) => void): () => void;
}

export interface ValueSpec<R> {
  area: StorageArea;
  key: string;
  read(raw: unknown, report: boolean): R;
  /** What the value reads as when storage cannot be read at all; without it, `load` rejects. */
  unreadable?: R;
}

export function storedValue<W, R>(spec: ValueSpec<R>): StoredValue<W, R> {
  const item = storedItem<W>(spec.area, spec.key);
  const read = (raw: unknown, report = false) => spec.read(raw, report);
  return {
    ...item,
    read,
    load: () =>
      item.get().then(
        (raw) => read(raw, true),
        (error) => {
          if (spec.unreadable === undefined) throw error;
          return spec.unreadable;
        },
      ),
    follow: (callback) => item.watch((raw, old) => callback(read(raw), old == null ? null : read(old))),
  };
}

/**
 * Reads several items with one `get` per area (the calls run side by side): a wake reads all it
 * needs in one round. The values come back in the order of `items`, null where nothing is stored.
 */
export async function readItems(items: readonly ItemKey[]): Promise<unknown[]> {
  const byArea = new Map<StorageArea, string[]>();
  for (const { area, key } of items) byArea.set(area, [...(byArea.get(area) ?? []), key]);
  const read = new Map<StorageArea, Record<string, unknown>>();
  await Promise.all([...byArea].map(async ([area, keys]) => read.set(area, await areaOf(area).get(keys))));
  return items.map(({ area, key }) => read.get(area)?.[key] ?? null);
}

/** Where an item lives. */
export type ItemKey = Pick<StoredItem<unknown>, 'area' | 'key'>;

/** An item and the value to store in it, typed by `entry`. */
export interface Entry {
  readonly item: ItemKey;
  readonly value: unknown;
}

export const entry = <T>(item: StoredItem<T>, value: T): Entry => ({ item, value });

/**
 * Writes items of ONE area in one `set`: all of them land, or none do (a worker killed mid-way
 * loses nothing half-written).
 */
export function writeItems(area: StorageArea, entries: readonly Entry[]): Promise<void> {
  const values: Record<string, unknown> = {};
  for (const { item, value } of entries) {
    if (item.area !== area) throw new Error(`${item.area}:${item.key} is not in storage.${area}`);
    values[item.key] = value;
  }
  return areaOf(area).set(values);
}

/** Deep equality of JSON data (what storage holds): a change event with equal values is no change. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameJson(ra[k], rb[k]));
}

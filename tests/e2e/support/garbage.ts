import { initialState } from '@/src/core/schedule/state';
import type { StorageArea } from '@/src/platform/storage';
import { STORED } from '@/src/platform/storage-items';

// Garbage of six kinds, and every key Nape stores, for the recovery tests in both browsers.

/** What a corrupted, hand-edited or foreign value can look like. */
export const GARBAGE: readonly [kind: string, value: unknown][] = [
  ['a string', 'garbage'],
  ['a number', 12345],
  ['a boolean', true],
  ['null', null],
  ['an array', [1, 'two', { three: 3 }]],
  [
    'an object of wrong types',
    { v: 'one', days: 5, neckBreak: 'on', variant: 9, version: 'x', activity: [] },
  ],
];

/** Every stored key, by area: the list in src/platform/storage-items.ts. */
export const STORED_KEYS: Readonly<Record<StorageArea, readonly string[]>> = {
  sync: Object.values(STORED).flatMap((v) => (v.area === 'sync' ? [v.key] : [])),
  local: Object.values(STORED).flatMap((v) => (v.area === 'local' ? [v.key] : [])),
  session: Object.values(STORED).flatMap((v) => (v.area === 'session' ? [v.key] : [])),
};

export const STORED_KEY_COUNT = Object.values(STORED_KEYS).flat().length;

/** The extension's pages, each of which must still open on garbage. */
export const PAGES = ['popup.html', 'options.html', 'routine.html'] as const;

/** Runs in an extension page: writes `value` into every key of every area. */
export async function fillEveryKey({ keys, value }: { keys: typeof STORED_KEYS; value: unknown }) {
  for (const [area, names] of Object.entries(keys) as [keyof typeof keys, readonly string[]][]) {
    await chrome.storage[area].set(Object.fromEntries(names.map((k) => [k, value])));
  }
}

/** The version a fresh engine state carries: what the background must have rebuilt from garbage. */
export const ENGINE_STATE_VERSION = initialState(0, 120, 'UTC').v;

import { browser } from 'wxt/browser';
import type { OtherRoutines } from '@/src/core/sync/add';
import { DEVICE_KEY_PREFIX } from '@/src/core/sync/limits';
import { otherRoutines, otherRoutinesOnDay, readSummaries } from '@/src/core/sync/merge';
import type { DeviceSummary } from '@/src/core/sync/summary-schema';
import type { DayKey } from '@/src/core/time';
import { localDayKey } from './locale';
import { STORED } from './storage-items';

// The reader of every device's summary in storage.sync (the worker writes this device's:
// sync-summaries.ts). The pages' store loads it on demand (ui/stores/stores.ts), so its checker
// and merge are not in the popup's startup code; the worker asks it only for the evening
// reminder's goal.

const sync = () => browser.storage.sync;

/**
 * Every device's summary in storage.sync, by id. A summary that fails its schema is logged and
 * left out (never merged; nothing else is lost). Sync that cannot be read: none.
 */
export async function readDeviceSummaries(): Promise<Record<string, DeviceSummary>> {
  try {
    const { devices, rejected } = readSummaries(await sync().get(null));
    if (rejected.length)
      console.warn(
        `[nape] sync: ignored ${rejected.length} device summary(ies) that fail their schema: ${rejected}`,
      );
    return devices;
  } catch (error) {
    console.warn('[nape] sync: storage.sync cannot be read, counting this device only', error);
    return {};
  }
}

/** What the other devices add to this one's history today (this device's id tells its own apart). */
export async function loadOtherRoutines(): Promise<OtherRoutines> {
  const [own, devices] = await Promise.all([STORED.device.load().catch(() => null), readDeviceSummaries()]);
  // Today from Date, not Intl: the popup's first screen makes no Intl object (architecture.md).
  return otherRoutines(devices, own?.id ?? null, localDayKey(Date.now()));
}

/**
 * The routines the other devices counted on `day` (the worker's evening reminder asks, with this
 * device's id from the record its wake has read).
 */
export async function otherRoutinesOn(day: DayKey, ownId: string | null): Promise<number> {
  return otherRoutinesOnDay(await readDeviceSummaries(), ownId, day);
}

/** Calls back with what the other devices add, whenever a summary (or this device's id) changes. */
export function followOtherRoutines(callback: (value: OtherRoutines) => void): () => void {
  const reload = () => void loadOtherRoutines().then(callback);
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some((key) => key.startsWith(DEVICE_KEY_PREFIX))) reload();
  };
  // The device record changes with every summary written; only a new id changes what is added.
  const unfollowId = STORED.device.follow((value, previous) => {
    if (value?.id !== previous?.id) reload();
  });
  try {
    sync().onChanged.addListener(listener);
  } catch {
    return unfollowId; // no storage.sync: nothing from other devices to follow
  }
  return () => {
    unfollowId();
    sync().onChanged.removeListener(listener);
  };
}

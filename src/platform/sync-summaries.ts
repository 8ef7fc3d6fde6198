import { browser } from 'wxt/browser';
import type { Stats } from '@/src/core/stats/day-stats';
import {
  canonical,
  type DeviceSummaries,
  readSummaries,
  readSummary,
  shouldWrite,
  staleDevices,
} from '@/src/core/sync/merge';
import { packSummary } from '@/src/core/sync/pack';
import { DEVICE_KEY_PREFIX, type DeviceSummary, deviceKey } from '@/src/core/sync/summary-schema';
import type { DayKey } from '@/src/core/time';
import { ensureDeviceId } from './device';
import { STORED } from './storage-items';

// Every device's summary of its days, in storage.sync under dev.<id> (core/sync/ packs, checks
// and merges them): the worker writes this device's, the pages read them all. storage.sync may
// be unusable (Firefox with sync switched off in about:config, a policy): then it is read as
// holding no other device, nothing is written, and Nape counts this device alone.

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

/** What the pages merge: this device's id (null until the worker has made it) and every summary. */
export interface AllDevices {
  ownId: string | null;
  devices: DeviceSummaries;
}

/** The pages' source of every device's summary: read once, then again whenever one changes. */
export const ALL_DEVICES = {
  load: async (): Promise<AllDevices> => {
    const [own, devices] = await Promise.all([STORED.device.load().catch(() => null), readDeviceSummaries()]);
    return { ownId: own?.id ?? null, devices };
  },
  follow(callback: (value: AllDevices) => void): () => void {
    const reload = () => void ALL_DEVICES.load().then(callback);
    const listener = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some((key) => key.startsWith(DEVICE_KEY_PREFIX))) reload();
    };
    const unfollowId = STORED.device.follow(reload);
    try {
      sync().onChanged.addListener(listener);
    } catch {
      return unfollowId; // no storage.sync: nothing from other devices to follow
    }
    return () => {
      unfollowId();
      sync().onChanged.removeListener(listener);
    };
  },
};

/** Why this device's summary is brought up to date now. */
export type SummaryReason = 'pass' | 'routine' | 'erased';

/**
 * The worker's writer of this device's summary, called after every pass of the engine that saved
 * (in its queue: no timers, nothing running between wakes). It reads its stored summary once per
 * worker life, and after that packs and compares only when something can have changed: a routine
 * counted, a new day, the history erased, or a write held back. A write goes out only when the
 * summary differs from the stored one, at once for a routine or an erase, otherwise at most every
 * few minutes (core/sync/merge.ts, shouldWrite); after a write, other devices' stale summaries are
 * removed. Failures are logged and never reach the engine.
 */
export function createSummaryWriter() {
  let own: { id: string; stored: DeviceSummary | null } | null = null;
  let unusable = false;
  let lastWriteAt: number | null = null;
  let lastDay: DayKey | null = null;
  let held = false;

  const loadOwn = async () => {
    const id = await ensureDeviceId();
    const key = deviceKey(id);
    return { id, stored: readSummary((await sync().get(key))[key]) };
  };

  return async function update(
    stats: Stats,
    today: DayKey,
    now: number,
    reason: SummaryReason,
  ): Promise<void> {
    if (unusable || (own && reason === 'pass' && today === lastDay && !held)) return;
    try {
      own ??= await loadOwn();
    } catch (error) {
      unusable = true;
      console.warn('[nape] sync: storage.sync cannot be used, counting this device only', error);
      return;
    }
    lastDay = today;
    const packed = packSummary(stats, today, reason === 'erased' ? null : own.stored);
    const changed = own.stored === null || canonical(packed) !== canonical(own.stored);
    // A change held back by the write gap is looked at again on the next pass.
    held =
      changed && !shouldWrite({ packed, stored: own.stored, urgent: reason !== 'pass', lastWriteAt, now });
    if (!changed || held) return;
    lastWriteAt = now;
    try {
      await sync().set({ [deviceKey(own.id)]: packed });
      own.stored = packed;
      const stale = staleDevices(await readDeviceSummaries(), own.id, today);
      if (stale.length) await sync().remove(stale.map(deviceKey));
    } catch (error) {
      // A full storage.sync, or a write refused: tried again after the write gap.
      held = true;
      console.warn('[nape] sync: could not write this device summary', error);
    }
  };
}

import { browser } from 'wxt/browser';
import type { Stats } from '@/src/core/stats/day-stats';
import { deviceKey } from '@/src/core/sync/limits';
import { packSummary } from '@/src/core/sync/pack';
import type { DeviceRecord } from '@/src/core/sync/summary-schema';
import { RETRY_GAP_MS, staleKeys, summaryDue } from '@/src/core/sync/write';
import type { DayKey } from '@/src/core/time';
import { newDeviceId } from './device';
import { STORED } from './storage-items';

// This device's summary of its days, in storage.sync under dev.<id> (core/sync/ packs it): the
// worker's writer. The pages read every device's summary (sync-devices.ts). storage.sync may be
// unusable (Firefox with sync switched off in about:config, a policy, a full quota): then nothing
// is written, a retry waits RETRY_GAP_MS, and Nape counts this device alone.
//
// The worker is stopped between most wakes, so the writer keeps nothing in memory: what it needs
// to decide is in the device record (STORED.device, core/sync/summary-schema.ts), which the
// engine reads in its one round of reads at every wake. A wake with no routine, on the day already
// written, decides from that record alone: no call to storage.sync, no packing.

/**
 * The device record to save with a pass that changed what the summary says (a routine counted,
 * the history erased or imported), in the same write as the history: a write is owed from `now`,
 * so a worker stopped before the summary is written writes it on its next wake.
 */
export const owedWrite = (device: DeviceRecord | null, now: number): DeviceRecord => ({
  ...(device ?? { id: newDeviceId() }),
  writeAt: now,
});

/**
 * Brings this device's summary up to date, called after every pass of the engine that saved (in
 * its queue: no timers, nothing running between wakes), with the device record as saved. It packs
 * and writes only when a write is due (core/sync/write.ts `summaryDue`): owed (a change, or a
 * failed write whose retry time has come) or a new day. After a write, other devices' summaries
 * unseen for 90 days are removed. Failures are logged (once until a write succeeds) and never
 * reach the engine.
 */
export async function updateSummary(
  device: DeviceRecord | null,
  stats: Stats,
  today: DayKey,
  now: number,
): Promise<void> {
  if (device && !summaryDue(device, today, now)) return;
  try {
    let record = device;
    if (!record) {
      // The id is stored before its summary: the pages never take it for another device's.
      record = { id: newDeviceId() };
      await STORED.device.set(record);
    }
    await STORED.device.set(await writeSummary(record, stats, today, now));
  } catch (error) {
    console.warn('[nape] sync: could not store this device record', error);
  }
}

/** Writes the summary; gives the device record that says what happened. */
async function writeSummary(record: DeviceRecord, stats: Stats, today: DayKey, now: number) {
  const sync = browser.storage.sync;
  const key = deviceKey(record.id);
  try {
    await sync.set({ [key]: packSummary(stats, today) });
  } catch (error) {
    if (!record.failing)
      console.warn('[nape] sync: storage.sync cannot be written, counting this device only for now', error);
    return { ...record, writeAt: now + RETRY_GAP_MS, failing: true as const };
  }
  try {
    const stale = staleKeys(await sync.get(null), key, today);
    if (stale.length) await sync.remove(stale);
  } catch (error) {
    // Tried again after the next write: another device's stale summary only takes space.
    console.warn('[nape] sync: could not remove stale device summaries', error);
  }
  return { id: record.id, summaryDay: today };
}

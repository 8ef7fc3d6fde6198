import { browser } from 'wxt/browser';
import type { Stats } from '@/src/core/stats/day-stats';
import { deviceKey } from '@/src/core/sync/limits';
import { packSummary } from '@/src/core/sync/pack';
import { shouldWrite, staleKeys } from '@/src/core/sync/write';
import type { DayKey } from '@/src/core/time';
import { ensureDeviceId } from './device';

// This device's summary of its days, in storage.sync under dev.<id> (core/sync/ packs it): the
// worker's writer. The pages read every device's summary (sync-devices.ts). storage.sync may be
// unusable (Firefox with sync switched off in about:config, a policy): then nothing is written
// and Nape counts this device alone.

/** Why this device's summary is brought up to date now. */
export type SummaryReason = 'pass' | 'routine' | 'erased';

/**
 * The writer, called after every pass of the engine that saved (in its queue: no timers, nothing
 * running between wakes). It reads its stored summary once per worker life, and after that packs
 * and compares only when something can have changed: a routine counted, a new day, the history
 * erased, or a write held back. A write goes out only when the summary differs from the stored
 * one, at once for a routine or an erase, otherwise at most every few minutes (core/sync/write.ts);
 * after a write, other devices' summaries unseen for 90 days are removed. Failures are logged and
 * never reach the engine.
 */
export function createSummaryWriter() {
  const sync = () => browser.storage.sync;
  let own: { key: string; stored: unknown } | null = null;
  let unusable = false;
  let lastWriteAt: number | null = null;
  let lastDay: DayKey | null = null;
  let held = false;

  const loadOwn = async () => {
    const key = deviceKey(await ensureDeviceId());
    return { key, stored: (await sync().get(key))[key] ?? null };
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
    const packed = packSummary(stats, today);
    const write = shouldWrite({ packed, stored: own.stored, urgent: reason !== 'pass', lastWriteAt, now });
    // A change held back by the write gap is looked at again on the next pass.
    held = !write && shouldWrite({ packed, stored: own.stored, urgent: true, lastWriteAt, now });
    if (!write) return;
    lastWriteAt = now;
    try {
      await sync().set({ [own.key]: packed });
      own.stored = packed;
      const stale = staleKeys(await sync().get(null), own.key, today);
      if (stale.length) await sync().remove(stale);
    } catch (error) {
      // A full storage.sync, or a write refused: tried again after the write gap.
      held = true;
      console.warn('[nape] sync: could not write this device summary', error);
    }
  };
}

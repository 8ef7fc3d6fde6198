import { addDays, type DayKey, isDayKey, MINUTE } from '@/src/core/time';
import { DEVICE_KEY_PREFIX, STALE_DAYS } from './limits';

// The worker's side: when its summary is written, and which other devices' summaries it removes.
// Apart from merge.ts so the writer loads no schema checker: it decides from its own record and
// prunes raw values. (The worker still loads the checker for the evening reminder's goal, which
// counts the other devices' routines from their checked summaries: platform/sync-devices.ts.)

/** Not seen (its newest day, `to`) for more than STALE_DAYS before `today`. */
export const isStale = (to: DayKey, today: DayKey) => to < addDays(today, -STALE_DAYS);

/**
 * The keys of other devices' summaries not seen for STALE_DAYS, among storage.sync's items: any
 * device removes them, so a profile gone for good does not hold storage.sync's space. A value
 * that names no day is no summary Nape can judge (a newer format): it is left alone.
 */
export function staleKeys(items: Readonly<Record<string, unknown>>, ownKey: string, today: DayKey): string[] {
  return Object.entries(items)
    .filter(([key, raw]) => {
      const to = (raw as { to?: unknown } | null)?.to;
      return (
        key.startsWith(DEVICE_KEY_PREFIX) &&
        key !== ownKey &&
        typeof to === 'string' &&
        isDayKey(to) &&
        isStale(to, today)
      );
    })
    .map(([key]) => key);
}

/**
 * How long a failed write waits before it is tried again (a full or refused storage.sync, or one
 * switched off): at most a few calls an hour that fail, not one on every wake.
 */
export const RETRY_GAP_MS = 10 * MINUTE;

/**
 * Whether this device's summary must be written now, decided from its stored record alone (no
 * other read, no packing): when a write is owed (a routine counted, the history erased or
 * imported: marked in the same save; or a failed write) and its time has come, or when no write is
 * owed and the day is not the one last written. A routine-less wake on the same day is the usual
 * case, and costs nothing. A clock set back is no reason to hold a retry.
 */
export function summaryDue(
  device: Readonly<{ summaryDay?: DayKey; writeAt?: number }>,
  today: DayKey,
  now: number,
): boolean {
  const at = device.writeAt;
  if (at === undefined) return device.summaryDay !== today;
  return now >= at || at - now > RETRY_GAP_MS;
}

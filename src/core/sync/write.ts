import { addDays, type DayKey, isDayKey, MINUTE } from '@/src/core/time';
import { DEVICE_KEY_PREFIX, STALE_DAYS } from './limits';

// The worker's side: when its summary is written, and which other devices' summaries it removes.
// Apart from merge.ts so the worker loads no schema checker: it compares and prunes raw values.

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
 * An urgent change (a routine counted, the history erased) is written at once; any other (a new
 * day begun) at most once every few minutes. storage.sync allows 120 writes a minute and syncs
 * each to every device: a summary changes only when a routine counts or a day begins, so this is
 * a bound, not a queue.
 */
export const MIN_WRITE_GAP_MS = 5 * MINUTE;

/** Whether the writer writes `packed` over what is `stored` (raw, as read; null for nothing). */
export function shouldWrite(o: {
  packed: unknown;
  stored: unknown;
  urgent: boolean;
  lastWriteAt: number | null;
  now: number;
}): boolean {
  // The stored summary is the one this writer wrote (storage keeps its keys' order): compared as text.
  if (JSON.stringify(o.packed) === JSON.stringify(o.stored)) return false;
  if (o.urgent || o.lastWriteAt === null) return true;
  // A clock set back is no reason to hold a write.
  return o.now - o.lastWriteAt >= MIN_WRITE_GAP_MS || o.now < o.lastWriteAt;
}

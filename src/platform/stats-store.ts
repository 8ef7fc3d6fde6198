import { emptyStats, type Stats } from '../core/stats/day-stats';
import { isDayKey } from '../core/time';
import { checkDayStats } from '../core/validate/stored';
import { statsItem } from './storage-items';

// The history is written by the background engine alone, together with its state
// (engine-store.ts). Pages read and watch it here.

/** History with every valid day kept; an invalid day or a garbage value is dropped (logged with 'warn'). */
export function parseStats(raw: unknown, log?: 'warn'): Stats {
  const out = emptyStats();
  const days = (raw as { days?: unknown } | null)?.days;
  if (typeof days !== 'object' || days === null || Array.isArray(days)) {
    if (log && raw != null) console.warn('[nape] stats: stored value was invalid, starting empty');
    return out;
  }
  let dropped = 0;
  for (const [key, value] of Object.entries(days)) {
    const day = checkDayStats(value);
    if (isDayKey(key) && day) out.days[key] = day;
    else dropped++;
  }
  if (log && dropped) console.warn(`[nape] stats: dropped ${dropped} invalid day(s)`);
  return out;
}

export async function loadStats(): Promise<Stats> {
  return parseStats(await statsItem.get(), 'warn');
}

export function watchStats(callback: (stats: Stats) => void): () => void {
  return statsItem.watch((raw) => callback(parseStats(raw)));
}

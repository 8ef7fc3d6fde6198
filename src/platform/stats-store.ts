import { applyStats, type DayStats, emptyStats, type Stats, type StatsDelta } from '../core/stats/day-stats';
import { type DayKey, isDayKey } from '../core/time';
import { checked, type JsonSchema } from '../core/validate/check';
import dayStatsSchema from '../core/validate/generated/day-stats.json';
import { statsItem } from './storage-items';

/** History with every valid day kept; an invalid day or a garbage value is dropped (logged). */
export function parseStats(raw: unknown): Stats {
  const out = emptyStats();
  const days = (raw as { days?: unknown } | null)?.days;
  if (typeof days !== 'object' || days === null || Array.isArray(days)) return out;
  for (const [key, value] of Object.entries(days)) {
    const day = checked<DayStats>(dayStatsSchema as unknown as JsonSchema, value);
    if (isDayKey(key) && day) out.days[key] = day;
  }
  return out;
}

export async function loadStats(): Promise<Stats> {
  const raw = await statsItem.getValue();
  const stats = parseStats(raw);
  const kept = Object.keys(stats.days).length;
  const stored = Object.keys((raw as { days?: object } | null)?.days ?? {}).length;
  if (raw != null && kept < stored) console.warn(`[nape] stats: dropped ${stored - kept} invalid day(s)`);
  return stats;
}

/** Read-modify-write of one day; only the background engine calls it, inside its queue. */
export async function addStats(day: DayKey, delta: StatsDelta): Promise<void> {
  await statsItem.setValue(applyStats(await loadStats(), day, delta));
}

export const eraseStats = () => statsItem.setValue(emptyStats());

export function watchStats(callback: (stats: Stats) => void): () => void {
  return statsItem.watch((raw) => callback(parseStats(raw)));
}

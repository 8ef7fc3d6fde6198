import type { Stats } from '@/src/core/stats/day-stats';
import { addDays, type DayKey, daysBetween } from '@/src/core/time';
import { ROUTINE_KINDS } from './kinds';
import { MAX_DAY_COUNT, MAX_TOTAL, SYNC_DAYS } from './limits';
import type { DeviceSummary } from './summary-schema';

// This device's history, packed into its summary for storage.sync, and a summary unpacked into
// days. Pure: the worker's writer (platform/sync-summaries.ts) decides when to write.

/** storage.sync's limit for one item: its key and its value as JSON, in UTF-8 bytes. */
export const SYNC_ITEM_BYTES = 8192;
/** storage.sync's limit for all items together. */
export const SYNC_TOTAL_BYTES = 102_400;

/**
 * An item's size as storage.sync measures it (the key's length and the value's JSON, in UTF-8).
 * A summary is ASCII (its kinds and days are checked patterns), so characters are bytes.
 */
export const syncBytes = (key: string, value: unknown) => key.length + JSON.stringify(value).length;

/**
 * The summary of `stats` as of `today`: the last SYNC_DAYS days, per kind, and the older days of
 * the history (it keeps about 13 months) folded into per-kind totals. A function of the history
 * alone: packed again, the same history gives the same summary, so nothing is written twice.
 */
export function packSummary(stats: Stats, today: DayKey): DeviceSummary {
  const days = Array.from({ length: SYNC_DAYS }, (_, i) => addDays(today, -i));
  const start = days[days.length - 1] as DayKey;
  const r: Record<string, number[]> = {};
  const t: Record<string, number> = {};
  for (const { kind, counter } of ROUTINE_KINDS) {
    const counts = days.map((day) => Math.min(MAX_DAY_COUNT, stats.days[day]?.[counter] ?? 0));
    while (counts.length && counts[counts.length - 1] === 0) counts.pop();
    if (counts.length) r[kind] = counts;
    let total = 0;
    for (const [day, d] of Object.entries(stats.days)) if (day < start) total += d[counter];
    if (total) t[kind] = Math.min(MAX_TOTAL, total);
  }
  return { v: 1, to: today, r, t };
}

/** A summary's days: day → kind → routines, only the days and kinds with any. */
export function summaryDays(s: DeviceSummary): Record<DayKey, Record<string, number>> {
  const out: Record<DayKey, Record<string, number>> = {};
  for (const [kind, counts] of Object.entries(s.r)) {
    counts.forEach((n, i) => {
      if (n <= 0) return;
      const day = addDays(s.to, -i);
      out[day] = { ...out[day], [kind]: n };
    });
  }
  return out;
}

/** The routines a summary counts on `day`, every kind together (0 for a day outside its arrays). */
export function summaryOn(s: DeviceSummary, day: DayKey): number {
  const i = daysBetween(day, s.to);
  let n = 0;
  if (i >= 0) for (const counts of Object.values(s.r)) n += counts[i] ?? 0;
  return n;
}

/** Every routine a summary counts, its days and its folded totals. */
export function summaryTotal(s: DeviceSummary): number {
  let n = 0;
  for (const counts of Object.values(s.r)) for (const c of counts) n += c;
  for (const c of Object.values(s.t)) n += c;
  return n;
}

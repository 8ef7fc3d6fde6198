import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStats, emptyDay, emptyStats, routinesOn, type Stats } from '@/src/core/stats/day-stats';
import { ROUTINE_KINDS } from '@/src/core/sync/kinds';
import { deviceKey, MAX_DAY_COUNT, SYNC_DAYS } from '@/src/core/sync/limits';
import { readSummary } from '@/src/core/sync/merge';
import {
  packSummary,
  SYNC_ITEM_BYTES,
  SYNC_TOTAL_BYTES,
  summaryDays,
  summaryTotal,
  syncBytes,
} from '@/src/core/sync/pack';
import { type DeviceSummary, DeviceSummarySchema } from '@/src/core/sync/summary-schema';
import { addDays, type DayKey } from '@/src/core/time';

// A device's summary is what the other devices see of it: its last SYNC_DAYS days exactly, every
// older routine still in its totals, and small enough for storage.sync however long it is used.

const SEED = 20261205;
const START = '2026-01-01';

/** A day's routines of each kind, as a device might do them (most days a few, some days none). */
const dayArb = fc.array(fc.integer({ min: 0, max: 4 }), {
  minLength: ROUTINE_KINDS.length,
  maxLength: ROUTINE_KINDS.length,
});

/** A device used day by day from START, each day's routines counted; its summary as of the last day. */
function useDaily(days: number[][]): { stats: Stats; summary: DeviceSummary; today: DayKey } {
  const stats = emptyStats();
  let today = START;
  days.forEach((counts, i) => {
    today = addDays(START, i);
    const day = emptyDay();
    for (const [k, n] of counts.entries()) {
      const kind = ROUTINE_KINDS[k];
      if (kind) day[kind.counter] = n;
    }
    stats.days[today] = day;
  });
  return { stats, summary: packSummary(stats, today), today };
}

describe(`packing a device's days (fast-check seed ${SEED})`, () => {
  it('keeps the last days exactly and every older routine of the history in the totals', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 1, maxLength: 300 }), (days) => {
        const { stats, summary, today } = useDaily(days);
        expect(DeviceSummarySchema.safeParse(summary).success).toBe(true);
        expect(readSummary(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
        const unpacked = summaryDays(summary);
        for (let back = 0; back < SYNC_DAYS; back++) {
          const day = addDays(today, -back);
          const kinds = unpacked[day] ?? {};
          const total = Object.values(kinds).reduce((a, b) => a + b, 0);
          expect(total).toBe(routinesOn(stats.days[day]));
        }
        const all = days.flat().reduce((a, b) => a + b, 0);
        expect(summaryTotal(summary)).toBe(all);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('packs the same history the same way, written again or not', () => {
    const { stats, summary, today } = useDaily([
      [1, 2],
      [0, 1],
      [3, 0],
    ]);
    expect(packSummary(stats, today)).toEqual(summary);
  });

  it('a first summary (or one after an erase) folds the local history older than its window', () => {
    const old = addDays(START, -SYNC_DAYS - 5);
    const stats = applyStats(applyStats(emptyStats(), old, { routinesQuick: 2 }), START, { routinesFull: 1 });
    const s = packSummary(stats, START);
    expect(s.t).toEqual({ quick: 2 });
    expect(s.r).toEqual({ full: [1] });
    expect(packSummary(emptyStats(), START)).toEqual({ v: 1, to: START, r: {}, t: {} });
  });
});

describe(`storage.sync's limits (fast-check seed ${SEED})`, () => {
  it('a year of daily use on five devices stays under 8 KB an item and 100 KB in all', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(dayArb, { minLength: 365, maxLength: 365 }), { minLength: 5, maxLength: 5 }),
        (devices) => {
          const sizes = devices.map((days, i) =>
            syncBytes(deviceKey(`device${i}abc`), useDaily(days).summary),
          );
          for (const size of sizes) expect(size).toBeLessThan(SYNC_ITEM_BYTES);
          // Beside the settings (at most one item of 8 KB) and the voice answer.
          expect(sizes.reduce((a, b) => a + b, 0) + SYNC_ITEM_BYTES + 100).toBeLessThan(SYNC_TOTAL_BYTES);
        },
      ),
      { seed: SEED, numRuns: 5 },
    );
  });

  it('fits even at the worst: every kind at its most on every day, totals at their largest', () => {
    const worst: DeviceSummary = {
      v: 1,
      to: START,
      r: Object.fromEntries(ROUTINE_KINDS.map((k) => [k.kind, Array(SYNC_DAYS).fill(MAX_DAY_COUNT)])),
      t: Object.fromEntries(ROUTINE_KINDS.map((k) => [k.kind, 99_999_999])),
    };
    const bytes = syncBytes(deviceKey('f'.repeat(32)), worst);
    expect(bytes).toBeLessThan(SYNC_ITEM_BYTES);
    // Per kind, about 0.5 KB: there is room for twice as many kinds of routine as Nape has.
    expect(bytes / ROUTINE_KINDS.length).toBeLessThan(SYNC_ITEM_BYTES / (2 * ROUTINE_KINDS.length));
  });
});

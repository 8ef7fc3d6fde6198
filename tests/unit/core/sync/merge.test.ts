import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTER_NAMES } from '@/src/core/stats/counters';
import { applyStats, emptyStats, routinesOn, type Stats, streaks } from '@/src/core/stats/day-stats';
import { todaySummary } from '@/src/core/stats/summary';
import { ROUTINE_KINDS } from '@/src/core/sync/kinds';
import { deviceKey, STALE_DAYS, SYNC_DAYS } from '@/src/core/sync/limits';
import {
  canonical,
  type DeviceSummaries,
  mergeSummaries,
  otherRoutines,
  otherRoutinesOnDay,
  readSummaries,
  withDevices,
} from '@/src/core/sync/merge';
import { packSummary, summaryDays } from '@/src/core/sync/pack';
import type { DeviceSummary } from '@/src/core/sync/summary-schema';
import { RETRY_GAP_MS, staleKeys, summaryDue } from '@/src/core/sync/write';
import { addDays, type DayKey, MINUTE } from '@/src/core/time';

// Every device's routines, put together: merging summaries in any order, any number of times,
// gives the same devices; a day with routines on several devices is one day for the streak and the
// goal (its routines add up); a summary that fails its schema is never merged.

const SEED = 20261204;
const TODAY = '2026-12-04';
const KINDS = ROUTINE_KINDS.map((k) => k.kind);

/** A device's history: routines of random kinds on random days of the last ~100. */
const historyArb: fc.Arbitrary<Stats> = fc
  .array(
    fc.record({
      back: fc.integer({ min: 0, max: 100 }),
      kind: fc.constantFrom(...ROUTINE_KINDS),
      n: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 40 },
  )
  .map((entries) =>
    entries.reduce((s, e) => applyStats(s, addDays(TODAY, -e.back), { [e.kind.counter]: e.n }), emptyStats()),
  );

const idArb = fc.stringMatching(/^[a-z0-9]{8,12}$/);
/** Some devices, by id, each with its summary as of a day near today. */
const devicesArb: fc.Arbitrary<Record<string, DeviceSummary>> = fc
  .dictionary(idArb, fc.tuple(historyArb, fc.integer({ min: 0, max: 3 })), { maxKeys: 4 })
  .map((byId) =>
    Object.fromEntries(
      Object.entries(byId).map(([id, [stats, lag]]) => [id, packSummary(stats, addDays(TODAY, -lag))]),
    ),
  );

const run = { seed: SEED, numRuns: 300 };

describe(`merging device summaries (fast-check seed ${SEED})`, () => {
  it('is commutative and idempotent', () => {
    fc.assert(
      fc.property(devicesArb, devicesArb, devicesArb, (a, b, c) => {
        expect(canonical(mergeSummaries(a, b))).toBe(canonical(mergeSummaries(b, a)));
        expect(canonical(mergeSummaries(a, a))).toBe(canonical(a));
        const ab = mergeSummaries(a, b);
        expect(canonical(mergeSummaries(ab, b))).toBe(canonical(ab));
        expect(canonical(mergeSummaries(mergeSummaries(a, b), c))).toBe(
          canonical(mergeSummaries(a, mergeSummaries(b, c))),
        );
      }),
      run,
    );
  });

  it('keeps the newer summary of a device seen twice', () => {
    const older = packSummary(
      applyStats(emptyStats(), addDays(TODAY, -1), { routinesFull: 1 }),
      addDays(TODAY, -1),
    );
    const newer = packSummary(applyStats(emptyStats(), TODAY, { routinesFull: 2 }), TODAY);
    expect(mergeSummaries({ abcdefgh: older }, { abcdefgh: newer })).toEqual({ abcdefgh: newer });
    expect(mergeSummaries({ abcdefgh: newer }, { abcdefgh: older })).toEqual({ abcdefgh: newer });
  });

  it('counts a day once however many devices did a routine on it; the routines add up', () => {
    fc.assert(
      fc.property(historyArb, fc.array(historyArb, { minLength: 1, maxLength: 4 }), (local, remotes) => {
        const devices: DeviceSummaries = Object.fromEntries(
          remotes.map((stats, i) => [`device${i}xx`, packSummary(stats, TODAY)]),
        );
        const merged = withDevices(local, devices, 'thisdevice', TODAY);
        const everyone = [local, ...remotes];
        // Each day: its routines are the sum over devices; the day itself is there once.
        for (let back = 0; back < 110; back++) {
          const day = addDays(TODAY, -back);
          const sum = everyone.reduce((n, s) => n + routinesOn(s.days[day]), 0);
          expect(routinesOn(merged.days[day])).toBe(sum);
        }
        // The streak is the run of days on which ANY device did a routine.
        const anyOn = (day: DayKey) => everyone.some((s) => routinesOn(s.days[day]) > 0);
        let expected = 0;
        for (let d = anyOn(TODAY) ? TODAY : addDays(TODAY, -1); anyOn(d); d = addDays(d, -1)) expected++;
        expect(streaks(merged, TODAY).current).toBe(expected);
        expect(todaySummary(merged, TODAY, 2).routines).toBe(
          everyone.reduce((n, s) => n + routinesOn(s.days[TODAY]), 0),
        );
        // Screen time and the other counters stay this device's.
        for (const [day, d] of Object.entries(local.days))
          expect(merged.days[day]?.activeMs).toBe(d.activeMs);
      }),
      run,
    );
  });

  it('gives the same history whatever order the devices were seen in, and however often', () => {
    fc.assert(
      fc.property(historyArb, devicesArb, devicesArb, (local, a, b) => {
        const one = withDevices(local, mergeSummaries(a, b), null, TODAY);
        const other = withDevices(local, mergeSummaries(b, mergeSummaries(a, b)), null, TODAY);
        expect(canonical(one)).toBe(canonical(other));
      }),
      run,
    );
  });

  it('counts the other devices on one day as the full merge does', () => {
    fc.assert(
      fc.property(devicesArb, fc.integer({ min: -3, max: 110 }), fc.boolean(), (devices, back, skipOne) => {
        const own = skipOne ? (Object.keys(devices)[0] ?? null) : null;
        const day = addDays(TODAY, -back);
        const merged = Object.values(otherRoutines(devices, own, day).days[day] ?? {});
        expect(otherRoutinesOnDay(devices, own, day)).toBe(merged.reduce((a, b) => a + (b ?? 0), 0));
      }),
      run,
    );
  });

  it("skips this device's own summary: its local history is the record", () => {
    const local = applyStats(emptyStats(), TODAY, { routinesQuick: 1 });
    const own = packSummary(local, TODAY);
    expect(withDevices(local, { mineminemine: own }, 'mineminemine', TODAY)).toEqual(local);
    expect(otherRoutines({ mineminemine: own }, 'mineminemine', TODAY).any).toBe(false);
  });

  it('ignores, and offers for removal, a device not seen for more than 90 days', () => {
    const stats = applyStats(emptyStats(), addDays(TODAY, -STALE_DAYS - 1), { routinesFull: 1 });
    const gone = packSummary(stats, addDays(TODAY, -STALE_DAYS - 1));
    const edge = packSummary(stats, addDays(TODAY, -STALE_DAYS));
    const devices = { gonegonegone: gone, edgeedgeedge: edge };
    const items = {
      'dev.gonegonegone': gone,
      'dev.edgeedgeedge': edge,
      'dev.newernewer': { v: 2 },
      settings: gone,
    };
    expect(staleKeys(items, 'dev.mineminemine', TODAY)).toEqual(['dev.gonegonegone']);
    expect(staleKeys(items, 'dev.gonegonegone', TODAY)).toEqual([]);
    // Only the edge device's day counts: the stale one is no longer merged.
    expect(
      routinesOn(withDevices(emptyStats(), devices, null, TODAY).days[addDays(TODAY, -STALE_DAYS - 1)]),
    ).toBe(1);
  });

  it('counts a kind it does not know (a newer Nape on another device) as a routine that day', () => {
    const newer: DeviceSummary = { v: 1, to: TODAY, r: { stretchy: [2] }, t: {} };
    const merged = withDevices(emptyStats(), { newernewer: newer }, null, TODAY);
    expect(routinesOn(merged.days[TODAY])).toBe(2);
  });
});

/** Things storage.sync might hold under a device's key that must not be merged. */
const badArb = fc.oneof(
  fc.anything(),
  fc.record({ v: fc.constant(2), to: fc.constant(TODAY), r: fc.constant({}) }),
  fc.record({ v: fc.constant(1), to: fc.constantFrom('2026-02-30', 'yesterday', ''), r: fc.constant({}) }),
  fc.record({ v: fc.constant(1), to: fc.constant(TODAY), r: fc.constant({ full: [-1] }) }),
  fc.record({ v: fc.constant(1), to: fc.constant(TODAY), r: fc.constant({ full: [1.5] }) }),
  fc.record({ v: fc.constant(1), to: fc.constant(TODAY), r: fc.constant({ 'Not A Kind': [1] }) }),
  fc.record({ v: fc.constant(1), to: fc.constant(TODAY), r: fc.constant({ full: ['1'] }) }),
);

describe(`reading summaries from storage.sync (fast-check seed ${SEED})`, () => {
  it('ignores every summary that fails its schema, keeps the rest and anything else in sync alone', () => {
    fc.assert(
      fc.property(
        devicesArb,
        fc.dictionary(idArb, badArb, { maxKeys: 4 }),
        historyArb,
        (good, bad, local) => {
          const badKeys = Object.keys(bad).filter((id) => !(id in good));
          const items: Record<string, unknown> = { settings: { theme: 'dark' }, voiceAsked: { at: 1 } };
          for (const [id, s] of Object.entries(good)) items[deviceKey(id)] = s;
          for (const id of badKeys) items[deviceKey(id)] = bad[id];
          items['dev.NOT-AN-ID'] = good[Object.keys(good)[0] ?? ''] ?? {};
          const { devices, rejected } = readSummaries(structuredClone(items));
          // What fails its schema is rejected (to be logged), by key; fc.anything() may produce a valid one by chance.
          expect(rejected).toContain('dev.NOT-AN-ID');
          for (const key of rejected) expect(Object.keys(good).map(deviceKey)).not.toContain(key);
          expect(canonical(Object.fromEntries(Object.entries(devices).filter(([id]) => id in good)))).toBe(
            canonical(good),
          );
          // Merged, only what was accepted counts: this device's own history is never less.
          const merged = withDevices(local, devices, null, TODAY);
          for (const [day, d] of Object.entries(local.days))
            expect(routinesOn(merged.days[day])).toBeGreaterThanOrEqual(routinesOn(d));
        },
      ),
      run,
    );
  });

  it('rejects each kind of bad summary', () => {
    fc.assert(
      fc.property(
        badArb.filter((v) => typeof v === 'object' && v !== null && 'v' in v),
        (bad) => {
          expect(readSummaries({ 'dev.abcdefgh': bad }).rejected).toEqual(['dev.abcdefgh']);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('when the writer writes', () => {
  const at = Date.parse('2026-12-04T12:00:00Z');
  it('never on the day already written, with nothing owed', () => {
    expect(summaryDue({ summaryDay: TODAY }, TODAY, at)).toBe(false);
  });
  it('once a day begins, or for a record that never wrote (an older Nape stored only the id)', () => {
    expect(summaryDue({ summaryDay: addDays(TODAY, -1) }, TODAY, at)).toBe(true);
    expect(summaryDue({}, TODAY, at)).toBe(true);
  });
  it('when a write is owed and its time has come, whatever the day', () => {
    expect(summaryDue({ summaryDay: TODAY, writeAt: at }, TODAY, at)).toBe(true);
    expect(summaryDue({ summaryDay: TODAY, writeAt: at + MINUTE }, TODAY, at)).toBe(false);
    expect(summaryDue({ summaryDay: addDays(TODAY, -1), writeAt: at + MINUTE }, TODAY, at)).toBe(false);
    // A clock set back by more than the retry gap does not hold the retry.
    expect(summaryDue({ summaryDay: TODAY, writeAt: at + RETRY_GAP_MS + MINUTE }, TODAY, at)).toBe(true);
  });
});

it('the sync kinds are the history counters named routines<Kind>', () => {
  expect(KINDS).toContain('full');
  expect(KINDS).toContain('quick');
  expect(ROUTINE_KINDS.map((k) => k.counter)).toEqual(COUNTER_NAMES.filter((n) => /^routines[A-Z]/.test(n)));
  expect(SYNC_DAYS).toBeGreaterThanOrEqual(60);
  expect(Object.keys(summaryDays({ v: 1, to: TODAY, r: { full: [0, 3] }, t: {} }))).toEqual([
    addDays(TODAY, -1),
  ]);
});

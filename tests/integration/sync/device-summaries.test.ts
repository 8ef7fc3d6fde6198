import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reminderAt } from '@/src/core/schedule/reminder';
import { applyStats, emptyStats } from '@/src/core/stats/day-stats';
import type { OtherRoutines } from '@/src/core/sync/add';
import { deviceKey } from '@/src/core/sync/limits';
import * as pack from '@/src/core/sync/pack';
import { packSummary } from '@/src/core/sync/pack';
import type { DeviceSummary } from '@/src/core/sync/summary-schema';
import { RETRY_GAP_MS } from '@/src/core/sync/write';
import { addDays, MINUTE } from '@/src/core/time';
import { currentTimeZone } from '@/src/platform/locale';
import { followOtherRoutines, loadOtherRoutines, readDeviceSummaries } from '@/src/platform/sync-devices';
import { bootWorker, clock, message, runUntil, storedEngine } from '@/tests/integration/support/worker';
import { settingsWith } from '@/tests/support/settings';

// The worker writes this device's summary to storage.sync only when it changed, at once when a
// routine counted, and the pages read every device's summary, ignoring (and logging) any that
// fails its schema. Against WXT's fake browser, with the engine's own clock.

// Spied on, so a test can tell that a wake packed nothing (the spy calls the real packSummary).
vi.mock('@/src/core/sync/pack', async (original) => {
  const real = await original<typeof import('@/src/core/sync/pack')>();
  return { ...real, packSummary: vi.fn(real.packSummary) };
});

const T0 = Date.parse('2026-11-24T08:00:00Z');
const TODAY = '2026-11-24';

const deviceId = async () => ((await fakeBrowser.storage.local.get('device')).device as { id: string }).id;
const ownSummary = async () => {
  const key = deviceKey(await deviceId());
  return (await fakeBrowser.storage.sync.get(key))[key] as DeviceSummary;
};
/** The writes the worker made to storage.sync since the spy was set. */
const syncWrites = () => vi.spyOn(fakeBrowser.storage.sync, 'set');

beforeEach(() => {
  clock.now = T0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe("the worker's summary writer", () => {
  it('makes a device id once and keeps it across worker restarts', async () => {
    await bootWorker();
    const id = await deviceId();
    expect(id).toMatch(/^[a-z0-9]{16}$/);
    await bootWorker();
    expect(await deviceId()).toBe(id);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).filter((k) => k.startsWith('dev.'))).toEqual(
      [deviceKey(id)],
    );
  });

  it('writes nothing while nothing changes, at once when a routine counts, and once for a new day', async () => {
    const engine = await bootWorker();
    expect(await ownSummary()).toEqual({ v: 1, to: TODAY, r: {}, t: {} });
    const writes = syncWrites();
    await runUntil(engine, T0 + 90 * MINUTE); // ~90 heartbeats: no routine, the same day
    expect(writes).not.toHaveBeenCalled();

    await message('command', { type: 'startRoutine', variant: 'quick', source: 'popup' });
    const { mode } = await storedEngine();
    if (mode.kind !== 'routine') throw new Error('no routine');
    clock.now += 2 * MINUTE;
    await message('command', { type: 'routineEnded', startedAt: mode.startedAt, fraction: 1 });
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await ownSummary()).r).toEqual({ quick: [1] });

    // Restarted, the worker reads what it wrote and writes nothing that is already there.
    const restarted = await bootWorker();
    expect(writes).toHaveBeenCalledTimes(1);
    // The next day begins (the user keeps working past midnight): one write moves the window.
    await runUntil(restarted, Date.parse('2026-11-25T00:30:00Z'));
    expect(writes).toHaveBeenCalledTimes(2);
    expect(await ownSummary()).toEqual({ v: 1, to: '2026-11-25', r: { quick: [0, 1] }, t: {} });
  });

  it("removes another device's summary not seen for 90 days, and leaves a bad one alone", async () => {
    const old = addDays(TODAY, -100);
    const stale = packSummary(applyStats(emptyStats(), old, { routinesFull: 1 }), old);
    await fakeBrowser.storage.sync.set({ 'dev.stalestale': stale, 'dev.badbadbad': { v: 1, to: 'soon' } });
    await bootWorker();
    const keys = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(keys).not.toContain('dev.stalestale');
    expect(keys).toContain('dev.badbadbad');
  });

  it('counts this device alone when storage.sync cannot be used, and the engine goes on', async () => {
    // Settings read from storage.sync are the engine's (read leniently, elsewhere); the summaries fail.
    const get = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation((keys) =>
      keys === null || String(keys).startsWith('dev.')
        ? Promise.reject(new Error('sync is disabled'))
        : get(keys),
    );
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync is disabled'));
    const engine = await bootWorker();
    await runUntil(engine, T0 + 10 * MINUTE);
    expect((await storedEngine()).neck).toMatchObject({ status: 'counting', activeMs: 10 * MINUTE });
    expect(await readDeviceSummaries()).toEqual({});
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining('storage.sync cannot be'),
      expect.any(Error),
    );
  });

  it('writes an empty summary when the history is erased', async () => {
    const stats = applyStats(emptyStats(), TODAY, { routinesFull: 2 });
    await fakeBrowser.storage.local.set({ stats });
    await bootWorker();
    expect((await ownSummary()).r).toEqual({ full: [2] });
    await message('eraseHistory');
    expect(await ownSummary()).toEqual({ v: 1, to: TODAY, r: {}, t: {} });
  });
});

describe('a wake in a fresh worker (the worker is stopped between most wakes)', () => {
  const quickRoutine = async () => {
    await message('command', { type: 'startRoutine', variant: 'quick', source: 'popup' });
    const { mode } = await storedEngine();
    if (mode.kind !== 'routine') throw new Error('no routine');
    clock.now += 2 * MINUTE;
    await message('command', { type: 'routineEnded', startedAt: mode.startedAt, fraction: 1 });
  };
  /** storage.sync's calls other than the wake's one read of the settings, and the summaries packed. */
  const summaryWork = () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove');
    vi.mocked(pack.packSummary).mockClear();
    return () => ({
      syncCalls:
        get.mock.calls.filter(([keys]) => JSON.stringify(keys) !== '["settings"]').length +
        set.mock.calls.length +
        remove.mock.calls.length,
      packed: vi.mocked(pack.packSummary).mock.calls.length,
    });
  };

  it('with no routine, on the day already written, calls storage.sync for nothing and packs nothing', async () => {
    await bootWorker();
    const work = summaryWork();
    for (const minutes of [1, 30, 600]) {
      clock.now = T0 + minutes * MINUTE;
      await bootWorker();
    }
    expect(work()).toEqual({ syncCalls: 0, packed: 0 });
  });

  it('writes once when the day changes, then nothing more that day', async () => {
    await bootWorker();
    const work = summaryWork();
    clock.now = Date.parse('2026-11-25T09:00:00Z');
    await bootWorker();
    expect(await ownSummary()).toEqual({ v: 1, to: '2026-11-25', r: {}, t: {} });
    const once = work();
    expect(once.packed).toBe(1);
    expect(vi.mocked(fakeBrowser.storage.sync.set)).toHaveBeenCalledTimes(1);
    clock.now += 30 * MINUTE;
    await bootWorker();
    expect(work()).toEqual(once);
  });

  it('writes at once when a routine counts, and when the history is imported', async () => {
    await bootWorker();
    clock.now += 30 * MINUTE;
    await bootWorker();
    const writes = syncWrites();
    await quickRoutine();
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await ownSummary()).r).toEqual({ quick: [1] });
    await message('importHistory', { [addDays(TODAY, -1)]: { routinesFull: 2 } });
    expect(writes).toHaveBeenCalledTimes(2);
    expect((await ownSummary()).r).toEqual({ quick: [1], full: [0, 2] });
  });

  it('writes a change saved by a worker stopped before it wrote its summary', async () => {
    await bootWorker();
    // What a worker stopped right after saving a routine leaves: the history and the write owed.
    const { device } = await fakeBrowser.storage.local.get('device');
    await fakeBrowser.storage.local.set({
      stats: applyStats(emptyStats(), TODAY, { routinesFull: 1 }),
      device: { ...(device as object), writeAt: T0 },
    });
    clock.now += MINUTE;
    await bootWorker();
    expect((await ownSummary()).r).toEqual({ full: [1] });
  });

  it('tries a failed write again on a later wake, in a fresh worker, warning once', async () => {
    await bootWorker();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await quickRoutine();
    expect(set).toHaveBeenCalledTimes(1);
    expect((await ownSummary()).r).toEqual({});
    // Before the retry's time, a fresh worker leaves it be; after, it writes.
    clock.now += RETRY_GAP_MS / 2;
    await bootWorker();
    expect(set).toHaveBeenCalledTimes(1);
    set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    clock.now += RETRY_GAP_MS;
    await bootWorker();
    expect(set).toHaveBeenCalledTimes(2);
    clock.now += RETRY_GAP_MS;
    await bootWorker();
    expect(set).toHaveBeenCalledTimes(3);
    expect((await ownSummary()).r).toEqual({ quick: [1] });
    const warnings = vi
      .mocked(console.warn)
      .mock.calls.filter(([text]) => String(text).includes('storage.sync'));
    expect(warnings).toHaveLength(1);
    // Written: the next wake that day costs nothing again.
    clock.now += RETRY_GAP_MS;
    await bootWorker();
    expect(set).toHaveBeenCalledTimes(3);
  });
});

describe("the pages' reader", () => {
  const other = packSummary(applyStats(emptyStats(), TODAY, { routinesFull: 1 }), TODAY);
  beforeEach(() => {
    vi.useFakeTimers({ now: T0, toFake: ['Date'] });
    return () => vi.useRealTimers();
  });

  it("adds every other device's routines, not this device's own summary", async () => {
    await fakeBrowser.storage.local.set({ stats: applyStats(emptyStats(), TODAY, { routinesQuick: 1 }) });
    await bootWorker();
    await fakeBrowser.storage.sync.set({ 'dev.otherother': other });
    expect(Object.keys(await readDeviceSummaries()).sort()).toEqual([await deviceId(), 'otherother'].sort());
    expect(await loadOtherRoutines()).toEqual({
      days: { [TODAY]: { routinesFull: 1 } },
      total: 1,
      any: true,
    });
  });

  it('ignores and logs a summary that fails its schema; the rest still count', async () => {
    await fakeBrowser.storage.sync.set({
      'dev.otherother': other,
      'dev.newernewer': { v: 2, days: 'packed differently' },
      'dev.brokenbroken': { v: 1, to: TODAY, r: { full: [-3] } },
    });
    expect(Object.keys(await readDeviceSummaries())).toEqual(['otherother']);
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringMatching(/ignored 2 device summary.*dev\.newernewer/),
    );
    expect((await loadOtherRoutines()).total).toBe(1);
  });

  it('follows a summary arriving from another device', async () => {
    const seen = new Promise<OtherRoutines>((resolve) => followOtherRoutines(resolve));
    await fakeBrowser.storage.sync.set({ 'dev.otherother': other });
    expect((await seen).days).toEqual({ [TODAY]: { routinesFull: 1 } });
  });
});

describe('the evening reminder counts every device toward the goal', () => {
  const AT_19 = reminderAt(TODAY, '19:00', currentTimeZone());
  beforeEach(async () => {
    clock.now = AT_19 - 10 * MINUTE;
    await fakeBrowser.storage.sync.set({
      settings: settingsWith({
        neckBreak: { enabled: false },
        postureCheck: { enabled: false },
        eveningReminder: { enabled: true, time: '19:00' },
      }),
    });
  });

  it('is not shown when the other device met the goal today', async () => {
    const other = packSummary(applyStats(emptyStats(), TODAY, { routinesFull: 1, routinesQuick: 1 }), TODAY);
    await fakeBrowser.storage.sync.set({ 'dev.otherother': other });
    const engine = await bootWorker();
    await runUntil(engine, AT_19 + 5 * MINUTE);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('is shown with the routines of both devices when the goal is not met yet', async () => {
    const other = packSummary(applyStats(emptyStats(), TODAY, { routinesQuick: 1 }), TODAY);
    await fakeBrowser.storage.sync.set({
      'dev.otherother': other,
      'dev.brokenbroken': { v: 1, to: TODAY, r: { full: [-9] } },
    });
    const engine = await bootWorker();
    await runUntil(engine, AT_19 + 5 * MINUTE);
    const options = (await fakeBrowser.notifications.getAllCreateOptions())['nape-evening'];
    expect(options).toMatchObject({ message: expect.stringContaining('1 of 2') });
  });
});

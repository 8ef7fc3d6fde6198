import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/src/core/settings/limits';
import { MINUTE } from '@/src/core/time';
import { STORED } from '@/src/platform/storage-items';
import { bootWorker, clock, runUntil, storedEngine } from '@/tests/integration/support/worker';

// Whatever is in storage — a bug of an older build, a sync conflict, a hand edit, a newer Nape —
// the worker starts, keeps what is valid, and says what it dropped.

const T0 = Date.parse('2026-11-24T08:00:00Z');
let warnings: string[];

beforeEach(() => {
  clock.now = T0;
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args) => void warnings.push(args.join(' ')));
});

const garbage: [string, unknown][] = [
  ['a string', 'garbage'],
  ['a number', 42],
  ['an array', [1, 2, 3]],
  ['an empty object', {}],
  ['missing fields', { v: 1, activity: { state: 'active' } }],
  [
    'wrong types',
    { v: 1, activity: 'active', neck: { status: 'due' }, posture: null, mode: 7, inHours: 'yes' },
  ],
  ['a future version', { v: 3, activity: { state: 'active', since: 1, lastSeenAt: 1, detectionSec: 120 } }],
];

describe('corrupted engine state', () => {
  it.each(garbage)('%s: the worker starts fresh instead of crashing, and keeps running', async (_, value) => {
    await fakeBrowser.storage.local.set({ engine: value });
    const engine = await bootWorker();
    const state = await storedEngine();
    expect(state).toMatchObject({
      v: 2,
      neck: { status: 'counting', activeMs: 0 },
      mode: { kind: 'normal' },
    });
    await runUntil(engine, T0 + 5 * MINUTE);
    expect((await storedEngine()).neck.activeMs).toBe(5 * MINUTE);
    expect(warnings.join('\n')).toContain('engine state');
  });
});

describe('corrupted settings', () => {
  it('keeps every valid field, falls back per invalid one, and runs on them', async () => {
    const stored = {
      ...defaultSettings(),
      neckBreak: { enabled: true, intervalMin: 'soon' },
      postureCheck: { enabled: 'yes', intervalMin: 35 },
      snooze: { choicesMin: [5, 'ten'], defaultMin: 5, maxPerBreak: 2 },
      routine: null,
    };
    await fakeBrowser.storage.sync.set({ settings: stored });
    await bootWorker();
    const settings = await STORED.settings.load();
    expect(settings.neckBreak.intervalMin).toBe(60);
    expect(settings.postureCheck).toEqual({ enabled: true, intervalMin: 35 });
    expect(settings.snooze).toEqual({ choicesMin: [5, 10, 15], defaultMin: 5, maxPerBreak: 2 });
    expect(settings.routine).toEqual(defaultSettings().routine);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('60m');
    expect(warnings.join('\n')).toContain('neckBreak.intervalMin');
  });

  it('settings written by a newer Nape (a higher version) are read field by field', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings(), neckBreak: { enabled: true, intervalMin: 45 }, newThing: { x: 1 } },
      settings$: { v: 99 },
    });
    await bootWorker();
    expect((await STORED.settings.load()).neckBreak.intervalMin).toBe(45);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('45m');
  });

  it.each(garbage)('%s as settings gives the defaults', async (_, value) => {
    await fakeBrowser.storage.sync.set({ settings: value });
    await bootWorker();
    expect(await STORED.settings.load()).toEqual(defaultSettings());
  });
});

describe('corrupted history', () => {
  it('keeps the valid days, drops the broken ones, and goes on counting', async () => {
    await fakeBrowser.storage.local.set({
      stats: {
        v: 1,
        days: {
          '2026-11-22': { activeMs: 1000, routinesFull: 1 },
          '2026-11-23': { activeMs: 'lots' },
          '2026-02-30': { activeMs: 5 },
          nonsense: 3,
        },
      },
    });
    const engine = await bootWorker();
    await runUntil(engine, T0 + 2 * MINUTE);
    const stats = await STORED.stats.load();
    expect(Object.keys(stats.days).sort()).toEqual(['2026-11-22', '2026-11-24']);
    expect(stats.days['2026-11-22']).toMatchObject({ activeMs: 1000, routinesFull: 1, prompts: 0 });
    expect(stats.days['2026-11-24']?.activeMs).toBe(2 * MINUTE);
    expect(warnings.join('\n')).toContain('stats');
  });

  it('history that is not an object at all is replaced', async () => {
    await fakeBrowser.storage.local.set({ stats: 'garbage' });
    const engine = await bootWorker();
    await runUntil(engine, T0 + MINUTE);
    expect(Object.keys((await STORED.stats.load()).days)).toEqual(['2026-11-24']);
  });
});

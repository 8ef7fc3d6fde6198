import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MINUTE } from '@/src/core/time';
import { fakeIdle } from '@/tests/integration/fakes/idle';
import {
  bootWorker,
  clock,
  message,
  runUntil,
  settle,
  startWorker,
  storedEngine,
} from '@/tests/integration/support/worker';
import { settingsWith } from '@/tests/support/settings';

// The background pipeline against WXT's fakeBrowser and our idle fake: what survives a worker
// restart, what a burst of events does, and how the pieces are wired.

const T0 = Date.parse('2026-11-24T08:00:00Z');

beforeEach(() => {
  clock.now = T0;
});

describe('worker start', () => {
  it('sets the idle interval, arms exactly one wake alarm and saves a valid state', async () => {
    await bootWorker();
    expect(fakeIdle().detectionIntervalSeconds).toBe(120);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([['nape-wake', T0 + MINUTE]]);
    expect((await storedEngine()).activity.state).toBe('active');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('60m');
  });

  it('a restart mid-cycle keeps the counted time and arms no duplicate alarm', async () => {
    let engine = await bootWorker();
    await runUntil(engine, T0 + 30 * MINUTE + 20_000);
    const before = await storedEngine();

    engine = await bootWorker(); // all memory dropped, state reloaded from storage
    const after = await storedEngine();
    expect(after.neck.activeMs).toBe(before.neck.activeMs + (clock.now - before.activity.lastSeenAt));
    expect(after.neck.activeMs).toBe(30 * MINUTE + 20_000);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);

    await runUntil(engine, T0 + 63 * MINUTE);
    const neck = (await fakeBrowser.notifications.getAll()) as Record<string, unknown>;
    expect(Object.keys(neck)).toEqual(['nape-neck']);
    const stats = (await fakeBrowser.storage.local.get('stats')).stats as {
      days: Record<string, { prompts: number; activeMs: number }>;
    };
    expect(stats.days['2026-11-24']?.prompts).toBe(1);
    // Every minute counted once: screen time runs to the last heartbeat, with nothing lost or doubled.
    expect(stats.days['2026-11-24']?.activeMs).toBe((await storedEngine()).activity.lastSeenAt - T0);
  });

  it('several restarts in a row still count every minute once', async () => {
    let engine = await bootWorker();
    for (let i = 1; i <= 10; i++) {
      await runUntil(engine, T0 + i * 3 * MINUTE);
      engine = await bootWorker();
    }
    expect((await storedEngine()).neck.activeMs).toBe(30 * MINUTE);
  });
});

describe('events in a burst', () => {
  it('are processed in order with no lost update', async () => {
    const engine = await bootWorker();
    const ratings = [1, 2, 3, 4, 5, 5, 4, 3, 2, 1];
    const answers = await Promise.all(
      ratings.map((rating) => message('command', { type: 'rateComfort', rating })),
    );
    await settle(engine);
    expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);
    const stats = (await fakeBrowser.storage.local.get('stats')).stats as {
      days: Record<string, { comfort: number[] }>;
    };
    expect(stats.days['2026-11-24']?.comfort).toEqual(ratings);
  });

  it('idle changes and wakes interleaved keep a consistent state', async () => {
    const engine = await bootWorker();
    await runUntil(engine, T0 + 10 * MINUTE);
    await Promise.all([
      fakeIdle().trigger('idle'),
      fakeBrowser.alarms.onAlarm.trigger({
        name: 'nape-wake',
        scheduledTime: clock.now,
        persistAcrossSessions: true,
      }),
      fakeIdle().trigger('locked'),
    ]);
    await settle(engine);
    const state = await storedEngine();
    expect(state.activity.state).toBe('locked');
    expect(state.neck.activeMs).toBe(8 * MINUTE); // back-dated by the 120-s threshold
    expect(await fakeBrowser.alarms.getAll()).toEqual([]); // nothing periodic while away
  });
});

describe('commands through the typed protocol', () => {
  it('answers an invalid command with a clear error and changes nothing', async () => {
    await bootWorker();
    const before = await storedEngine();
    expect(await message('command', { type: 'snooze', minutes: 'ten' })).toEqual({
      ok: false,
      error: 'invalid-command',
    });
    expect(await message('command', { type: 'selfDestruct' })).toEqual({
      ok: false,
      error: 'invalid-command',
    });
    expect(await message('command', { type: 'skip' })).toEqual({ ok: false, error: 'not-due' });
    expect(await storedEngine()).toEqual(before);
  });

  it('pause and resume', async () => {
    const engine = await bootWorker();
    expect(await message('command', { type: 'pause', preset: '1h' })).toEqual({ ok: true });
    await settle(engine);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');
    expect((await storedEngine()).mode).toMatchObject({ kind: 'paused', until: T0 + 60 * MINUTE });
    // The heartbeat runs on while the user is active (screen time, sleep); away, only the pause's end wakes it.
    expect((await fakeBrowser.alarms.get('nape-wake'))?.scheduledTime).toBe(T0 + MINUTE);
    await fakeIdle().trigger('locked');
    await settle(engine);
    expect((await fakeBrowser.alarms.get('nape-wake'))?.scheduledTime).toBe(T0 + 60 * MINUTE);
    expect(await message('command', { type: 'resume' })).toEqual({ ok: true });
    expect((await storedEngine()).mode.kind).toBe('normal');
  });
});

describe('notifications', () => {
  async function dueAndPrompted() {
    const engine = await bootWorker();
    await runUntil(engine, T0 + 63 * MINUTE);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['nape-neck']);
    return engine;
  }

  it('the prompt has Start and Snooze buttons and stays until acted on (Chrome)', async () => {
    await dueAndPrompted();
    const options = (await fakeBrowser.notifications.getAllCreateOptions())['nape-neck'];
    expect(options).toMatchObject({
      title: 'Time for a neck break',
      requireInteraction: true,
      buttons: [{ title: 'Start routine' }, { title: 'Snooze 10 min' }],
    });
  });

  it('Snooze on the prompt snoozes by the default length and clears it', async () => {
    const engine = await dueAndPrompted();
    await fakeBrowser.notifications.onButtonClicked.trigger('nape-neck', 1);
    await settle(engine);
    expect(await storedEngine()).toMatchObject({
      neck: { status: 'snoozed', until: clock.now + 10 * MINUTE },
    });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('Snooze on the prompt snoozes by the length it offered, though the settings changed since', async () => {
    const engine = await dueAndPrompted(); // its button says "Snooze 10 min"
    await fakeBrowser.storage.sync.set({
      settings: settingsWith({ snooze: { choicesMin: [5, 15], defaultMin: 15, maxPerBreak: 0 } }),
    });
    await settle(engine);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['nape-neck']);
    await fakeBrowser.notifications.onButtonClicked.trigger('nape-neck', 1);
    await settle(engine);
    expect(await storedEngine()).toMatchObject({
      neck: { status: 'snoozed', until: clock.now + 10 * MINUTE },
    });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('Start on the prompt starts the routine and opens the player, leaving the session to the page', async () => {
    const engine = await dueAndPrompted();
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await fakeBrowser.notifications.onButtonClicked.trigger('nape-neck', 0);
    await settle(engine);
    expect((await storedEngine()).mode).toEqual({ kind: 'routine', variant: 'full', startedAt: clock.now });
    // The pages alone write the player's position: the page that opens starts it.
    expect(await fakeBrowser.storage.session.get('routine')).toEqual({});
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup' }));
  });

  it.each([
    ['Chrome', 'chrome', 'opens the popup with every choice', false],
    ['Firefox', 'firefox', 'starts the routine (its prompt has no buttons)', true],
  ] as const)('on %s a click on the prompt %s', async (_, family, _what, starts) => {
    const engine = await bootWorker(family);
    await runUntil(engine, T0 + 63 * MINUTE);
    const popup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined as never);
    await fakeBrowser.notifications.onClicked.trigger('nape-neck');
    await settle(engine);
    expect((await storedEngine()).mode.kind).toBe(starts ? 'routine' : 'normal');
    // Both show the player or the choices: the routine opens in the popup (or its window).
    expect(popup).toHaveBeenCalledOnce();
  });

  it('posture checks are light: no buttons, silent, cleared 30 s later', async () => {
    const engine = await bootWorker();
    await runUntil(engine, T0 + 20 * MINUTE);
    const posture = (await fakeBrowser.notifications.getAllCreateOptions())['nape-posture'];
    expect(posture).toMatchObject({ silent: true });
    expect(posture).not.toHaveProperty('buttons');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['nape-posture']);
    await runUntil(engine, T0 + 20 * MINUTE + 30_000);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});

describe('settings', () => {
  it('a change made elsewhere reaches the engine at once', async () => {
    const engine = await bootWorker();
    const settings = (await import('@/src/core/settings/limits')).defaultSettings();
    settings.neckBreak.intervalMin = 25;
    await fakeBrowser.storage.sync.set({ settings });
    await settle(engine);
    await settle(engine);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('25m');
  });

  it('the minutes before a change are counted under the settings they were lived with', async () => {
    const { defaultSettings } = await import('@/src/core/settings/limits');
    const off = defaultSettings();
    off.postureCheck.enabled = false;
    await fakeBrowser.storage.sync.set({ settings: off });
    const engine = await bootWorker();
    clock.now = T0 + 40_000; // between two heartbeats
    const on = defaultSettings();
    await fakeBrowser.storage.sync.set({ settings: on });
    await settle(engine);
    await settle(engine);
    expect((await storedEngine())?.posture.activeMs).toBe(0);
  });

  it('a new idle threshold goes to the browser', async () => {
    const engine = await bootWorker();
    const settings = (await import('@/src/core/settings/limits')).defaultSettings();
    settings.activity.idleThresholdSec = 300;
    await fakeBrowser.storage.sync.set({ settings });
    await settle(engine);
    await settle(engine);
    expect(fakeIdle().detectionIntervalSeconds).toBe(300);
  });
});

describe('fullscreen windows', () => {
  it('are asked about only when a prompt is due, and hold the neck prompt back', async () => {
    const lastFocused = vi
      .spyOn(fakeBrowser.windows, 'getLastFocused')
      .mockResolvedValue({ state: 'fullscreen' } as never);
    const engine = await bootWorker();
    // Wakes with no prompt due (the first posture check is at 20 minutes): never asked.
    await runUntil(engine, T0 + 19 * MINUTE);
    expect(lastFocused).not.toHaveBeenCalled();

    await runUntil(engine, T0 + 62 * MINUTE);
    // The posture check and the neck prompt were due, and both held back by the fullscreen window.
    expect(lastFocused).toHaveBeenCalled();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    lastFocused.mockResolvedValue({ state: 'normal' } as never);
    await runUntil(engine, T0 + 64 * MINUTE);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['nape-neck']);
  });
});

describe('a worker woken by its alarm', () => {
  it('makes one pass for its start and the alarm that arrives while the start reads storage', async () => {
    await bootWorker();
    clock.now = T0 + MINUTE;
    // Hold the start's read of local storage until the alarm has been delivered, as Chrome does:
    // it delivers the alarm right after the script ran, and storage answers over IPC later.
    let reading!: () => void;
    const started = new Promise<void>((resolve) => {
      reading = resolve;
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const local = fakeBrowser.storage.local;
    const get = local.get.bind(local);
    vi.spyOn(local, 'get').mockImplementationOnce(async (keys) => {
      reading();
      await gate;
      return get(keys as never);
    });
    const set = vi.spyOn(local, 'set');

    const engine = startWorker();
    await started;
    const alarm = await fakeBrowser.alarms.get('nape-wake');
    if (!alarm) throw new Error('no wake alarm');
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    release();
    await settle(engine);

    expect(set).toHaveBeenCalledTimes(1);
    expect((await storedEngine()).neck.activeMs).toBe(MINUTE);
  });

  it('makes one pass when the alarm is delivered after the start has saved', async () => {
    await bootWorker();
    clock.now = T0 + MINUTE;
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const engine = await bootWorker();
    const alarm = await fakeBrowser.alarms.get('nape-wake');
    if (!alarm) throw new Error('no wake alarm');
    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, scheduledTime: T0 + MINUTE });
    await settle(engine);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await storedEngine()).neck.activeMs).toBe(MINUTE);
  });

  it('after the clock is set back, the alarms for the new times still wake the engine', async () => {
    const engine = await bootWorker();
    clock.now = T0 + 10 * MINUTE;
    await runUntil(engine, T0 + 10 * MINUTE);
    clock.now = T0; // the user sets the clock back ten minutes
    await message('refresh');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await runUntil(engine, T0 + 3 * MINUTE);
    expect(set).toHaveBeenCalledTimes(3);
  });

  it('an alarm set for later than the last save gets a pass of its own', async () => {
    const engine = await bootWorker();
    clock.now = T0 + MINUTE;
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const alarm = await fakeBrowser.alarms.get('nape-wake');
    if (!alarm) throw new Error('no wake alarm');
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await settle(engine);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await storedEngine()).neck.activeMs).toBe(MINUTE);
  });
});

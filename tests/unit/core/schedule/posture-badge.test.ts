import { describe, expect, it } from 'vitest';
import { formatBadgeMinutes } from '@/src/core/schedule/badge';
import { MINUTE, SECOND } from '@/src/core/time';
import { EngineDriver, settingsWith } from '@/tests/support/engine-driver';

const postureTimes = (d: EngineDriver, start: number) =>
  d.effects('notifyPosture').map((e) => (e.at - start) / MINUTE);

describe('posture checks', () => {
  it('appear every 20 active minutes with the next cue each time, and clear 30 s later', () => {
    const d = new EngineDriver({ settings: settingsWith({ neckBreak: { enabled: false } }) });
    const start = d.now;
    d.run(61 * MINUTE);
    // Served by the heartbeat, up to 30 s early or late; on average exactly every 20 minutes.
    expect(postureTimes(d, start)).toEqual([20, 39.5, 60]);
    expect(d.effects('notifyPosture').map((e) => e.effect)).toEqual([
      { type: 'notifyPosture', cue: 0 },
      { type: 'notifyPosture', cue: 1 },
      { type: 'notifyPosture', cue: 2 },
    ]);
    const clears = d
      .effects('clearNotification')
      .filter((e) => e.effect.type === 'clearNotification' && e.effect.kind === 'posture');
    expect(clears.map((e) => (e.at - start) / SECOND)).toEqual([20 * 60 + 30, 39.5 * 60 + 30, 60 * 60 + 30]);
    expect(d.statsTotal('postureChecks')).toBe(3);
  });

  it('are skipped within 5 minutes of a due neck break', () => {
    const d = new EngineDriver({ settings: settingsWith({ postureCheck: { intervalMin: 30 } }) });
    const start = d.now;
    d.run(100 * MINUTE);
    // 30: shown. 60: the neck break is due → skipped. 90: the ignored break is still due → skipped.
    expect(postureTimes(d, start)).toEqual([30]);
  });

  it('are skipped when the neck break falls due within 5 minutes', () => {
    const d = new EngineDriver({ settings: settingsWith({ postureCheck: { intervalMin: 56 } }) });
    d.run(58 * MINUTE);
    expect(d.effects('notifyPosture')).toEqual([]);
  });

  it('are skipped during a routine and in fullscreen', () => {
    const d = new EngineDriver({ settings: settingsWith({ neckBreak: { enabled: false } }) });
    d.playerOpen = true; // the routine stays on screen (paused) for 25 minutes
    d.send({ type: 'startRoutine', variant: 'full', source: 'popup' });
    d.run(25 * MINUTE);
    d.send(d.ended(0));
    d.fullscreen = true;
    d.run(25 * MINUTE);
    expect(d.effects('notifyPosture')).toEqual([]);
  });

  it('stay off when switched off', () => {
    const d = new EngineDriver({ settings: settingsWith({ postureCheck: { enabled: false } }) });
    d.run(50 * MINUTE);
    expect(d.effects('notifyPosture')).toEqual([]);
  });
});

describe('badge', () => {
  const lastBadge = (d: EngineDriver) => d.log.at(-1)?.effects.find((e) => e.type === 'badge');

  it.each([
    [59 * MINUTE + 1, '60m'],
    [42 * MINUTE, '42m'],
    [30 * SECOND, '1m'],
    [99 * MINUTE, '99m'],
    [100 * MINUTE, '2h'],
    [480 * MINUTE, '8h'],
  ])('%i ms left reads %s', (ms, text) => {
    expect(formatBadgeMinutes(ms)).toBe(text);
  });

  it('shows minutes left, then distinct marks for due, snoozed and paused', () => {
    const d = new EngineDriver();
    d.run(18 * MINUTE);
    expect(lastBadge(d)).toMatchObject({ text: '42m' });
    d.run(44 * MINUTE);
    expect(lastBadge(d)).toMatchObject({ text: '!' });
    d.send({ type: 'snooze', minutes: 10 });
    expect(lastBadge(d)).toMatchObject({ text: 'z10' });
    d.send({ type: 'pause', preset: '1h' });
    expect(lastBadge(d)).toMatchObject({ text: 'II' });
    const colours = new Set(d.effects('badge').map((e) => (e.effect.type === 'badge' ? e.effect.color : '')));
    expect(colours.size).toBe(4);
  });
});

describe('wake alarm', () => {
  it('beats once a minute while the user is active', () => {
    const d = new EngineDriver({ settings: settingsWith({ postureCheck: { enabled: false } }) });
    const start = d.now;
    d.run(60 * MINUTE);
    const wakes = d.log.filter((l) => l.event.type === 'wake');
    expect(wakes).toHaveLength(60);
    expect(wakes.every((w, i) => w.at === start + (i + 1) * MINUTE)).toBe(true);
  });

  it('does not beat while the user is idle or locked', () => {
    const d = new EngineDriver();
    d.run(5 * MINUTE);
    d.send({ type: 'idleChanged', state: 'idle' });
    expect(d.wakeAt).toBeNull();
    d.send({ type: 'idleChanged', state: 'locked' });
    expect(d.wakeAt).toBeNull();
  });

  it('the idle interval is set again on every worker start', () => {
    const d = new EngineDriver();
    expect(d.send({ type: 'started', idle: 'active' }).effects).toContainEqual({
      type: 'idleInterval',
      seconds: 120,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND } from '@/src/core/time';
import { EngineDriver, MONDAY_0900_BERLIN, settingsWith } from '@/tests/support/engine-driver';

// Routine, pause and working hours: the modes in which Nape keeps quiet.

describe('routine in progress', () => {
  it('suppresses prompts while it runs', () => {
    const d = new EngineDriver();
    d.run(50 * MINUTE);
    d.playerOpen = true; // on screen, paused for a long while: ticking all the same
    d.send({ type: 'startRoutine', variant: 'full', source: 'popup' });
    d.run(20 * MINUTE);
    expect(d.neckPrompts()).toEqual([]);
    expect(d.state.mode.kind).toBe('routine');
  });

  it('ended with at least half done counts as the break taken', () => {
    const d = new EngineDriver();
    d.run(62 * MINUTE);
    d.send({ type: 'startRoutine', variant: 'quick', source: 'popup' });
    d.send(d.ended(0.5), d.now + 2 * MINUTE);
    expect(d.state.neck).toEqual({ status: 'counting', activeMs: 0 });
    expect(d.statsTotal('routinesQuick')).toBe(1);
    expect(d.statsTotal('routinesFull')).toBe(0);
  });

  it('ended with less than half returns a due break to due, without an immediate prompt', () => {
    const d = new EngineDriver();
    d.run(62 * MINUTE);
    d.send({ type: 'startRoutine', variant: 'full', source: 'popup' });
    d.send(d.ended(0.2), d.now + MINUTE);
    expect(d.state.neck.status).toBe('due');
    expect(d.statsTotal('routinesFull')).toBe(0);
    d.run(5 * MINUTE);
    expect(d.neckPrompts()).toHaveLength(1);
    d.run(10 * MINUTE);
    expect(d.neckPrompts()).toHaveLength(2);
  });

  it('a routine started before the break was due also resets the counter', () => {
    const d = new EngineDriver();
    d.run(30 * MINUTE);
    d.send({ type: 'startRoutine', variant: 'full', source: 'popup' });
    d.send(d.ended(1), d.now + 5 * MINUTE);
    expect(d.state.neck.activeMs).toBe(0);
  });

  it('started from the notification opens the routine', () => {
    const d = new EngineDriver();
    d.run(62 * MINUTE);
    const r = d.send({ type: 'startRoutine', variant: 'full', source: 'notification' });
    expect(r.effects).toContainEqual({ type: 'openRoutine' });
    // The player opens on the routine the engine started: its variant is the mode's.
    expect(r.state.mode).toMatchObject({ kind: 'routine', variant: 'full' });
    expect(r.effects).toContainEqual({ type: 'clearNotification', kind: 'neck' });
  });

  it('one no page has shown for 15 minutes is given up on, and a due break comes back', () => {
    const d = new EngineDriver();
    d.run(62 * MINUTE);
    d.playerOpen = true;
    d.send({ type: 'startRoutine', variant: 'full', source: 'popup' });
    d.run(2 * MINUTE); // two minutes played…
    d.playerOpen = false; // …then the popup closed
    const closedAt = d.routine?.session.lastTickAt ?? 0;
    expect(closedAt).toBe(d.now);
    d.run(15 * MINUTE - SECOND);
    expect(d.state.mode.kind).toBe('routine');
    d.run(2 * MINUTE);
    expect(d.state.mode.kind).toBe('normal');
    expect(d.log.find((l) => l.state.mode.kind === 'normal' && l.at > closedAt)?.at).toBe(
      closedAt + 15 * MINUTE,
    );
    expect(d.statsTotal('routinesFull')).toBe(0);
    expect(d.state.neck.status).toBe('due');
  });
});

describe('pause', () => {
  it.each([
    ['30m', 30 * MINUTE],
    ['1h', HOUR],
    ['2h', 2 * HOUR],
  ] as const)('%s: no prompts, counters frozen, resumes by itself', (preset, length) => {
    const d = new EngineDriver();
    d.run(55 * MINUTE);
    const at = d.now;
    d.send({ type: 'pause', preset });
    expect(d.state.mode).toMatchObject({ kind: 'paused', until: at + length });
    d.run(length - MINUTE);
    expect(d.neckPrompts()).toEqual([]);
    expect(d.state.neck.activeMs).toBe(55 * MINUTE);
    d.run(MINUTE);
    expect(d.state.mode.kind).toBe('normal');
    d.run(5 * MINUTE);
    expect(d.state.neck.status).toBe('due');
  });

  it('until tomorrow ends at the next local midnight', () => {
    const d = new EngineDriver();
    d.send({ type: 'pause', preset: 'tomorrow' });
    expect(d.state.mode).toMatchObject({ kind: 'paused', until: Date.parse('2026-11-24T23:00:00Z') });
  });

  it('until resumed has no end of its own (only the heartbeat while the user is active) and waits for Resume', () => {
    const d = new EngineDriver();
    d.send({ type: 'pause', preset: 'indefinite' });
    expect(d.wakeAt).toBe(d.now + MINUTE);
    d.send({ type: 'idleChanged', state: 'locked' });
    expect(d.wakeAt).toBeNull();
    d.send({ type: 'idleChanged', state: 'active' }, d.now + 5 * SECOND);
    d.run(3 * HOUR);
    expect(d.state.mode.kind).toBe('paused');
    d.send({ type: 'resume' });
    expect(d.state.mode.kind).toBe('normal');
    expect(d.wakeAt).toBe(d.now + MINUTE);
  });

  it('a pause clears a shown prompt, and Resume prompts a still-due break afresh', () => {
    const d = new EngineDriver();
    d.run(62 * MINUTE);
    expect(d.send({ type: 'pause', preset: '30m' }).effects).toContainEqual({
      type: 'clearNotification',
      kind: 'neck',
    });
    d.run(5 * MINUTE);
    d.send({ type: 'resume' });
    d.run(2 * MINUTE);
    expect(d.neckPrompts()).toHaveLength(2);
  });

  it('resume when not paused is refused', () => {
    const d = new EngineDriver();
    expect(d.send({ type: 'resume' }).error).toBe('not-paused');
  });
});

describe('working hours', () => {
  const hours = settingsWith({ workingHours: { enabled: true } }); // Mon–Fri 09:00–18:00

  it('outside them: no prompts and no counting toward breaks, but screen time still counts', () => {
    const d = new EngineDriver({ start: Date.parse('2026-11-24T17:30:00Z'), settings: hours }); // 18:30
    d.run(2 * HOUR);
    expect(d.neckPrompts()).toEqual([]);
    expect(d.state.neck.activeMs).toBe(0);
    expect(d.statsTotal('activeMs')).toBe(2 * HOUR);
    expect(d.log.at(-1)?.effects).toContainEqual({ type: 'badge', text: 'off', color: '#4b5563' });
  });

  it('the weekend is outside them', () => {
    const saturday = Date.parse('2026-11-28T09:00:00Z');
    const d = new EngineDriver({ start: saturday, settings: hours });
    d.run(3 * HOUR);
    expect(d.neckPrompts()).toEqual([]);
  });

  it('entering them starts a fresh work period', () => {
    const d = new EngineDriver({ start: MONDAY_0900_BERLIN - 30 * MINUTE, settings: hours }); // 08:30
    d.run(2 * HOUR);
    expect(d.state.neck.activeMs).toBe(90 * MINUTE); // 09:00–10:30, none of 08:30–09:00
    expect(d.neckPrompts()[0]).toBe(MONDAY_0900_BERLIN + 62 * MINUTE);
  });

  it('leaving them clears a shown prompt', () => {
    const d = new EngineDriver({ start: Date.parse('2026-11-24T15:55:00Z'), settings: hours }); // 16:55
    d.run(63 * MINUTE);
    expect(d.neckPrompts()).toHaveLength(1);
    d.run(5 * MINUTE);
    expect(d.effects('clearNotification').map((e) => e.effect)).toContainEqual({
      type: 'clearNotification',
      kind: 'neck',
    });
  });
});

describe('settings changed midway', () => {
  it('time before the change counts under the old settings: posture checks switched on start from zero', () => {
    const d = new EngineDriver({ settings: settingsWith({ postureCheck: { enabled: false } }) });
    d.run(30 * MINUTE + 40 * SECOND); // the last heartbeat was up to a minute ago
    const previous = d.settings;
    d.settings = settingsWith({ postureCheck: { enabled: true } });
    d.send({ type: 'settingsChanged', previous });
    expect(d.state.posture.activeMs).toBe(0);
    d.run(10 * SECOND);
    d.send({ type: 'refresh' });
    expect(d.state.posture.activeMs).toBe(10 * SECOND);
  });
});

describe('neck break switched off', () => {
  it('never prompts, and a due prompt is cleared when it is switched off', () => {
    const d = new EngineDriver();
    d.run(62 * MINUTE);
    const previous = d.settings;
    d.settings = settingsWith({ neckBreak: { enabled: false } });
    const r = d.send({ type: 'settingsChanged', previous });
    expect(r.effects).toContainEqual({ type: 'clearNotification', kind: 'neck' });
    d.run(3 * HOUR);
    expect(d.neckPrompts()).toHaveLength(1);
  });

  it('a shorter interval takes effect at once', () => {
    const d = new EngineDriver();
    d.run(30 * MINUTE);
    const previous = d.settings;
    d.settings = settingsWith({ neckBreak: { intervalMin: 20 } });
    d.send({ type: 'settingsChanged', previous });
    expect(d.state.neck.status).toBe('due');
  });

  it('a new idle threshold is applied to the browser', () => {
    const d = new EngineDriver();
    const previous = d.settings;
    d.settings = settingsWith({ activity: { idleThresholdSec: 300 } });
    expect(d.send({ type: 'settingsChanged', previous }).effects).toContainEqual({
      type: 'idleInterval',
      seconds: 300,
    });
  });
});

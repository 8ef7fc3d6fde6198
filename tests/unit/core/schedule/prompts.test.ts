import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '@/src/core/time';
import { EngineDriver, settingsWith } from '@/tests/support/engine-driver';

// When the neck-break prompt appears, and when it must not.

const minutesSince = (d: EngineDriver, start: number) => d.neckPrompts().map((t) => (t - start) / MINUTE);

describe('neck break falls due', () => {
  it('after the interval of active time, waits for a pause in typing (idle interval 15 s)', () => {
    const d = new EngineDriver();
    d.run(60 * MINUTE);
    expect(d.state.neck.status).toBe('due');
    expect(d.neckPrompts()).toEqual([]);
    expect(d.effects('idleInterval').map((e) => e.effect)).toContainEqual({
      type: 'idleInterval',
      seconds: 15,
    });
  });

  it('prompts at the first pause in input, and restores the user’s idle threshold once they are back', () => {
    const d = new EngineDriver();
    const start = d.now;
    d.run(60 * MINUTE + 40 * SECOND);
    d.send({ type: 'idleChanged', state: 'idle' });
    expect(minutesSince(d, start)).toEqual([60 + 40 / 60]);
    // Not while idle: raising the threshold past the time already idle would make the browser
    // report a return that never happened.
    expect(d.state.activity.detectionSec).toBe(15);
    d.send({ type: 'idleChanged', state: 'active' }, d.now + 20 * SECOND);
    expect(d.state.activity.detectionSec).toBe(120);
    expect(d.log.at(-1)?.effects).toContainEqual({ type: 'idleInterval', seconds: 120 });
  });

  it('prompts after at most 2 minutes when typing never pauses', () => {
    const d = new EngineDriver();
    const start = d.now;
    d.run(65 * MINUTE);
    expect(minutesSince(d, start)).toEqual([62]);
  });

  it('waits at most a quarter of a short interval (1 min → prompt at about a minute)', () => {
    const d = new EngineDriver({ settings: settingsWith({ neckBreak: { intervalMin: 1 } }) });
    const start = d.now;
    d.run(90 * SECOND);
    expect(minutesSince(d, start)).toEqual([1]);
  });

  it('offers the default snooze on the prompt', () => {
    const d = new EngineDriver();
    d.run(63 * MINUTE);
    expect(d.effects('notifyNeck')[0]?.effect).toEqual({
      type: 'notifyNeck',
      snoozeMin: 10,
      other: null,
      atLimit: false,
    });
  });

  it('does not prompt while the screen is locked; when the user is back, waits for a pause in typing', () => {
    const d = new EngineDriver();
    const start = d.now;
    d.run(60 * MINUTE);
    d.send({ type: 'idleChanged', state: 'locked' });
    d.run(3 * MINUTE);
    expect(d.neckPrompts()).toEqual([]);
    expect(d.wakeAt).toBeNull();
    // Back after 3 minutes (under the 5-minute natural break): not at the moment of unlocking,
    // while the user picks up where they were, but at their first pause.
    d.send({ type: 'idleChanged', state: 'active' });
    expect(d.neckPrompts()).toEqual([]);
    d.send({ type: 'idleChanged', state: 'idle' }, d.now + 40 * SECOND);
    expect(minutesSince(d, start)).toEqual([63 + 40 / 60]);
  });

  it('a prompt held by fullscreen is not shown on a locked screen, and waits for the return', () => {
    const d = new EngineDriver();
    const start = d.now;
    d.fullscreen = true; // a video call
    d.run(62 * MINUTE);
    expect(d.state.neck).toMatchObject({ status: 'due', prompt: { kind: 'held' } });
    d.fullscreen = false;
    d.send({ type: 'idleChanged', state: 'locked' }); // the call ended and the user locked the screen
    d.run(3 * MINUTE);
    expect(d.neckPrompts()).toEqual([]);
    d.send({ type: 'idleChanged', state: 'active' });
    d.send({ type: 'idleChanged', state: 'idle' }, d.now + 30 * SECOND);
    expect(minutesSince(d, start)).toEqual([65.5]);
  });
});

describe('snooze', () => {
  function dueAndPrompted() {
    const d = new EngineDriver();
    d.run(62 * MINUTE);
    expect(d.neckPrompts()).toHaveLength(1);
    return d;
  }

  it('postpones by the chosen minutes of wall-clock time and clears the prompt', () => {
    const d = dueAndPrompted();
    const at = d.now;
    const r = d.send({ type: 'snooze', minutes: 10 });
    expect(r.effects).toContainEqual({ type: 'clearNotification', kind: 'neck' });
    expect(d.state.neck).toMatchObject({ status: 'snoozed', snoozes: 1, until: at + 10 * MINUTE });
    d.run(9 * MINUTE);
    expect(d.neckPrompts()).toHaveLength(1);
    d.run(3 * MINUTE + 30 * SECOND); // snooze over → due → waits for a pause (at most 2 min)
    expect(d.neckPrompts()).toHaveLength(2);
  });

  it('a snooze runs on wall-clock time even while the user is away briefly', () => {
    const d = dueAndPrompted();
    d.send({ type: 'snooze', minutes: 5 });
    d.send({ type: 'idleChanged', state: 'idle' });
    d.send({ type: 'idleChanged', state: 'active' }, d.state.activity.since + 4 * MINUTE);
    d.run(3 * MINUTE);
    expect(d.state.neck.status).toBe('due');
  });

  it('at the limit the prompt offers no snooze, and a further snooze is refused with nothing changed', () => {
    const d = new EngineDriver({ settings: settingsWith({ snooze: { maxPerBreak: 2 } }) });
    d.run(62 * MINUTE);
    for (let i = 0; i < 2; i++) {
      expect(d.send({ type: 'snooze', minutes: 5 }).error).toBeUndefined();
      d.run(8 * MINUTE);
    }
    const prompts = d.effects('notifyNeck').map((e) => e.effect);
    expect(prompts).toEqual([
      { type: 'notifyNeck', snoozeMin: 10, other: null, atLimit: false },
      { type: 'notifyNeck', snoozeMin: 10, other: null, atLimit: false },
      { type: 'notifyNeck', snoozeMin: null, other: 'quick', atLimit: true },
    ]);
    const before = d.state;
    const refused = d.send({ type: 'snooze', minutes: 5 });
    expect(refused.error).toBe('snooze-limit');
    expect(refused.effects).toEqual([]);
    expect(d.state).toEqual(before);
  });

  it('a limit of 0 means no snooze from the first prompt', () => {
    const d = new EngineDriver({ settings: settingsWith({ snooze: { maxPerBreak: 0 } }) });
    d.run(62 * MINUTE);
    expect(d.effects('notifyNeck')[0]?.effect).toMatchObject({ atLimit: true, snoozeMin: null });
  });

  it('with the quick routine as the default, the prompt with no snooze left offers the full one beside Start', () => {
    const d = new EngineDriver({
      settings: settingsWith({ snooze: { maxPerBreak: 0 }, routine: { defaultVariant: 'quick' } }),
    });
    d.run(62 * MINUTE);
    expect(d.effects('notifyNeck')[0]?.effect).toMatchObject({ atLimit: true, other: 'full' });
    expect(d.state.neck).toMatchObject({ status: 'due', otherOffered: 'full' });
  });

  it('snoozes reset with the next break', () => {
    const d = dueAndPrompted();
    d.send({ type: 'snooze', minutes: 5 });
    d.send({ type: 'skip' });
    d.run(62 * MINUTE);
    expect(d.state.neck).toMatchObject({ status: 'due', snoozes: 0 });
  });
});

describe('ignored prompt', () => {
  it('is shown again after 10 further active minutes, not before, and at most once per 10 minutes', () => {
    const d = new EngineDriver();
    const start = d.now;
    d.run(95 * MINUTE);
    // due at 60, shown at 62 (no pause in typing), again at 72 + wait, 84, …
    expect(minutesSince(d, start)).toEqual([62, 74, 86]);
  });

  it('time away does not count toward the re-prompt', () => {
    const d = new EngineDriver();
    d.run(62 * MINUTE);
    d.send({ type: 'idleChanged', state: 'idle' });
    d.send({ type: 'idleChanged', state: 'active' }, d.state.activity.since + 4 * MINUTE);
    d.run(7 * MINUTE);
    expect(d.neckPrompts()).toHaveLength(1);
  });

  it('a skip ends it and starts a fresh interval', () => {
    const d = new EngineDriver();
    d.run(62 * MINUTE);
    d.send({ type: 'skip' });
    expect(d.state.neck).toEqual({ status: 'counting', activeMs: 0 });
    expect(d.statsTotal('skips')).toBe(1);
    d.run(55 * MINUTE);
    expect(d.neckPrompts()).toHaveLength(1);
  });
});

describe('fullscreen hold', () => {
  it('holds a due prompt while a window is fullscreen and shows it when fullscreen ends', () => {
    const d = new EngineDriver();
    const start = d.now;
    d.fullscreen = true;
    d.run(80 * MINUTE);
    expect(d.neckPrompts()).toEqual([]);
    expect(d.state.neck).toMatchObject({ status: 'due', prompt: { kind: 'held' } });
    d.fullscreen = false;
    d.run(MINUTE);
    expect(minutesSince(d, start)).toEqual([81]);
  });

  it('holds at most the configured limit, then prompts anyway', () => {
    const d = new EngineDriver({ settings: settingsWith({ fullscreenHold: { maxMin: 10 } }) });
    const start = d.now;
    d.fullscreen = true;
    d.run(90 * MINUTE);
    expect(minutesSince(d, start)[0]).toBe(72);
  });

  it('does not hold when the user turned the hold off', () => {
    const d = new EngineDriver({ settings: settingsWith({ fullscreenHold: { enabled: false } }) });
    d.fullscreen = true;
    d.run(63 * MINUTE);
    expect(d.neckPrompts()).toHaveLength(1);
  });
});

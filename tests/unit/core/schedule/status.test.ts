import { describe, expect, it } from 'vitest';
import { formatBadgeMinutes } from '@/src/core/schedule/badge';
import { describeStatus } from '@/src/core/schedule/status';
import { applyStats, emptyStats } from '@/src/core/stats/day-stats';
import { todaySummary } from '@/src/core/stats/summary';
import { dayKey, MINUTE, SECOND } from '@/src/core/time';
import { EngineDriver, settingsWith } from '@/tests/support/engine-driver';

describe('status for the popup', () => {
  it('counts down to the next break, projected between heartbeats while active', () => {
    const d = new EngineDriver();
    d.run(10 * MINUTE + 30 * SECOND);
    expect(describeStatus(d.state, d.settings, d.now)).toMatchObject({
      phase: 'counting',
      nextBreakInMs: 49.5 * MINUTE,
    });
  });

  it('gives, at every event, the minutes the badge shows: both ask neckBreakInMs', () => {
    const d = new EngineDriver({ settings: settingsWith({ postureCheck: { enabled: false } }) });
    d.run(7 * MINUTE + 20 * SECOND);
    // Idle back-dated by 40 s: from here on the heartbeats fall between whole minutes of the count.
    d.send({ type: 'idleChanged', state: 'idle', idleForMs: 40 * SECOND });
    d.run(3 * MINUTE);
    d.send({ type: 'idleChanged', state: 'active' });
    d.run(45 * MINUTE + 10 * SECOND);
    const counting = d.log.filter((l) => describeStatus(l.state, d.settings, l.at).phase === 'counting');
    expect(counting.length).toBeGreaterThan(50);
    for (const l of counting) {
      const left = describeStatus(l.state, d.settings, l.at).nextBreakInMs ?? Number.NaN;
      expect(l.effects.find((e) => e.type === 'badge')).toMatchObject({ text: formatBadgeMinutes(left) });
    }
  });

  it('does not project while the user is away', () => {
    const d = new EngineDriver();
    d.run(10 * MINUTE);
    d.send({ type: 'idleChanged', state: 'locked' });
    expect(describeStatus(d.state, d.settings, d.now + 5 * MINUTE).nextBreakInMs).toBe(50 * MINUTE);
  });

  it('offers the snooze choices while snoozes remain, and none at the limit', () => {
    const d = new EngineDriver({ settings: settingsWith({ snooze: { maxPerBreak: 1 } }) });
    d.run(62 * MINUTE);
    expect(describeStatus(d.state, d.settings, d.now)).toMatchObject({
      phase: 'due',
      snoozesLeft: 1,
      snoozeChoices: [5, 10, 15],
    });
    d.send({ type: 'snooze', minutes: 5 });
    expect(describeStatus(d.state, d.settings, d.now)).toMatchObject({
      phase: 'snoozed',
      snoozedUntil: d.now + 5 * MINUTE,
    });
    d.run(8 * MINUTE);
    expect(describeStatus(d.state, d.settings, d.now)).toMatchObject({
      phase: 'due',
      snoozesLeft: 0,
      snoozeChoices: [],
    });
  });

  it.each([
    [
      'paused',
      (d: EngineDriver) => d.send({ type: 'pause', preset: 'indefinite' }),
      { phase: 'paused', pause: { until: null, preset: 'indefinite' } },
    ],
    [
      'in a routine',
      (d: EngineDriver) => d.send({ type: 'startRoutine', variant: 'full', source: 'popup' }),
      { phase: 'routine' },
    ],
  ] as const)('%s', (_, act, expected) => {
    const d = new EngineDriver();
    act(d);
    expect(describeStatus(d.state, d.settings, d.now)).toMatchObject(expected);
  });
});

describe('today summary', () => {
  it('reads today’s screen time, routines against the goal and the streak', () => {
    let stats = applyStats(emptyStats(), '2026-11-23', { routinesFull: 1 });
    stats = applyStats(stats, '2026-11-24', { activeMs: 3 * 60 * MINUTE, routinesQuick: 1 });
    const noonBerlin = Date.parse('2026-11-24T11:00:00Z');
    expect(todaySummary(stats, dayKey(noonBerlin, 'Europe/Berlin'), 2)).toEqual({
      day: '2026-11-24',
      activeMs: 3 * 60 * MINUTE,
      routines: 1,
      goal: 2,
      streak: 2,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND } from '@/src/core/time';
import { EngineDriver, settingsWith } from '@/tests/support/engine-driver';

// Active screen time: what counts, what does not, and what a long absence does to the counters.

describe('active-time accounting', () => {
  it('counts time while the user is active, heartbeat by heartbeat', () => {
    const d = new EngineDriver();
    d.run(10 * MINUTE);
    expect(d.state.neck.activeMs).toBe(10 * MINUTE);
    expect(d.state.posture.activeMs).toBe(10 * MINUTE);
    expect(d.statsTotal('activeMs')).toBe(10 * MINUTE);
  });

  it('back-dates idle: input stopped one detection interval before the idle event', () => {
    const d = new EngineDriver();
    d.run(10 * MINUTE);
    d.send({ type: 'idleChanged', state: 'idle' }); // threshold 120 s
    expect(d.statsTotal('activeMs')).toBe(8 * MINUTE);
    expect(d.state.neck.activeMs).toBe(8 * MINUTE);
  });

  it('takes back heartbeat time that fell after the last input', () => {
    const d = new EngineDriver();
    d.run(10 * MINUTE + 30 * SECOND); // heartbeat credited up to 10:00
    d.send({ type: 'idleChanged', state: 'idle' }); // input stopped at 8:30
    expect(d.statsTotal('activeMs')).toBe(8.5 * MINUTE);
  });

  it('a short absence pauses the counters and resumes them with the time left', () => {
    const d = new EngineDriver();
    d.run(20 * MINUTE);
    d.send({ type: 'idleChanged', state: 'idle' }); // input stopped at 18:00
    d.send({ type: 'idleChanged', state: 'active' }, d.state.activity.since + 3 * MINUTE);
    expect(d.state.neck.activeMs).toBe(18 * MINUTE);
    expect(d.statsTotal('naturalBreaks')).toBe(0);
    d.run(10 * MINUTE);
    expect(d.state.neck.activeMs).toBe(28 * MINUTE);
  });

  it.each([
    ['idle', 4 * MINUTE, false],
    ['idle', 5 * MINUTE, true],
    ['locked', 4 * MINUTE, false],
    ['locked', 5 * MINUTE, true],
  ] as const)('away (%s) for %i ms resets both counters: %s', (how, away, resets) => {
    const d = new EngineDriver();
    d.run(30 * MINUTE);
    d.send({ type: 'idleChanged', state: how });
    const since = d.state.activity.since;
    d.send({ type: 'idleChanged', state: 'active' }, since + away);
    expect(d.state.neck.activeMs === 0).toBe(resets);
    expect(d.state.posture.activeMs === 0).toBe(resets);
    expect(d.statsTotal('naturalBreaks')).toBe(resets ? 1 : 0);
  });

  it('locking is not back-dated: the screen locks when the user leaves', () => {
    const d = new EngineDriver();
    d.run(10 * MINUTE);
    d.send({ type: 'idleChanged', state: 'locked' }, d.now + 30 * SECOND);
    expect(d.statsTotal('activeMs')).toBe(10.5 * MINUTE);
  });

  it('a long absence is not a break when the user turned that off', () => {
    const d = new EngineDriver({ settings: settingsWith({ activity: { awayIsBreak: false } }) });
    d.run(30 * MINUTE);
    d.send({ type: 'idleChanged', state: 'idle' });
    d.send({ type: 'idleChanged', state: 'active' }, d.now + HOUR);
    expect(d.state.neck.activeMs).toBe(28 * MINUTE);
    expect(d.statsTotal('naturalBreaks')).toBe(0);
  });

  it('the away length is the user’s setting', () => {
    const d = new EngineDriver({ settings: settingsWith({ activity: { awayBreakMin: 15 } }) });
    d.run(30 * MINUTE);
    d.send({ type: 'idleChanged', state: 'locked' });
    d.send({ type: 'idleChanged', state: 'active' }, d.now + 10 * MINUTE);
    expect(d.state.neck.activeMs).toBe(30 * MINUTE);
  });

  it('a missing heartbeat (sleep, closed browser) is time away, never screen time', () => {
    const d = new EngineDriver();
    d.run(30 * MINUTE);
    const before = d.statsTotal('activeMs');
    d.jump(2 * HOUR); // the laptop slept; the first event after waking is the overdue alarm
    d.send({ type: 'wake' });
    expect(d.statsTotal('activeMs')).toBe(before);
    expect(d.state.neck.activeMs).toBe(0);
    expect(d.statsTotal('naturalBreaks')).toBe(1);
    expect(d.neckPrompts()).toEqual([]);
  });

  it('a wake delayed or missed once (a worker killed mid-event) still counts', () => {
    const d = new EngineDriver();
    d.run(10 * MINUTE);
    d.send({ type: 'wake' }, d.now + 2 * MINUTE + 15 * SECOND);
    expect(d.statsTotal('activeMs')).toBe(12.25 * MINUTE);
  });

  it('a longer silence (asleep, browser closed) is time away, never screen time', () => {
    const d = new EngineDriver();
    d.run(10 * MINUTE);
    d.send({ type: 'wake' }, d.now + 2 * MINUTE + 16 * SECOND);
    expect(d.statsTotal('activeMs')).toBe(10 * MINUTE);
    expect(d.state.neck.activeMs).toBe(10 * MINUTE);
    expect(d.statsTotal('naturalBreaks')).toBe(0);
  });

  it('a clock that goes backwards counts as zero and never as negative time', () => {
    const d = new EngineDriver();
    d.run(10 * MINUTE);
    d.send({ type: 'wake' }, d.now - HOUR);
    expect(d.statsTotal('activeMs')).toBe(10 * MINUTE);
    d.send({ type: 'wake' }, d.now + MINUTE);
    expect(d.statsTotal('activeMs')).toBe(11 * MINUTE);
  });

  it('splits screen time at local midnight', () => {
    const start = Date.parse('2026-11-24T22:50:00Z'); // 23:50 in Berlin
    const d = new EngineDriver({ start });
    d.run(20 * MINUTE);
    const byDay: Record<string, number> = {};
    for (const { effect } of d.effects('stats')) {
      if (effect.type === 'stats')
        byDay[effect.day] = (byDay[effect.day] ?? 0) + (effect.delta.activeMs ?? 0);
    }
    expect(byDay).toEqual({ '2026-11-24': 10 * MINUTE, '2026-11-25': 10 * MINUTE });
  });

  it('follows the user into a new time zone for the day key, from the moment it sees the change', () => {
    const d = new EngineDriver({ start: Date.parse('2026-11-24T22:30:00Z') }); // 23:30 in Berlin
    d.timeZone = 'Asia/Tokyo'; // landed: 07:30 on the 25th
    d.run(MINUTE);
    const days = () => d.effects('stats').map(({ effect }) => (effect.type === 'stats' ? effect.day : ''));
    // The minute that ended when the new zone was first seen was lived before it: it stays on the
    // 24th, in Berlin. From then on, Tokyo's calendar.
    expect(days()).toEqual(['2026-11-24']);
    d.run(MINUTE);
    expect(days()).toEqual(['2026-11-24', '2026-11-25']);
  });

  it('books the time after a return on the day of the zone the user came back in', () => {
    const d = new EngineDriver({ start: Date.parse('2026-11-24T22:30:00Z') }); // 23:30 in Berlin
    d.run(5 * MINUTE);
    d.send({ type: 'idleChanged', state: 'locked' });
    d.timeZone = 'Asia/Tokyo'; // 07:35 on the 25th there
    d.send({ type: 'idleChanged', state: 'active' }, d.now + 10 * MINUTE);
    d.run(MINUTE);
    const byDay = new Map<string, number>();
    for (const { effect } of d.effects('stats')) {
      if (effect.type === 'stats' && effect.delta.activeMs)
        byDay.set(effect.day, (byDay.get(effect.day) ?? 0) + effect.delta.activeMs);
    }
    // The engine heard of Tokyo at the return, before any of the new minute was lived: it is the 25th's.
    expect(Object.fromEntries(byDay)).toEqual({ '2026-11-24': 5 * MINUTE, '2026-11-25': MINUTE });
  });

  it('takes back idle time from the days it was counted on, across a change of time zone', () => {
    const d = new EngineDriver({ start: Date.parse('2026-11-24T22:57:00Z') }); // 23:57 in Berlin
    d.run(5 * MINUTE); // past midnight: 3 minutes on the 24th, 2 on the 25th
    d.timeZone = 'America/New_York'; // 18:02 on the 24th there
    d.run(MINUTE);
    d.send({ type: 'idleChanged', state: 'idle', idleForMs: 4 * MINUTE }, d.now + 30 * SECOND);
    const byDay = new Map<string, number>();
    for (const { effect } of d.effects('stats')) {
      if (effect.type === 'stats')
        byDay.set(effect.day, (byDay.get(effect.day) ?? 0) + (effect.delta.activeMs ?? 0));
    }
    // Input stopped at 23:59:30 Berlin: the 25th gives back all it got, and goes no lower.
    expect(Object.fromEntries(byDay)).toEqual({ '2026-11-24': 2.5 * MINUTE, '2026-11-25': 0 });
  });
});

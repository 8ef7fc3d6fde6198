import { describe, expect, it } from 'vitest';
import type { Settings } from '@/src/core/settings/schema';
import { play } from '@/tests/support/day/play';
import type { DayPlan } from '@/tests/support/day/script';

// Days in the life, part 7: the evening reminder (core/schedule/reminder.ts). One notification a
// day at the time the user set, on the local clock of the moment, only while the day's routine
// goal is not met; held while paused or on a locked screen, never during a routine, and late at
// most until midnight: one reminder, never a burst. Neck breaks and posture checks are off, so
// these days read as the evening alone.

const EVENING = /evening|user|worker/;

const evening = (time = '19:00', more: Partial<Settings['routine']> = {}): DayPlan['settings'] => ({
  neckBreak: { enabled: false },
  postureCheck: { enabled: false },
  eveningReminder: { enabled: true, time },
  ...(Object.keys(more).length ? { routine: { ...defaultRoutine, ...more } } : {}),
});
const defaultRoutine: Settings['routine'] = {
  defaultVariant: 'full',
  dailyGoal: 2,
  chime: true,
  voice: false,
  voiceRate: 1,
  mine: [],
};

describe('the evening reminder', () => {
  it('comes at the time set, once, saying how far the day is from its goal', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening(),
      spans: [['18:00', '22:00', 'typing']],
    });
    expect(w.timeline(EVENING)).toEqual(['19:00:00 evening reminder (0 of 2)']);
    // Not a neck-break prompt: nothing counted as one.
    expect(w.day('2026-11-24')?.prompts).toBe(0);
  });

  it('comes at its time while the user is away from the keyboard too (its own wake)', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening('21:15'),
      spans: [
        ['18:00', '21:00', 'typing'],
        ['21:00', '22:00', 'away'],
      ],
    });
    expect(w.timeline(EVENING)).toEqual(['21:15:00 evening reminder (0 of 2)']);
  });

  it('is not shown once the goal is met, and counts a routine done on the day', () => {
    const w = play({
      start: '2026-11-24 17:00',
      settings: evening(),
      spans: [['17:00', '20:00', 'reading']],
      happenings: [
        { at: '17:10', routine: { variant: 'quick', source: 'popup' } },
        { at: '18:10', routine: { variant: 'full', source: 'popup' } },
      ],
    });
    expect(w.timeline(/evening/)).toEqual([]);
  });

  it('with one routine of two done: shown, and taken down when a routine starts', () => {
    const w = play({
      start: '2026-11-24 17:00',
      settings: evening(),
      spans: [['17:00', '20:00', 'reading']],
      happenings: [
        { at: '17:10', routine: { variant: 'quick', source: 'popup' } },
        { at: '19:05', routine: { variant: 'full', source: 'notification' } },
      ],
    });
    expect(w.timeline(/evening|user: full/)).toEqual([
      '19:00:00 evening reminder (1 of 2)',
      '19:05:00 user: full routine',
      '19:05:00 evening reminder taken down',
    ]);
  });

  it('is held while paused and comes when the pause ends, the same evening', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening(),
      spans: [['18:00', '21:00', 'typing']],
      happenings: [{ at: '18:50', command: { type: 'pause', preset: '1h' } }],
    });
    expect(w.timeline(EVENING)).toEqual(['18:50:00 user: pause', '19:50:00 evening reminder (0 of 2)']);
  });

  it('paused until tomorrow: no reminder that evening', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening(),
      spans: [['18:00', '23:59', 'typing']],
      happenings: [{ at: '18:50', command: { type: 'pause', preset: 'tomorrow' } }],
    });
    expect(w.timeline(/evening/)).toEqual([]);
  });

  it('a routine under way at its time takes its place', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening(),
      spans: [['18:00', '21:00', 'reading']],
      happenings: [{ at: '18:58', routine: { variant: 'full', source: 'popup' } }],
    });
    expect(w.timeline(EVENING)).toEqual([
      '18:58:00 user: full routine',
      '19:03:03 user: ends the routine, 100% done',
    ]);
  });

  it('is held on a locked screen and comes at the unlock', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening(),
      spans: [
        ['18:00', '18:45', 'typing'],
        ['18:45', '19:20', 'locked'],
        ['19:20', '20:00', 'typing'],
      ],
    });
    expect(w.timeline(EVENING)).toEqual(['19:20:00 evening reminder (0 of 2)']);
  });

  it('a laptop asleep at 19:00 and opened at 21:00: one reminder then, not a burst', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening(),
      spans: [
        ['18:00', '18:30', 'typing'],
        ['18:30', '21:00', 'asleep'],
        ['21:00', '22:00', 'typing'],
      ],
    });
    expect(w.timeline(EVENING)).toEqual(['21:00:00 evening reminder (0 of 2)']);
  });

  it('asleep past midnight: that evening is over, and the next one comes at its time', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening(),
      spans: [
        ['18:00', '18:30', 'typing'],
        ['18:30', '00:30', 'asleep'],
        ['00:30', '01:00', 'typing'],
        ['01:00', '18:55', 'closed'],
        ['18:55', '19:10', 'typing'],
      ],
    });
    expect(w.timeline(EVENING)).toEqual(['+1d 19:00:00 evening reminder (0 of 2)']);
  });

  it('switched on after its time: it starts the next evening, without a reminder at once', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening(),
      spans: [['18:00', '19:30', 'typing']],
      happenings: [
        { at: '18:00', settings: { eveningReminder: { enabled: false, time: '19:00' } } },
        { at: '19:15', settings: { eveningReminder: { enabled: true, time: '19:00' } } },
      ],
    });
    expect(w.timeline(/evening/)).toEqual([]);
  });

  it('a browser opened at 20:00: the evening is not over, the reminder comes', () => {
    const w = play({
      start: '2026-11-24 18:00',
      settings: evening(),
      spans: [
        ['18:00', '18:10', 'typing'],
        ['18:10', '20:00', 'closed'],
        ['20:00', '20:30', 'typing'],
      ],
    });
    expect(w.timeline(EVENING)).toEqual(['20:00:00 evening reminder (0 of 2)']);
  });
});

describe('the evening reminder across DST and travel', () => {
  it('spring forward (Berlin, 29 March): 19:00 on the new clock', () => {
    const w = play({
      start: '2026-03-29 18:00',
      settings: evening(),
      spans: [['18:00', '19:30', 'typing']],
    });
    expect(w.timeline(EVENING)).toEqual(['19:00:00 evening reminder (0 of 2)']);
  });

  it('spring forward: a time inside the skipped hour comes just after the gap', () => {
    const w = play({
      start: '2026-03-29 01:00',
      settings: evening('02:30'),
      spans: [['01:00', '04:00', 'typing']],
    });
    expect(w.timeline(EVENING)).toEqual(['03:30:00 evening reminder (0 of 2)']);
  });

  it('fall back (Berlin, 25 October): a time in the hour lived twice comes once, the first time', () => {
    const w = play({
      start: '2026-10-25 01:30',
      settings: evening('02:30'),
      spans: [['01:30', '03:30', 'typing']], // three real hours: 02:30 happens twice
    });
    expect(w.timeline(EVENING)).toEqual(['02:30:00 evening reminder (0 of 2)']);
    expect(w.timeline(/evening/)).toHaveLength(1);
  });

  it('fall back: 19:00 on the new clock, an hour later in real time than the day before', () => {
    const w = play({
      start: '2026-10-24 18:00',
      settings: evening(),
      spans: [
        ['18:00', '19:30', 'typing'],
        ['19:30', '18:30', 'closed'],
        ['18:30', '19:30', 'typing'],
      ],
    });
    expect(w.timeline(EVENING)).toEqual([
      '19:00:00 evening reminder (0 of 2)',
      '+1d 18:30:00 evening reminder taken down', // yesterday's, still on screen: its day is over
      '+1d 19:00:00 evening reminder (0 of 2)',
    ]);
  });

  it('a flight west: the reminder follows the local clock of the new zone', () => {
    const w = play({
      start: '2026-11-24 15:00',
      settings: evening(),
      // At 16:00 in Berlin the clock switches to New York (10:00 there); the plan's times stay
      // Berlin's: 01:00 in Berlin is 19:00 in New York.
      spans: [['15:00', '01:30', 'typing']],
      happenings: [{ at: '16:00', timeZone: 'America/New_York' }],
    });
    expect(w.timeline(EVENING)).toEqual(['19:00:00 evening reminder (0 of 2)']);
    expect(w.timeline(/evening/)).toHaveLength(1);
  });

  it('a flight east after the reminder: none again on the same local day, the next at 19:00 there', () => {
    const w = play({
      start: '2026-11-24 18:30',
      settings: evening(),
      // Shown at 19:00 in Berlin; at 19:30 the clock switches to Tokyo (03:30 on the 25th there).
      // 11:00 in Berlin is 19:00 in Tokyo.
      spans: [['18:30', '11:30', 'typing']],
      happenings: [{ at: '19:30', timeZone: 'Asia/Tokyo' }],
    });
    expect(w.timeline(EVENING)).toEqual([
      '19:00:00 evening reminder (0 of 2)',
      '+1d 19:00:00 evening reminder (0 of 2)',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '@/src/core/time';
import { PROMPTS, play } from '@/tests/support/day/play';
import { quiet } from '@/tests/support/day/vocabulary';

// Days in the life, part 6: the calendar and the clock. Breaks are counted in active time, which a
// DST change does not stretch or shrink; screen time is booked on the local day it was lived, in
// the zone the user's clock was in, and no day ever goes negative. A clock set back counts the
// minutes it repeats once. Times in a plan are local wall-clock times of the plan's zone.

const skip = { afterSec: 20, skip: true } as const;

describe('midnight and DST', () => {
  it('working past midnight: screen time split between the two days, the prompt on the second', () => {
    const w = play({
      start: '2026-11-24 23:20',
      settings: quiet,
      spans: [['23:20', '00:30', 'typing']],
    });
    expect(w.timeline(PROMPTS)).toEqual(['+1d 00:20:15 neck prompt (snooze 10)']);
    expect(w.day('2026-11-24')).toMatchObject({ activeMs: 40 * MINUTE, prompts: 0 });
    // From midnight to the last heartbeat, 00:29:30.
    expect(w.day('2026-11-25')).toMatchObject({ activeMs: 29.5 * MINUTE, prompts: 1 });
  });

  it('spring forward: an hour of work from 01:00 is due at 03:00 on the clock', () => {
    const w = play({
      start: '2026-03-29 01:00', // at 02:00 the clocks in Berlin jump to 03:00
      settings: quiet,
      spans: [['01:00', '03:50', 'typing']], // 1 h 50 min of real time
      onPrompt: { 0: skip },
    });
    expect(w.timeline(/neck prompt|user|badge/)).toEqual([
      '01:00:00 badge 60m',
      '03:00:00 badge !', // 60 real minutes
      '03:00:15 neck prompt (snooze 10)', // a reading pause from 03:00
      '03:00:35 user: skip',
      '03:00:35 badge 60m',
    ]);
    // To the last heartbeat (03:49:35): a 23-hour day holds no phantom hour.
    expect(w.day('2026-03-29')?.activeMs).toBe(109 * MINUTE + 35 * SECOND);
  });

  it('fall back: the hour lived twice is counted twice, and a prompt can read 02:30 both times', () => {
    const w = play({
      start: '2026-10-25 01:30', // at 03:00 the clocks in Berlin go back to 02:00
      settings: quiet,
      spans: [['01:30', '03:30', 'typing']], // three real hours
      onPrompt: { 0: skip, 1: skip },
    });
    expect(w.timeline(/neck prompt|user|badge/)).toEqual([
      '01:30:00 badge 60m',
      '02:30:00 badge !', // summer time
      '02:30:15 neck prompt (snooze 10)',
      '02:30:35 user: skip',
      '02:30:35 badge 60m',
      '02:30:35 badge !', // winter time: 60 real minutes after the Skip
      '02:32:35 neck prompt (snooze 10)', // typing: after the 2-minute wait
      '02:32:55 user: skip',
      '02:32:55 badge 60m',
    ]);
    // A 25-hour day: all three real hours, to the last heartbeat (03:29:55).
    expect(w.day('2026-10-25')?.activeMs).toBe(179 * MINUTE + 55 * SECOND);
  });
});

describe('travel and the clock', () => {
  it('a time-zone change midday: day keys follow it, and the idle take-back reaches the old zone’s day', () => {
    const w = play({
      start: '2026-11-24 14:00',
      settings: quiet,
      spans: [
        ['14:00', '16:58', 'typing'], // the last input at 16:57:55
        ['16:58', '17:10', 'away'],
        ['17:10', '18:00', 'typing'],
      ],
      // In Berlin's 16:59 the laptop's clock switches to Tokyo (00:59 on the 25th there): the idle
      // report at 16:59:55 takes back time from before the change.
      happenings: [{ at: '16:59', timeZone: 'Asia/Tokyo' }],
      onPrompt: { 0: skip, 1: skip },
    });
    expect(w.timeline(/neck prompt|natural break|user|time zone/)).toEqual([
      '15:00:15 neck prompt (snooze 10)',
      '15:00:35 user: skip',
      '16:02:35 neck prompt (snooze 10)', // due 60 minutes after the Skip, typing: the 2-minute wait
      '16:02:55 user: skip',
      '+1d 00:59:00 time zone now Asia/Tokyo',
      '+1d 01:10:00 natural break', // 12 minutes away, on Tokyo's calendar
    ]);
    // Berlin's 24th: up to the last input, none of the idle minutes (taken back from it, not from
    // the 25th). Tokyo's 25th: from the return to the last heartbeat, none of it on the 24th.
    expect(w.day('2026-11-24')?.activeMs).toBe(177 * MINUTE + 55 * SECOND);
    expect(w.day('2026-11-25')?.activeMs).toBe(49 * MINUTE);
    for (const ms of w.rawActiveByDay.values()) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('the clock set back 20 minutes: the minutes lived twice are counted once', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [['09:00', '11:30', 'typing']],
      happenings: [{ at: '10:30', clockJumpMin: -20 }],
      onPrompt: { 0: skip },
    });
    expect(w.timeline(/neck prompt|user|clock|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)',
      '10:00:35 user: skip',
      '10:00:35 badge 60m',
      '10:10:00 clock set -20 min', // at 10:30: the clock reads 10:10
      // The next heartbeat was set for 10:30:35 on the clock and fires when the clock gets there
      // again: the stretch 10:10–10:30 on the clock is counted once.
      '11:00:35 badge !', // 60 minutes after the Skip by the clock
      '11:00:35 neck prompt (snooze 10)', // a reading pause under way: at once
    ]);
    // 2 h 30 min at the desk less the 20 minutes repeated and the last half minute.
    expect(w.day('2026-11-24')?.activeMs).toBe(129.5 * MINUTE);
  });
});

import { describe, expect, it } from 'vitest';
import { HOUR } from '@/src/core/time';
import { play } from '@/tests/support/day/play';
import { quiet } from '@/tests/support/day/vocabulary';
import { hoursOn, weekdayHours } from '@/tests/support/settings';

// Days in the life, part 5: working hours. Their start and end are deadlines the wake alarm serves
// to the second: at the end a prompt on screen is taken down and the badge reads "off"; at the start
// a new work period begins with fresh counters. Screen time is recorded at any hour; the break
// counters run only inside working hours. A range whose end is not after its start crosses midnight
// and belongs to the day it starts (a night shift).

const skip = { afterSec: 20, skip: true } as const;

describe('working hours', () => {
  it('a prompt shown at 16:57 with hours ending at 17:00 is taken down at 17:00:00, the badge off', () => {
    const w = play({
      start: '2026-11-24 15:57', // a Tuesday
      settings: { ...quiet, workingHours: weekdayHours('09:00', '17:00') },
      spans: [['15:57', '17:10', 'typing']],
    });
    expect(w.timeline(/neck prompt|taken down|badge/)).toEqual([
      '15:57:00 badge 60m',
      '16:57:00 badge !',
      '16:57:15 neck prompt (snooze 10)', // typing stopped at 16:57: the first 15-s pause
      '17:00:00 badge off', // the end of working hours, by the wake alarm, to the second
      '17:00:00 neck prompt taken down', // not left on screen until the next event
    ]);
    expect(w.neckOnScreen).toBe(false);
    expect(w.day('2026-11-24')?.activeMs).toBe(72 * 60_000); // screen time runs on after 17:00
  });

  it('the start of working hours: yesterday’s minutes are not carried over, the badge changes at 09:00:00', () => {
    const w = play({
      start: '2026-11-23 16:20', // a Monday
      // With "away counts as a break" off, the night does not restart the counters: the hours do.
      settings: { ...quiet, workingHours: weekdayHours('09:00', '17:00'), activity: { awayIsBreak: false } },
      spans: [
        ['16:20', '17:00', 'typing'], // 40 minutes counted
        ['17:00', '08:50', 'locked'],
        ['08:50', '10:10', 'typing'], // ten minutes before the hours begin
      ],
    });
    expect(w.timeline(/neck prompt|natural break|badge/)).toEqual([
      '16:20:00 badge 60m',
      '17:00:00 badge off',
      '+1d 09:00:00 badge 60m', // a new work period: the 40 minutes and 08:50–09:00 do not count
      '+1d 10:00:00 badge !', // not at 09:20
      '+1d 10:02:00 neck prompt (snooze 10)', // typing: after the 2-minute wait
    ]);
    expect(w.day('2026-11-24')?.activeMs).toBe(79 * 60_000); // screen time from 08:50
    expect(w.wakes.alarmsIdle).toBe(0); // the night on a locked screen wakes the worker not once
  });

  it('a night shift of 22:00–06:00 set on Friday runs into Saturday morning, a day off', () => {
    const w = play({
      start: '2026-11-27 21:40', // a Friday
      settings: { ...quiet, workingHours: hoursOn({ fri: ['22:00', '06:00'] }) },
      spans: [
        ['21:40', '01:30', 'typing'],
        ['01:30', '02:00', 'locked'], // a break in the canteen
        ['02:00', '06:10', 'typing'],
      ],
      onPrompt: { 0: skip, 1: skip, 2: skip, 3: skip, 4: skip },
    });
    expect(w.timeline(/neck prompt|natural break|taken down|user|badge (off|60m)/)).toEqual([
      '21:40:00 badge off',
      '22:00:00 badge 60m', // the shift starts: the wake alarm, to the second
      '23:02:00 neck prompt (snooze 10)', // due at 23:00, typing: after the 2-minute wait
      '23:02:20 user: skip',
      '23:02:20 badge 60m',
      '+1d 00:02:20 neck prompt (snooze 10)', // past midnight, still Friday's shift
      '+1d 00:02:40 user: skip',
      '+1d 00:02:40 badge 60m',
      '+1d 01:04:15 neck prompt (snooze 10)', // due at 01:02:40, the first pause at 01:04:15
      '+1d 01:04:35 user: skip',
      '+1d 01:04:35 badge 60m',
      '+1d 02:00:00 natural break', // the half hour in the canteen
      '+1d 03:00:15 neck prompt (snooze 10)',
      '+1d 03:00:35 user: skip',
      '+1d 03:00:35 badge 60m',
      '+1d 04:02:35 neck prompt (snooze 10)',
      '+1d 04:02:55 user: skip',
      '+1d 04:02:55 badge 60m',
      '+1d 05:04:55 neck prompt (snooze 10)', // ignored from here on…
      '+1d 05:16:55 neck prompt (snooze 10)',
      '+1d 05:26:55 neck prompt (snooze 10)',
      '+1d 05:39:00 neck prompt (snooze 10)',
      '+1d 05:51:00 neck prompt (snooze 10)',
      '+1d 06:00:00 badge off', // the shift is over on Saturday at 06:00
      '+1d 06:00:00 neck prompt taken down',
    ]);
    // Each prompt and each minute on the calendar day it happened.
    expect(w.day('2026-11-27')).toMatchObject({ activeMs: 140 * 60_000, prompts: 1, skips: 1 });
    expect(w.day('2026-11-28')).toMatchObject({ prompts: 9, skips: 4, naturalBreaks: 1 });
  });

  it('overnight with the browser closed: no wake all night, one natural break, the hours begin at 09:00', () => {
    const w = play({
      start: '2026-11-24 16:30',
      settings: { ...quiet, workingHours: weekdayHours('09:00', '17:00') },
      spans: [
        ['16:30', '17:30', 'typing'],
        ['17:30', '08:50', 'closed'],
        ['08:50', '10:10', 'typing'],
      ],
    });
    expect(w.timeline(/neck prompt|natural break|taken down|badge/)).toEqual([
      '16:30:00 badge 60m',
      '17:00:00 badge off', // 30 minutes counted, then no more: off-hours
      '+1d 08:50:00 natural break', // the browser starts again: the night away is one break
      '+1d 09:00:00 badge 60m',
      '+1d 10:00:00 badge !',
      '+1d 10:02:00 neck prompt (snooze 10)',
    ]);
    expect(w.day('2026-11-24')?.activeMs).toBe(59 * 60_000); // to the last heartbeat before closing
    expect(w.day('2026-11-25')?.naturalBreaks).toBe(1);
    expect(w.wakes.alarmsIdle).toBe(0); // a closed browser runs no alarm; 09:00 is served after the start
    expect(w.wakes.idleMs).toBeGreaterThan(15 * HOUR);
  });
});

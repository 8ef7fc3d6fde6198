import { describe, expect, it } from 'vitest';
import { HOUR } from '@/src/core/time';
import { play } from '@/tests/support/day/play';
import { STANDARD_DAY } from '@/tests/support/day/standard-day';

// Nine hours at a desk with the default settings (tests/support/day/standard-day.ts): the whole
// timeline, to the second, on the clock the engine saw, and what the day costs in wake-ups. Every
// line follows from a rule; the comments say which.

describe('the standard day', () => {
  const w = play(STANDARD_DAY);

  it('prompts exactly when the rules say, and never during sleep, lunch, a call or a routine', () => {
    expect(w.timeline()).toEqual([
      '08:55:00 badge 60m',
      '09:15:00 posture check', // 20 active minutes (reading pauses count)
      '09:34:30 posture check', // its clearing moved the heartbeat: served 30 s early, owed back next time
      '09:55:00 badge !', // 60 active minutes
      '09:55:15 neck prompt (snooze 10)', // typing stopped at 09:55:00: the first 15-s pause
      '09:55:15 user: skip',
      '09:55:15 badge 60m', // the next interval starts at the Skip
      '10:15:15 posture check', // 20 minutes after the one skipped at 09:54:30 (neck break near)
      '10:35:00 natural break', // 15 minutes of coffee: both counters restart
      '10:55:00 posture check',
      '11:14:30 posture check',
      '11:35:00 badge !',
      '11:35:15 neck prompt (snooze 10)',
      '11:35:35 user: snooze 10',
      '11:35:35 badge z10',
      '11:45:35 badge !', // the snooze is over
      '11:47:35 neck prompt (snooze 10)', // still typing: shown after the 2-minute wait
      '11:47:55 user: snooze 10',
      '11:47:55 badge z10',
      '11:57:55 badge !',
      '11:59:55 neck prompt (snooze 10)',
      '12:00:15 user: snooze 5', // the third snooze: the limit
      '12:00:15 badge z5',
      '12:05:15 badge !',
      '12:07:15 neck prompt (no snooze left)', // Start, the quick 2-minute routine, Skip
      '12:07:45 user: quick routine',
      '12:07:45 badge (none)',
      '12:09:48 user: ends the routine, 100% done', // the break taken: both counters restart
      '12:09:48 badge 60m',
      '12:29:48 posture check',
      // 12:30–13:15 lunch with the screen locked
      '13:15:00 natural break',
      '13:35:00 posture check',
      '13:54:30 posture check',
      '14:15:00 badge !', // due in the call (14:00–14:40): held; posture checks there are skipped
      '14:40:40 neck prompt (snooze 10)', // the first heartbeat after fullscreen ended
      '14:40:50 user: full routine',
      '14:40:50 badge (none)',
      '14:45:53 user: ends the routine, 100% done',
      '14:45:53 badge 60m',
      '15:05:53 posture check',
      '15:25:23 posture check',
      // 15:30–16:10 the laptop sleeps: no alarms, no screen time, no burst of prompts on waking
      '16:10:00 natural break',
      '16:30:00 posture check',
      '16:25:00 clock set -20 min', // at 16:45: the 20 minutes lived twice count once
      '16:49:30 posture check', // 15 minutes before the jump and 4:30 after it, and the snap
      '17:10:00 badge !', // 35 minutes before the jump and 25 after it
      '17:12:00 neck prompt (snooze 10)', // ignored…
      '17:22:15 neck prompt (snooze 10)', // …shown again after 10 active minutes, at a pause…
      '17:34:30 neck prompt (snooze 10)', // …and again, after the 2-minute wait
    ]);
  });

  it('adds up to the day the user lived', () => {
    expect(w.day('2026-11-24')).toMatchObject({
      prompts: 9,
      snoozes: 3,
      skips: 1,
      routinesQuick: 1,
      routinesFull: 1,
      naturalBreaks: 3, // coffee, lunch, the sleep
      postureChecks: 12,
    });
    const seconds =
      545 * 60 - // 08:55 to 18:00, less:
      (15 * 60 + 5) - // coffee, from the last input at 10:19:55
      45 * 60 - // lunch, from the lock
      (40 * 60 + 7) - // the sleep, from the last heartbeat at 15:29:53
      20 * 60 - // the clock set back: lived twice, counted once
      30; // the day's last half minute, after the last heartbeat
    expect(w.day('2026-11-24')?.activeMs).toBe(seconds * 1000);
  });

  it('wakes the worker about once a minute while active and almost never while away', () => {
    const { alarmsActive, alarmsIdle, activeMs, idleMs } = w.wakes;
    expect(alarmsActive / (activeMs / HOUR)).toBeLessThanOrEqual(61);
    expect(alarmsIdle / (idleMs / HOUR)).toBeLessThanOrEqual(1);
  });
});

import { describe, expect, it } from 'vitest';
import { STANDARD_DAY } from '@/tests/support/standard-day';
import { runDay } from '@/tests/support/work-day';

// Nine hours at a desk (tests/support/standard-day.ts): the whole prompt timeline, to the second,
// on the clock the engine saw. Every line follows from a rule; the comments say which.

describe('a simulated work day', () => {
  const day = runDay(STANDARD_DAY);

  it('prompts exactly when the rules say, and never during sleep, lunch, a call or a routine', () => {
    expect(day.timeline.map((t) => `${t.at} ${t.what}`)).toEqual([
      '09:15:00 posture check', // 20 active minutes after 08:55 (reading pauses count)
      '09:34:30 posture check', // served by the heartbeat, 30 s early; owed back next time
      '09:55:15 neck prompt (snooze 10)', // due 09:55, prompted at the first 15-s pause in input
      '09:55:15 user: skip',
      '10:15:16 posture check', // 20 active minutes after the one skipped at 09:54:30 (neck break near)
      '10:35:00 natural break', // 15 minutes of coffee: both counters restart
      '10:55:00 posture check',
      '11:14:30 posture check',
      '11:35:10 neck prompt (snooze 10)', // typing stopped at 11:34:55
      '11:35:30 user: snooze 10',
      '11:47:30 neck prompt (snooze 10)', // snooze over 11:45:30, still typing: waited 2 min
      '11:47:50 user: snooze 10',
      '11:59:50 neck prompt (snooze 10)',
      '12:00:10 user: snooze 5', // the third snooze: the limit
      '12:07:10 neck prompt (no snooze left)', // Start, Quick 2-minute routine, Skip
      '12:07:40 user: quick routine', // done at 12:09:40: the break is taken
      '12:29:40 posture check',
      '13:15:00 natural break', // lunch with the screen locked
      '13:35:00 posture check',
      '13:54:30 posture check',
      // 14:00–14:40 a fullscreen call: the break due at 14:15 is held, posture checks skipped
      '14:40:40 neck prompt (snooze 10)', // the first heartbeat after fullscreen ended
      '14:40:50 user: full routine',
      '15:05:50 posture check',
      '15:25:20 posture check',
      // 15:30–16:10 the laptop sleeps: no alarms, no screen time, no prompt burst on waking
      '16:10:00 natural break',
      '16:30:00 posture check',
      '16:25:00 clock jumps -20 min', // the 20 minutes lived twice count once
      '16:49:30 posture check',
      '17:12:00 neck prompt (snooze 10)', // ignored…
      '17:22:10 neck prompt (snooze 10)', // …shown again after 10 active minutes…
      '17:34:00 neck prompt (snooze 10)', // …and no more often than every 10 minutes
    ]);
  });

  it('wakes the worker about once a minute while active and almost never while away', () => {
    const w = day.wakes;
    expect(w.alarmsActive / w.activeHours).toBeLessThanOrEqual(61);
    expect(w.alarmsIdle / w.idleHours).toBeLessThanOrEqual(1);
  });
});

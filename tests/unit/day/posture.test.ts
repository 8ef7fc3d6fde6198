import { describe, expect, it } from 'vitest';
import { play } from '@/tests/support/day/play';

// Days in the life, part 3: posture checks. Time counts toward the next check only while checks are
// on; a check falling due is shown only when it cannot get in the way (not in fullscreen, on a
// locked screen, in a routine, paused, off-hours, or within 5 minutes of a neck break), and one
// skipped is not made up. Turning checks on or shortening the interval gives at most one check,
// then the normal cadence. None within a minute after a neck prompt, a Snooze or a Skip. Deadlines
// are served by the minute's heartbeat, up to half a minute early (owed back by the next check).

const neckOff = { neckBreak: { enabled: false } };

describe('posture checks', () => {
  it('off for two hours, then switched on: the first check 20 minutes later, no burst', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: { ...neckOff, postureCheck: { enabled: false } },
      spans: [['09:00', '12:00', 'typing']],
      // Between heartbeats: the seconds since the last one were lived with checks off.
      happenings: [{ at: '11:00:35', settings: { postureCheck: { enabled: true } } }],
    });
    expect(w.timeline(/posture check|settings/)).toEqual([
      '11:00:35 settings changed', // two hours at the desk so far: none of them counted
      '11:20:35 posture check', // 20 minutes with checks on
      '11:40:05 posture check', // at the heartbeat, half a minute early
    ]);
    expect(w.day('2026-11-24')?.postureChecks).toBe(2);
  });

  it('the interval lowered from 60 to 5 minutes with 55 counted: one check, then every 5 minutes', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: { ...neckOff, postureCheck: { intervalMin: 60 } },
      spans: [['09:00', '10:20', 'typing']],
      happenings: [{ at: '09:55', settings: { postureCheck: { intervalMin: 5 } } }],
    });
    expect(w.timeline(/posture check|settings/)).toEqual([
      '09:55:00 settings changed',
      '09:55:00 posture check', // 55 minutes counted is past 5: one check, the other ten are not owed
      '09:59:30 posture check', // the heartbeat moved by the check's clearing: half a minute early…
      '10:05:00 posture check', // …owed back here
      '10:09:30 posture check',
      '10:15:00 posture check',
      '10:19:30 posture check',
    ]);
  });

  it('none within a minute after a neck prompt, a Snooze or a Skip', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: { postureCheck: { intervalMin: 5 } },
      spans: [
        ['09:00', '10:00:20', 'typing'], // a reading pause from 10:00
        ['10:00:20', '10:30', 'typing'],
      ],
      onPrompt: { 0: { afterSec: 20, snooze: 5 }, 1: { afterSec: 115, skip: true } },
    });
    expect(w.timeline(/neck prompt|posture check|user/).filter((l) => l >= '09:49')).toEqual([
      '09:49:30 posture check',
      // 09:55:00 due 5 minutes before the neck break, 10:00:00 with it: both skipped
      '10:00:15 neck prompt (snooze 10)',
      '10:00:35 user: snooze 5',
      // 10:04:35 due in the snooze (the neck break comes back within 5 minutes): skipped
      '10:07:35 neck prompt (snooze 10)', // the snooze over, typing: after the 2-minute wait
      '10:09:30 user: skip',
      '10:10:30 posture check', // due at the Skip itself (4:30 counted and the snap): a minute later
      '10:15:00 posture check', // the normal cadence
      '10:20:30 posture check',
      '10:25:00 posture check',
    ]);
  });

  it('skipped in a fullscreen call and not made up when it ends', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: { neckBreak: { intervalMin: 120 } },
      spans: [
        ['09:00', '09:30', 'typing'],
        ['09:30', '10:10', 'video'], // a call in fullscreen, a touch of input every 100 s
        ['10:10', '10:50', 'typing'],
      ],
    });
    expect(w.timeline(/posture check/)).toEqual([
      '09:20:00 posture check',
      // 09:39:30 and 09:59:30 fall due in the call: skipped, each starting the next interval
      '10:19:30 posture check', // 20 minutes after the last one skipped, not at 10:10
      '10:40:00 posture check',
    ]);
    expect(w.day('2026-11-24')?.postureChecks).toBe(3);
  });

  it('none on a locked screen: one due meanwhile is shown when the user is back', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: neckOff,
      spans: [
        ['09:00', '09:19:50', 'typing'],
        ['09:19:50', '09:22:50', 'locked'], // 3 minutes: too short for a natural break
        ['09:22:50', '09:50', 'typing'],
      ],
    });
    expect(w.timeline(/posture check|natural break/)).toEqual([
      '09:22:50 posture check', // 19:50 counted before the lock: due, and the screen is back
      '09:43:20 posture check', // 20 minutes on, half a minute early
    ]);
  });
});

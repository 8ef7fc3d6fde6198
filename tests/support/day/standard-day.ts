import type { DayPlan } from './script';

/**
 * About nine hours at a desk in Berlin, Tuesday 2026-11-24 from 08:55, with the default settings:
 * typing with reading pauses (12 minutes and 4), a coffee away from the desk, snoozes up to the
 * limit, lunch with the screen locked, a call in fullscreen, the laptop asleep, the clock set back
 * 20 minutes, and prompts left unanswered at the end of the day. The unit suite asserts its whole
 * timeline (tests/unit/day/standard-day.test.ts); the bench measures the engine on it.
 */
export const STANDARD_DAY: DayPlan = {
  start: '2026-11-24 08:55',
  spans: [
    ['08:55', '10:20', 'typing'],
    ['10:20', '10:35', 'away'], // coffee
    ['10:35', '12:30', 'typing'],
    ['12:30', '13:15', 'locked'], // lunch
    ['13:15', '14:00', 'typing'],
    ['14:00', '14:40', 'video'], // a call in fullscreen
    ['14:40', '15:30', 'typing'],
    ['15:30', '16:10', 'asleep'], // the laptop closed
    ['16:10', '18:00', 'typing'],
  ],
  happenings: [{ at: '16:45', clockJumpMin: -20 }],
  onPrompt: {
    0: { afterSec: 0, skip: true }, // too busy
    1: { afterSec: 20, snooze: 10 },
    2: { afterSec: 20, snooze: 10 },
    3: { afterSec: 20, snooze: 5 }, // the third: the limit
    4: { afterSec: 30, routine: { variant: 'quick', source: 'notification' } }, // no snooze left
    5: { afterSec: 10, routine: { variant: 'full', source: 'notification' } },
    // later prompts are left unanswered
  },
};

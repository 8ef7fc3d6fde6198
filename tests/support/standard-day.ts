import { defaultSettings } from '@/src/core/settings/schema';
import { HOUR, MINUTE } from '@/src/core/time';
import type { DayScript, Segment } from './work-day';

/** Typing for `work` minutes then reading for `read`, repeated from `from` to `to`. */
function desk(from: number, to: number, work = 12, read = 4): Segment[] {
  const out: Segment[] = [];
  for (let t = from; t < to; t += work + read) {
    out.push({ from: t, to: Math.min(t + work, to), what: 'typing' });
    if (t + work < to) out.push({ from: t + work, to: Math.min(t + work + read, to), what: 'reading' });
  }
  return out;
}

/**
 * About nine hours at a desk in Berlin, Tuesday 2026-11-24, from 08:55 (minute 0):
 * typing with reading pauses, a coffee, snoozes up to the limit, lunch with the screen locked,
 * a fullscreen video call, a laptop sleep, and the clock jumping back.
 */
export const STANDARD_DAY: DayScript = {
  start: Date.parse('2026-11-24T07:55:00Z'),
  timeZone: 'Europe/Berlin',
  settings: defaultSettings(),
  segments: [
    ...desk(0, 85), // 08:55–10:20
    { from: 85, to: 100, what: 'away' }, // coffee 10:20–10:35
    ...desk(100, 215), // 10:35–12:30
    { from: 215, to: 260, what: 'locked' }, // lunch 12:30–13:15
    ...desk(260, 305), // 13:15–14:00
    { from: 305, to: 345, what: 'video' }, // call 14:00–14:40
    ...desk(345, 395), // 14:40–15:30
    { from: 395, to: 435, what: 'asleep' }, // laptop closed 15:30–16:10
    ...desk(435, 545), // 16:10–18:00
  ],
  clockJumps: [{ at: 470, byMs: -20 * MINUTE }], // 16:45: the clock is set back 20 minutes
  responses: {
    0: { afterSec: 0, command: { type: 'skip' } }, // first break: too busy
    1: { afterSec: 20, command: { type: 'snooze', minutes: 10 } },
    2: { afterSec: 20, command: { type: 'snooze', minutes: 10 } },
    3: { afterSec: 20, command: { type: 'snooze', minutes: 5 } },
    4: { afterSec: 30, command: 'routine', variant: 'quick' }, // at the limit: the quick routine
    5: { afterSec: 10, command: 'routine', variant: 'full' },
    // later prompts are ignored
  },
};

export const STANDARD_DAY_HOURS = (545 * MINUTE) / HOUR;

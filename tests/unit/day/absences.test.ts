import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND } from '@/src/core/time';
import { PROMPTS, play } from '@/tests/support/day/play';
import { quiet } from '@/tests/support/day/vocabulary';

// Days in the life, part 1: being away. One rule in every mode: away (idle, locked, asleep,
// browser closed) for at least the natural-break length (5 minutes by default) is one natural
// break and both counters start again; shorter only pauses them and never counts as screen time.
// Typing spans follow a desk rhythm: 12 minutes of typing, 4 of reading (input every 90 s).

const minutes = (ms: number | undefined) => (ms ?? 0) / MINUTE;

describe('away from the desk', () => {
  it('lunch with the screen locked is one natural break; the next prompt is a full interval after it', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:40', 'typing'],
        ['09:40', '10:25', 'locked'],
        ['10:25', '11:30', 'typing'],
      ],
    });
    expect(w.timeline(PROMPTS)).toEqual([
      '10:25:00 natural break',
      '11:25:15 neck prompt (snooze 10)', // 60 active minutes after 10:25, at the first 15-s pause
    ]);
    // 40 minutes before lunch and 65 after, the day's last half-minute not yet counted.
    expect(minutes(w.day('2026-11-24')?.activeMs)).toBe(104.5);
  });

  it('a coffee with the screen on: idle is back-dated to the last input, and the absence is a break', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:40', 'typing'],
        ['09:40', '09:55', 'away'],
        ['09:55', '11:00', 'typing'],
      ],
    });
    expect(w.timeline(PROMPTS)).toEqual(['09:55:00 natural break', '10:55:15 neck prompt (snooze 10)']);
    // The two minutes before the idle report are not screen time.
    expect(minutes(w.day('2026-11-24')?.activeMs)).toBeCloseTo(39 + 55 / 60 + 64.5, 5);
  });

  it('a three-minute chat only pauses the count: the prompt comes four minutes later than it would have', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:40', 'typing'],
        ['09:40', '09:43', 'away'],
        ['09:43', '10:10', 'typing'],
      ],
    });
    // Last input 09:39:55, back at 09:43: 39:55 counted before, due at 10:03 (served at the
    // heartbeat half a minute early), no pause in typing, shown after the 2-minute wait.
    expect(w.timeline(PROMPTS)).toEqual(['10:05:00 neck prompt (snooze 10)']);
    expect(w.day('2026-11-24')?.naturalBreaks).toBe(0);
  });

  it('overnight with the browser closed: one natural break in the morning, each day its own screen time', () => {
    const w = play({
      start: '2026-11-24 17:00',
      settings: quiet,
      spans: [
        ['17:00', '18:00', 'typing'],
        ['18:00', '08:55', 'closed'],
        ['08:55', '10:00', 'typing'],
      ],
    });
    expect(w.timeline(PROMPTS)).toEqual([
      // Due at 18:00, still typing: the browser closed before a pause in typing came.
      '+1d 08:55:00 natural break',
      '+1d 09:55:15 neck prompt (snooze 10)',
    ]);
    expect(minutes(w.day('2026-11-24')?.activeMs)).toBe(59);
    expect(minutes(w.day('2026-11-25')?.activeMs)).toBe(64.5);
  });

  it('a laptop closed for two hours in the middle of a snooze: the snoozed break is gone on waking', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '10:05', 'typing'],
        ['10:05', '12:05', 'asleep'],
        ['12:05', '13:10', 'typing'],
      ],
      onPrompt: { 0: { afterSec: 20, snooze: 15 } },
    });
    expect(w.timeline(/neck prompt|natural break|user/)).toEqual([
      '10:00:15 neck prompt (snooze 10)',
      '10:00:35 user: snooze 15',
      '12:05:00 natural break', // the wake alarm: nothing heard for two hours
      '13:05:15 neck prompt (snooze 10)', // a full interval after waking, not when the snooze ended
    ]);
  });

  it('walking away from an ignored prompt takes it down; the break is the walk', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '10:02', 'typing'],
        ['10:02', '10:12', 'away'],
        ['10:12', '11:15', 'typing'],
      ],
    });
    expect(w.timeline(/neck prompt|natural break|taken down|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)', // reading from 10:00: the first 15-s pause
      '10:12:00 badge 60m',
      '10:12:00 natural break',
      '10:12:00 neck prompt taken down', // the walk was the break: the prompt is no longer due
      '11:12:00 badge !',
      '11:12:15 neck prompt (snooze 10)',
    ]);
    expect(w.neckOnScreen).toBe(true); // the second one
  });

  it('with the idle threshold at 5 minutes, a 5½-minute absence right after a prompt is a break, not screen time', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: { ...quiet, activity: { idleThresholdSec: 300 } },
      spans: [
        ['09:00', '10:00', 'typing'],
        ['10:00', '10:05:30', 'away'],
        ['10:05:30', '10:40', 'typing'],
      ],
    });
    expect(w.timeline(PROMPTS)).toEqual([
      '10:00:10 neck prompt (snooze 10)', // due at 10:00, the last input 09:59:55, shown 15 s on
      '10:05:30 natural break',
      '10:05:30 neck prompt taken down', // the break it asked for has been taken
    ]);
    // Screen time up to the last input (09:59:55), then from 10:05:30 to the day's last heartbeat
    // (10:39:30): nothing of the absence.
    expect(w.day('2026-11-24')?.activeMs).toBe(59 * MINUTE + 55 * SECOND + 34 * MINUTE);
  });

  it('a pause in typing right after a prompt is not screen time, whatever the idle threshold did meanwhile', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:59:45', 'typing'],
        ['09:59:45', '10:02:45', 'away'], // three minutes: longer than the 2-minute threshold
        ['10:02:45', '10:30', 'typing'],
      ],
    });
    expect(w.timeline(PROMPTS)).toEqual([
      '10:00:00 neck prompt (snooze 10)', // 20 s after the last input (09:59:40): a pause in typing
      '10:14:45 neck prompt (snooze 10)', // ignored: again after 10 more active minutes…
      '10:26:45 neck prompt (snooze 10)', // …and again
    ]);
    // Up to the last input, then from the return to the last heartbeat (10:29:45): none of the three
    // minutes, although the engine lowered the idle threshold for the prompt and raised it again.
    expect(w.day('2026-11-24')?.activeMs).toBe(59 * MINUTE + 40 * SECOND + 27 * MINUTE);
  });

  it('with "away counts as a break" off, a long absence pauses the count and records nothing', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: { ...quiet, activity: { awayIsBreak: false } },
      spans: [
        ['09:00', '09:40', 'typing'],
        ['09:40', '10:40', 'locked'],
        ['10:40', '11:10', 'typing'],
      ],
    });
    // 39:55 before the lock, due at 11:00 after it, no pause in typing: shown after the 2-minute wait.
    expect(w.timeline(PROMPTS)).toEqual(['11:02:00 neck prompt (snooze 10)']);
    expect(w.day('2026-11-24')?.naturalBreaks).toBe(0);
  });
});

describe('away while paused', () => {
  it('a pause at 50 minutes, then the laptop sleeps two hours: the count starts again on waking', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:55', 'typing'],
        ['09:55', '11:55', 'asleep'],
        ['11:55', '13:00', 'typing'],
      ],
      happenings: [{ at: '09:50', command: { type: 'pause', preset: '30m' } }],
    });
    expect(w.timeline(/neck prompt|natural break|user|badge/)).toEqual([
      '09:00:00 badge 60m',
      '09:50:00 user: pause',
      '09:50:00 badge II',
      '11:55:00 badge 60m', // the pause ended while asleep…
      '11:55:00 natural break', // …and the sleep was a break: the count starts from zero
      '12:55:00 badge !',
      '12:55:15 neck prompt (snooze 10)',
    ]);
  });

  it('a 25-minute walk inside a 30-minute pause is a natural break too', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:52', 'typing'],
        ['09:52', '10:17', 'away'],
        ['10:17', '11:30', 'typing'],
      ],
      happenings: [{ at: '09:50', command: { type: 'pause', preset: '30m' } }],
    });
    // The pause's last three minutes (10:17–10:20) held the count at zero; it ran again from 10:20.
    expect(w.timeline(PROMPTS)).toEqual(['10:17:00 natural break', '11:20:15 neck prompt (snooze 10)']);
  });

  it('the heartbeat runs during a pause while the user works: screen time is recorded, the counters stay', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [['09:00', '11:05', 'typing']],
      happenings: [{ at: '09:30', command: { type: 'pause', preset: '1h' } }],
    });
    // 30 minutes before the pause and 30 after it: due at 11:00, typing on, shown after 2 minutes.
    expect(w.timeline(PROMPTS)).toEqual(['11:02:00 neck prompt (snooze 10)']);
    expect(minutes(w.day('2026-11-24')?.activeMs)).toBe(124);
    expect(w.wakes.alarmsActive / (w.wakes.activeMs / HOUR)).toBeLessThanOrEqual(61);
  });
});

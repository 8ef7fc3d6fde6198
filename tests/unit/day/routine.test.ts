import { describe, expect, it } from 'vitest';
import { play } from '@/tests/support/day/play';
import { quiet, routine, toTen, ROUTINE_LINES as WHAT } from '@/tests/support/day/vocabulary';

// Days in the life, part 2a: the routine done, and the routine commands. The engine alone decides when a routine starts, when it is
// given up on (15 minutes without a sign of life from the player: lifecycle.ts) and whether it
// counts (at least half done: the break taken, both counters start again). The full routine is
// 5 minutes after a 3-second get-ready; the quick one 2. During a routine the person keeps a hand
// on the mouse (reading: a touch every 90 s), as someone following the player does.

describe('a routine done', () => {
  it('from the prompt: counted, and both counters start again from its end', () => {
    const w = play({
      start: '2026-11-24 09:00',
      spans: [...toTen, ['10:00:20', '10:06', 'reading'], ['10:06', '11:10', 'typing']],
      onPrompt: { 0: routine() },
    });
    expect(w.timeline(/neck prompt|posture check|user|badge/)).toEqual([
      '09:00:00 badge 60m',
      '09:20:00 posture check', // 20 active minutes
      '09:39:30 posture check', // at the heartbeat half a minute early (its clearing moved the beat)
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)', // the first 15-s pause in input
      '10:00:25 user: full routine',
      '10:00:25 badge (none)', // no countdown while the routine runs
      '10:05:28 user: ends the routine, 100% done',
      '10:05:28 badge 60m', // the break taken: a full interval from now
      '10:25:28 posture check', // the posture count restarted at the routine's end too
      '10:44:58 posture check',
      // 11:04:58 a posture check falls due 30 s before the neck break: skipped
      '11:05:28 badge !', // 60 active minutes after the routine
      '11:06:15 neck prompt (snooze 10)', // typing until 11:06, then the first pause
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ routinesFull: 1, prompts: 2, naturalBreaks: 0 });
  });

  it('hands off and eyes on the ceiling: one routine, not a natural break as well', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ...toTen,
        ['10:00:20', '10:00:25', 'reading'],
        ['10:00:25', '10:07', 'away'],
        ['10:07', '11:00', 'typing'],
      ],
      onPrompt: { 0: routine() },
    });
    expect(w.timeline(/neck prompt|natural break|user|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)',
      '10:00:25 user: full routine', // then no input at all until 10:07
      '10:00:25 badge (none)',
      '10:05:28 user: ends the routine, 100% done', // the player ends it by itself
      '10:05:28 badge 60m', // the break taken; the 1.5 minutes away after it are too short to be one
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ routinesFull: 1, naturalBreaks: 0 });
  });

  it('the quick routine at the snooze limit counts as the break taken', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [['09:00', '11:00', 'typing']],
      onPrompt: {
        0: { afterSec: 20, snooze: 10 },
        1: { afterSec: 20, snooze: 10 },
        2: { afterSec: 20, snooze: 10 },
        3: { afterSec: 20, routine: { variant: 'quick', source: 'notification' } },
      },
    });
    expect(w.timeline(/neck prompt|user|badge [^z]/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)', // a reading pause
      '10:00:35 user: snooze 10',
      '10:10:35 badge !', // the snooze is over (the click reset the heartbeat: met to the second)
      '10:12:35 neck prompt (snooze 10)', // typing: shown after the 2-minute wait for a pause
      '10:12:55 user: snooze 10',
      '10:22:55 badge !',
      '10:24:55 neck prompt (snooze 10)',
      '10:25:15 user: snooze 10', // the third: the limit of 3
      '10:35:15 badge !',
      '10:35:15 neck prompt (no snooze left)', // reading, paused: at once. Start, the quick routine, Skip
      '10:35:35 user: quick routine',
      '10:35:35 badge (none)',
      '10:37:38 user: ends the routine, 100% done', // 2 minutes and the get-ready
      '10:37:38 badge 60m',
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ routinesQuick: 1, routinesFull: 0, snoozes: 3, prompts: 4 });
  });
});

describe('routine commands', () => {
  it('a second start while one runs is refused and leaves the first playing', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:30', 'typing'],
        ['09:30', '09:40', 'reading'],
        ['09:40', '10:00', 'typing'],
      ],
      happenings: [
        { at: '09:31', routine: { variant: 'full', source: 'popup' } },
        { at: '09:33', routine: { variant: 'quick', source: 'popup' } }, // from another window
      ],
    });
    expect(w.timeline(/user|refused|badge/)).toEqual([
      '09:00:00 badge 60m',
      '09:31:00 user: full routine',
      '09:31:00 badge (none)',
      '09:33:00 user: quick routine',
      '09:33:00 refused: routine-running', // one routine at a time: the popup says so
      '09:36:03 user: ends the routine, 100% done', // the first one, played to its end
      '09:36:03 badge 60m',
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ routinesFull: 1, routinesQuick: 0 });
  });

  it('a routine started during a pause ends the pause', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:45', 'typing'],
        ['09:45', '09:51', 'reading'],
        ['09:51', '11:00', 'typing'],
      ],
      happenings: [
        { at: '09:30', command: { type: 'pause', preset: '1h' } },
        { at: '09:45', routine: { variant: 'full', source: 'popup' } },
      ],
    });
    expect(w.timeline(/neck prompt|user|badge/)).toEqual([
      '09:00:00 badge 60m',
      '09:30:00 user: pause',
      '09:30:00 badge II',
      '09:45:00 user: full routine',
      '09:45:00 badge (none)', // the pause is over: the routine runs
      '09:50:03 user: ends the routine, 100% done',
      '09:50:03 badge 60m', // counting again, not back to the pause (it would have run to 10:30)
      '10:50:03 badge !',
      '10:51:15 neck prompt (snooze 10)', // the first pause in typing
    ]);
  });

  it('a routine ended after the engine gave up on it is recorded, once', () => {
    // Stop is pressed as the lid closes: the page deletes its session and sends the end, which the
    // worker gets only on waking, after the overdue alarm has given the routine up.
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ...toTen,
        ['10:00:20', '10:03:45', 'reading'],
        ['10:03:45', '10:25', 'asleep'],
        ['10:25', '11:30', 'typing'],
      ],
      onPrompt: { 0: routine({ playSec: 200 }) },
    });
    expect(w.timeline(WHAT)).toEqual([
      '10:00:15 neck prompt (snooze 10)',
      '10:00:25 user: full routine',
      '10:03:45 user: ends the routine, 66% done',
      '10:25:00 natural break', // 21 minutes asleep
      '10:25:00 routine given up', // no session left to read: nothing counted yet
      '10:25:00 the worker gets the routineEnded sent before the sleep', // not refused: counted now
      '11:25:15 neck prompt (snooze 10)', // a full interval after the return
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ routinesFull: 1, naturalBreaks: 1, prompts: 2 });
  });
});

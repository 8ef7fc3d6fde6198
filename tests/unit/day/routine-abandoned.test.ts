import { describe, expect, it } from 'vitest';
import { play } from '@/tests/support/day/play';
import { quiet, routine, toTen, ROUTINE_LINES as WHAT } from '@/tests/support/day/vocabulary';

// Days in the life, part 2b: a routine not done. One stopped early puts the break back as it was
// (due, with the usual re-prompt spacing); one whose player falls silent is given up on 15 minutes
// after its last sign of life (lifecycle.ts), at the engine's own wake alarm, and counts if at least
// half was done. Time away while its player is on screen is the routine itself; after its last
// sign of life, a natural break like any other. The person reads (a touch every 90 s) while the
// player is on screen.

describe('a routine not done', () => {
  it('stopped under half done: the break is still due, and asked for again 10 active minutes later', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [...toTen, ['10:00:20', '10:02', 'reading'], ['10:02', '10:40', 'typing']],
      onPrompt: { 0: routine({ playSec: 90 }) },
    });
    expect(w.timeline(WHAT)).toEqual([
      '10:00:15 neck prompt (snooze 10)',
      '10:00:25 user: full routine',
      '10:01:55 user: ends the routine, 29% done', // 87 s of 300: not the break
      // The re-prompt spacing runs from the stop: 10 active and 10 wall minutes, then a pause or 2 min.
      '10:13:55 neck prompt (snooze 10)',
      '10:25:55 neck prompt (snooze 10)', // ignored: again and again
      '10:37:55 neck prompt (snooze 10)',
    ]);
    expect(w.badgeAt('10:05')).toBe('!'); // due all along
    expect(w.day('2026-11-24')).toMatchObject({ routinesFull: 0, prompts: 4 });
  });

  it('the popup closed mid-routine and never reopened: given up 15 minutes after its last tick, prompts return', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [...toTen, ['10:00:20', '10:02', 'reading'], ['10:02', '10:50', 'typing']],
      onPrompt: { 0: routine({ playSec: 60, afterwards: 'close' }) },
    });
    expect(w.timeline(/neck prompt|user|given up|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)',
      '10:00:25 user: full routine',
      '10:00:25 badge (none)',
      '10:01:25 user: closes the popup mid-routine', // the player's last tick
      '10:16:25 badge !', // the abandonment deadline, served by the wake alarm to the second
      '10:16:25 routine given up', // 57 s practised: not the break, which is due again
      '10:28:25 neck prompt (snooze 10)', // re-prompt spacing from the give-up, then the 2-minute wait
      '10:40:25 neck prompt (snooze 10)',
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ routinesFull: 0, naturalBreaks: 0 });
  });

  it('started, the popup closed, then lunch with the screen locked an hour: one natural break, nothing due', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ...toTen,
        ['10:00:20', '10:01', 'reading'],
        ['10:01', '11:01', 'locked'],
        ['11:01', '12:10', 'typing'],
      ],
      onPrompt: { 0: routine({ playSec: 30, afterwards: 'close' }) },
    });
    expect(w.timeline(/neck prompt|user|given up|natural break|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)',
      '10:00:25 user: full routine',
      '10:00:25 badge (none)',
      '10:00:55 user: closes the popup mid-routine',
      '10:15:55 badge !', // given up while locked (the wake alarm fires on a locked screen)…
      '10:15:55 routine given up', // …and nothing is shown there
      '11:01:00 badge 60m', // back: the hour away was the break, whatever the routine was
      '11:01:00 natural break',
      '12:01:00 badge !', // a full interval after the return
      '12:01:15 neck prompt (snooze 10)',
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ naturalBreaks: 1, routinesFull: 0, prompts: 2 });
  });

  it('started, the popup closed, then the laptop closed two hours: one natural break, nothing due', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ...toTen,
        ['10:00:20', '10:01', 'reading'],
        ['10:01', '12:01', 'asleep'],
        ['12:01', '13:10', 'typing'],
      ],
      onPrompt: { 0: routine({ playSec: 30, afterwards: 'close' }) },
    });
    expect(w.timeline(/neck prompt|user|given up|natural break|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)',
      '10:00:25 user: full routine',
      '10:00:25 badge (none)',
      '10:00:55 user: closes the popup mid-routine',
      // 10:15:55 the abandonment deadline passes in the sleep; the overdue alarm fires on waking:
      '12:01:00 badge 60m',
      '12:01:00 natural break', // two hours away: the counters start again…
      '12:01:00 routine given up', // …and the routine is over, in the same wake
      '13:01:00 badge !',
      '13:01:15 neck prompt (snooze 10)',
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ naturalBreaks: 1, routinesFull: 0, prompts: 2 });
  });

  it('more than half done, then the popup closed, work goes on: the next break is due an hour after its last tick', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [...toTen, ['10:00:20', '10:04', 'reading'], ['10:04', '11:10', 'typing']],
      onPrompt: { 0: routine({ playSec: 200, afterwards: 'close' }) },
    });
    expect(w.timeline(/neck prompt|user|given up|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)',
      '10:00:25 user: full routine',
      '10:00:25 badge (none)',
      '10:03:45 user: closes the popup mid-routine', // 197 s of 300 practised: the player's last tick
      // Given up 15 minutes later, yet counted as the break, taken when the user stopped: the
      // quarter of an hour at the screen since then already counts toward the next one.
      '10:18:45 badge 45m',
      '10:18:45 routine given up',
      '11:03:45 badge !', // 60 active minutes after the last tick, not after the give-up
      '11:04:15 neck prompt (snooze 10)', // typing until 11:04, then the first pause
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ routinesFull: 1, naturalBreaks: 0, prompts: 2 });
  });

  it('more than half done, then the popup closed and three minutes away: those minutes do not count', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ...toTen,
        ['10:00:20', '10:04', 'reading'],
        ['10:04', '10:06', 'typing'], // last input 10:05:55
        ['10:06', '10:09', 'away'], // shorter than a natural break: the counters only pause
        ['10:09', '11:15', 'typing'],
      ],
      onPrompt: { 0: routine({ playSec: 200, afterwards: 'close' }) },
    });
    expect(w.timeline(/neck prompt|user|given up|natural break|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)',
      '10:00:25 user: full routine',
      '10:00:25 badge (none)',
      '10:03:45 user: closes the popup mid-routine',
      '10:18:45 badge 49m', // 15 minutes since the last tick, 3:05 of them without input: 11:55 counted
      '10:18:45 routine given up',
      // 60 active minutes after the last tick: 11:03:45 and the 3:05 away, 11:06:50 (the heartbeat
      // serves it 5 s early), then the 2-minute wait for a pause in the typing.
      '11:06:45 badge !',
      '11:08:45 neck prompt (snooze 10)',
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ routinesFull: 1, naturalBreaks: 0, prompts: 2 });
  });

  it('more than half done, then the popup closed and a natural break before the give-up: an hour from the return', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ...toTen,
        ['10:00:20', '10:04', 'reading'],
        ['10:04', '10:08', 'typing'],
        ['10:08', '10:14', 'locked'], // after the last tick: a natural break like any other
        ['10:14', '11:20', 'typing'],
      ],
      onPrompt: { 0: routine({ playSec: 200, afterwards: 'close' }) },
    });
    expect(w.timeline(/neck prompt|user|given up|natural break|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)',
      '10:00:25 user: full routine',
      '10:00:25 badge (none)',
      '10:03:45 user: closes the popup mid-routine',
      '10:14:00 natural break', // the counters start again at the return…
      '10:18:45 badge 56m', // …and the routine, counted, takes nothing from the time since
      '10:18:45 routine given up',
      '11:13:45 badge !', // an hour after the return, served by the heartbeat 15 s early
      '11:14:15 neck prompt (snooze 10)', // typing until 11:14, then the first pause
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ routinesFull: 1, naturalBreaks: 1, prompts: 2 });
  });
});

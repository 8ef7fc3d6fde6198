import { describe, expect, it } from 'vitest';
import { PROMPTS, play } from '@/tests/support/day/play';
import { quiet } from '@/tests/support/day/vocabulary';

// Days in the life, part 4: how a due neck break reaches the user. Due while typing, it waits for a
// 15-s pause in input, 2 minutes at most; in fullscreen it is held, 30 minutes at most; on a locked
// screen nothing is shown, and on the return it waits for a pause again. An ignored prompt comes back
// after 10 more active minutes (and no sooner than 10 wall minutes). Snoozes are the lengths the
// settings offer, 3 per break; a refused command changes nothing.

describe('held and waiting prompts', () => {
  it('a break held by fullscreen is not shown when the screen locks, and waits for a pause after the return', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:50', 'typing'],
        ['09:50', '10:10', 'video'], // a call in fullscreen
        ['10:10', '10:13', 'locked'], // the call over, the screen locked for 3 minutes
        ['10:13', '10:20', 'typing'],
      ],
    });
    expect(w.timeline(/neck prompt|natural break|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !', // due in the call: held
      // 10:10 the screen locks, no longer fullscreen: still nothing shown
      '10:15:00 neck prompt (snooze 10)', // back at 10:13 typing: no pause came, shown after 2 minutes
    ]);
    expect(w.badgeAt('10:12')).toBe('!');
  });

  it('a fullscreen meeting holds the break up to its 30-minute limit', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '09:45', 'typing'],
        ['09:45', '10:45', 'video'], // an hour-long meeting in fullscreen
        ['10:45', '11:00', 'typing'],
      ],
    });
    expect(w.timeline(PROMPTS)).toEqual([
      // Due at 10:00; the first pause in input (10:00:15) finds the call in fullscreen: held.
      '10:30:40 neck prompt (snooze 10)', // the limit (10:30:15), met at the next heartbeat
      '10:45:40 neck prompt (snooze 10)', // ignored: due again at 10:40:40, held until the call ended
      '10:57:15 neck prompt (snooze 10)', // ignored again: 10 active minutes, then a reading pause
    ]);
  });

  it('an ignored prompt comes back every 10 active minutes; a short absence does not count', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [
        ['09:00', '10:00', 'typing'],
        ['10:00', '10:25', 'reading'], // a touch every 90 s: 10:00:00, 10:01:30…
        ['10:25', '10:28', 'away'], // the last input at 10:24:00: 4 minutes, not a break
        ['10:28', '10:50', 'reading'],
      ],
    });
    expect(w.timeline(PROMPTS)).toEqual([
      '10:00:15 neck prompt (snooze 10)', // the first 15-s pause
      '10:10:45 neck prompt (snooze 10)', // 10 active and 10 wall minutes at 10:10:30, then a pause
      '10:21:15 neck prompt (snooze 10)',
      // 2:45 active before the absence, 7 after it, and the half-minute snap: 10 active minutes
      '10:35:00 neck prompt (snooze 10)', // input paused since 10:34: shown at once
      '10:44:45 neck prompt (snooze 10)',
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ prompts: 5, naturalBreaks: 0 });
  });
});

describe('snoozes', () => {
  it('snoozing to the limit: the last prompt offers no snooze, and a further snooze is refused', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet,
      spans: [['09:00', '11:00', 'typing']],
      onPrompt: {
        0: { afterSec: 20, snooze: 10 },
        1: { afterSec: 20, snooze: 15 }, // every length on offer: 5, 10, 15
        2: { afterSec: 20, snooze: 5 },
        3: { afterSec: 20, snooze: 10 }, // from the popup, which still shows the button
      },
    });
    expect(w.timeline(/neck prompt|user|refused/)).toEqual([
      '10:00:15 neck prompt (snooze 10)',
      '10:00:35 user: snooze 10',
      '10:12:35 neck prompt (snooze 10)', // the snooze over at 10:10:35, typing: the 2-minute wait
      '10:12:55 user: snooze 15',
      '10:29:55 neck prompt (snooze 10)',
      '10:30:15 user: snooze 5', // the third: the limit
      '10:35:15 neck prompt (no snooze left)', // over, and reading: at once
      '10:35:35 user: snooze 10',
      '10:35:35 refused: snooze-limit', // the prompt stays; the popup says why
      '10:47:35 neck prompt (no snooze left)', // ignored: 10 active minutes on, after the 2-minute wait
      '10:59:35 neck prompt (no snooze left)',
    ]);
    expect(w.badgeAt('10:40')).toBe('!');
    expect(w.day('2026-11-24')).toMatchObject({ snoozes: 3, prompts: 6 });
  });

  it('a snooze length the settings do not offer is refused and changes nothing', () => {
    const w = play({
      start: '2026-11-24 09:00',
      settings: quiet, // snoozes of 5, 10 or 15 minutes
      spans: [['09:00', '10:30', 'typing']],
      onPrompt: { 0: { afterSec: 20, snooze: 7 } },
    });
    expect(w.timeline(/neck prompt|user|refused|badge/)).toEqual([
      '09:00:00 badge 60m',
      '10:00:00 badge !',
      '10:00:15 neck prompt (snooze 10)',
      '10:00:35 user: snooze 7',
      '10:00:35 refused: snooze-not-offered', // still due, still on screen: as if ignored
      '10:12:35 neck prompt (snooze 10)', // 10 active minutes on, after the 2-minute wait
      '10:24:35 neck prompt (snooze 10)',
    ]);
    expect(w.day('2026-11-24')).toMatchObject({ snoozes: 0, prompts: 3 });
  });
});

describe('settings changed midway', () => {
  it('a shorter neck interval: due at once, one prompt, and no sooner than a minute after a posture check', () => {
    const w = play({
      start: '2026-11-24 09:00',
      spans: [
        ['09:00', '09:19', 'typing'],
        ['09:19', '09:24', 'reading'],
        ['09:24', '10:00', 'typing'],
      ],
      happenings: [{ at: '09:20:20', settings: { neckBreak: { intervalMin: 15 } } }],
      onPrompt: { 0: { afterSec: 20, skip: true } },
    });
    expect(w.timeline(/neck prompt|posture check|user|settings|badge [^\d]/)).toEqual([
      '09:20:00 posture check',
      '09:20:20 settings changed',
      '09:20:20 badge !', // 20 minutes counted: past the new 15
      '09:21:00 neck prompt (snooze 10)', // input has paused since 09:19: shown when the posture check's minute is up
      '09:21:20 user: skip',
      '09:36:20 badge !', // the new interval from the Skip
      '09:36:20 neck prompt (snooze 10)', // reading since 09:36 (its input at 09:36:00): at once
      // 09:39:30 a posture check falls due with the neck break due: skipped
      '09:48:30 neck prompt (snooze 10)', // ignored: 10 minutes on, typing, after the 2-minute wait
    ]);
  });
});

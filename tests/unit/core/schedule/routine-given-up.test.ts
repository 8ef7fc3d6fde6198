import { describe, expect, it } from 'vitest';
import { ROUTINE_ABANDONED_AFTER_MS } from '@/src/core/routine/lifecycle';
import { MINUTE } from '@/src/core/time';
import { EngineDriver, settingsWith } from '@/tests/support/engine-driver';

// A routine whose popup was closed is given up on 15 minutes after the player's last tick. At
// least half done, it is the break, taken when the user stopped: the counters go on from the
// active time since the last tick, exactly as if the routine had ended there. Less than half is no
// break: the counters go on from where they were. Each row: 30 active minutes, the full routine
// (300 s) on screen for a while, the popup closed, then what the user does until the give-up.

type AfterClose = (d: EngineDriver, closedAt: number) => void;

/** At the screen all along. */
const atTheScreen: AfterClose = () => {};

/** Input stops 3 minutes after the close (idle reported 2 minutes later), back 3 minutes after that. */
const threeMinutesAway: AfterClose = (d, closedAt) => {
  d.runUntil(closedAt + 5 * MINUTE);
  d.send({ type: 'idleChanged', state: 'idle' }); // back-dated by the 120-s threshold: from +3 min
  d.send({ type: 'idleChanged', state: 'active' }, closedAt + 6 * MINUTE);
};

/** The screen locked from 4 to 10 minutes after the close: a natural break. */
const lockedSixMinutes: AfterClose = (d, closedAt) => {
  d.runUntil(closedAt + 4 * MINUTE);
  d.send({ type: 'idleChanged', state: 'locked' });
  d.send({ type: 'idleChanged', state: 'active' }, closedAt + 10 * MINUTE);
};

/** The laptop asleep from 4 minutes after the close to well past the give-up, which its wake notices. */
const asleepHalfAnHour: AfterClose = (d, closedAt) => {
  d.runUntil(closedAt + 4 * MINUTE);
  d.jump(30 * MINUTE);
  d.send({ type: 'wake', idle: 'active' });
};

// Minutes on screen; what follows the close; when it is given up (minutes after the last tick);
// whether it counts as the break; the neck (and posture) counter right after; natural breaks.
const rows: [string, number, AfterClose, number, boolean, number, number][] = [
  ['more than half, at the screen since', 4, atTheScreen, 15, true, 15, 0],
  ['more than half, 3 minutes without input since', 4, threeMinutesAway, 15, true, 12, 0],
  ['more than half, a natural break since', 4, lockedSixMinutes, 15, true, 5, 1],
  ['more than half, asleep past the give-up', 4, asleepHalfAnHour, 34, true, 0, 1],
  // Not the break: the 30 minutes before, the 2 of the routine and those since all count.
  ['less than half, at the screen since', 2, atTheScreen, 15, false, 47, 0],
  ['less than half, 3 minutes without input since', 2, threeMinutesAway, 15, false, 44, 0],
  ['less than half, a natural break since', 2, lockedSixMinutes, 15, false, 5, 1],
];

describe('a routine given up on', () => {
  it.each(rows)('%s', (_, playedMin, afterClose, givenUpMin, counted, neckMin, naturalBreaks) => {
    // Posture checks far apart, so their counter reads like the neck's.
    const d = new EngineDriver({ settings: settingsWith({ postureCheck: { intervalMin: 120 } }) });
    d.run(30 * MINUTE);
    d.playerOpen = true;
    d.send({ type: 'startRoutine', variant: 'full', source: 'popup' });
    d.run(playedMin * MINUTE);
    d.playerOpen = false; // the popup closed: its last tick was the last heartbeat's
    const closedAt = d.routine?.session.lastTickAt ?? Number.NaN;
    afterClose(d, closedAt);
    d.runUntil(Math.max(d.now, closedAt + ROUTINE_ABANDONED_AFTER_MS));

    const givenUp = d.log.find((l) => l.state.mode.kind === 'normal' && l.at > closedAt);
    expect(givenUp?.at).toBe(closedAt + givenUpMin * MINUTE);
    expect(givenUp?.state.lastRoutine?.counted).toBe(counted);
    expect(givenUp?.state.neck).toEqual({ status: 'counting', activeMs: neckMin * MINUTE });
    expect(givenUp?.state.posture.activeMs).toBe(neckMin * MINUTE);
    // What the user sees: the minutes left to the next break on the badge.
    expect(givenUp?.effects).toContainEqual(
      expect.objectContaining({ type: 'badge', text: `${60 - neckMin}m` }),
    );
    expect(d.statsTotal('routinesFull')).toBe(counted ? 1 : 0);
    expect(d.statsTotal('naturalBreaks')).toBe(naturalBreaks);
  });
});

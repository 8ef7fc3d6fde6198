import { describe, expect, it } from 'vitest';
import { LONGER_AFTER_ROUTINES, routineOffers, routinesDone } from '@/src/core/routine/offers';
import { VARIANT_IDS } from '@/src/core/routine/plan';
import { emptyDay } from '@/src/core/stats/day-stats';

describe('which routines the popup offers', () => {
  it('every kind, in the list order, once the longer session is open and a routine of the own is saved', () => {
    expect(routineOffers(LONGER_AFTER_ROUTINES, true)).toEqual(
      VARIANT_IDS.map((id) => ({ id, locked: false })),
    );
  });

  it('the longer session is locked until enough routines have counted, saying how many and how far', () => {
    for (let done = 0; done < LONGER_AFTER_ROUTINES; done++) {
      expect(routineOffers(done, true).find((o) => o.id === 'longer')).toEqual({
        id: 'longer',
        locked: true,
        needed: LONGER_AFTER_ROUTINES,
        done,
      });
      expect(routineOffers(done, true).filter((o) => o.locked)).toHaveLength(1);
    }
  });

  it("the user's own routine is left out until one is saved", () => {
    expect(routineOffers(0, false).map((o) => o.id)).toEqual(VARIANT_IDS.filter((id) => id !== 'mine'));
  });

  it('counts the routines of every kind on every kept day', () => {
    expect(routinesDone({ v: 1, days: {} })).toBe(0);
    const days = {
      '2026-01-01': { ...emptyDay(), routinesFull: 1, routinesMine: 1, snoozes: 4 },
      '2026-03-02': { ...emptyDay(), routinesQuick: 2, routinesEvening: 1, routinesLonger: 1 },
    };
    expect(routinesDone({ v: 1, days })).toBe(6);
  });
});

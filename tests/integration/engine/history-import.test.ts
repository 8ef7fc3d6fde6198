import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDay } from '@/src/core/stats/day-stats';
import { bootWorker, clock, message, settle } from '@/tests/integration/support/worker';

// A history import through the background: the days the page sends are checked again and added to
// the stored history in the engine's queue, keeping every number counted here.

const T0 = Date.parse('2026-11-24T08:00:00Z');

beforeEach(() => {
  clock.now = T0;
});

const storedDays = async () =>
  ((await fakeBrowser.storage.local.get('stats')).stats as { days: Record<string, Record<string, unknown>> })
    .days;

describe('history import in the worker', () => {
  it('adds the days, keeps the larger numbers of a day both have, and drops an invalid day', async () => {
    await fakeBrowser.storage.local.set({
      stats: { v: 1, days: { '2026-11-20': { ...emptyDay(), routinesFull: 3 } } },
    });
    const engine = await bootWorker();
    await message('importHistory', {
      '2026-11-19': { ...emptyDay(), routinesQuick: 1 },
      '2026-11-20': { ...emptyDay(), routinesFull: 1, skips: 2 },
      '2026-11-21': { routinesFull: 'many' },
    });
    await settle(engine);
    const days = await storedDays();
    expect(days['2026-11-19']).toMatchObject({ routinesQuick: 1 });
    expect(days['2026-11-20']).toMatchObject({ routinesFull: 3, skips: 2 });
    expect(days['2026-11-21']).toBeUndefined();
  });
});

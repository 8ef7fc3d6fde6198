import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dayKey } from '@/src/core/time';
import { currentTimeZone, localDayKey } from '@/src/platform/locale';

// The popup's first screen takes today's key from Date's local calendar (localDayKey), the engine
// and everything else from Intl (dayKey with the current zone): the two must never disagree, or
// the popup's "today" would be another day than the one the engine counts in.

const SEED = 20261127;
const ZONES = ['Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Tokyo', 'Pacific/Apia'];
const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe(`localDayKey (fast-check seed ${SEED})`, () => {
  it.each(ZONES)('is the day Intl gives in %s, at any instant from 2000 to 2040', (zone) => {
    process.env.TZ = zone;
    expect(currentTimeZone()).toBe(zone);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (t) => {
        expect(localDayKey(t)).toBe(dayKey(t, zone));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('agrees on either side of a local midnight and of a DST change', () => {
    process.env.TZ = 'Europe/Berlin';
    for (const iso of [
      '2026-03-29T00:59:59.999Z',
      '2026-03-29T01:00:00Z',
      '2026-10-24T21:59:59.999Z',
      '2026-10-24T22:00:00Z',
    ]) {
      const t = Date.parse(iso);
      expect(localDayKey(t)).toBe(dayKey(t, 'Europe/Berlin'));
    }
    expect(localDayKey(Date.parse('2026-10-24T21:59:59.999Z'))).toBe('2026-10-24');
    expect(localDayKey(Date.parse('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
  });
});

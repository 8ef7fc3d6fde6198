import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  DAY,
  dayKey,
  daysBetween,
  HOUR,
  instantOfLocal,
  isDayKey,
  localParts,
  localPartsUncached,
  offsetAt,
  startOfNextLocalDay,
} from '@/src/core/time';

const utc = (iso: string) => Date.parse(iso);

describe('dayKey', () => {
  it.each([
    // [instant, zone, local day]
    ['2026-03-10T23:30:00Z', 'UTC', '2026-03-10'],
    ['2026-03-10T23:30:00Z', 'Europe/Berlin', '2026-03-11'],
    ['2026-03-11T03:59:00Z', 'America/New_York', '2026-03-10'],
    ['2026-03-10T18:29:00Z', 'Asia/Kolkata', '2026-03-10'],
    ['2026-03-10T18:30:00Z', 'Asia/Kolkata', '2026-03-11'],
    ['2026-12-31T12:00:00Z', 'Pacific/Kiritimati', '2027-01-01'],
  ])('%s in %s is %s', (iso, zone, key) => {
    expect(dayKey(utc(iso), zone)).toBe(key);
  });

  it('follows the user across a time-zone change: the same instant gets the new zone’s day', () => {
    const t = utc('2026-06-01T22:30:00Z');
    expect(dayKey(t, 'Europe/London')).toBe('2026-06-01');
    expect(dayKey(t, 'Europe/Moscow')).toBe('2026-06-02');
  });

  it('falls back to UTC for a zone the runtime does not know instead of throwing', () => {
    expect(dayKey(utc('2026-03-10T23:30:00Z'), 'Mars/Olympus_Mons')).toBe('2026-03-10');
  });
});

describe('days across DST', () => {
  // Berlin springs forward on 2026-03-29 (02:00 → 03:00) and falls back on 2026-10-25.
  it('a 23-hour spring day is one day key, and its next midnight is 23 h later', () => {
    const midnight = instantOfLocal('2026-03-29', 0, 'Europe/Berlin');
    expect(midnight).toBe(utc('2026-03-28T23:00:00Z'));
    expect(startOfNextLocalDay(midnight, 'Europe/Berlin') - midnight).toBe(23 * HOUR);
    expect(dayKey(midnight + 23 * HOUR - 1, 'Europe/Berlin')).toBe('2026-03-29');
  });

  it('a 25-hour autumn day is one day key, and its next midnight is 25 h later', () => {
    const midnight = instantOfLocal('2026-10-25', 0, 'Europe/Berlin');
    expect(startOfNextLocalDay(midnight, 'Europe/Berlin') - midnight).toBe(25 * HOUR);
    expect(dayKey(midnight + 25 * HOUR - 1, 'Europe/Berlin')).toBe('2026-10-25');
  });

  it('a wall time inside the spring gap is pushed forward by the gap (02:30 → 03:30)', () => {
    expect(instantOfLocal('2026-03-29', 2 * 60 + 30, 'Europe/Berlin')).toBe(utc('2026-03-29T01:30:00Z'));
  });

  it('a repeated autumn wall time maps to its first occurrence', () => {
    expect(instantOfLocal('2026-10-25', 2 * 60 + 30, 'Europe/Berlin')).toBe(utc('2026-10-25T00:30:00Z'));
  });

  it('offsets change with DST', () => {
    expect(offsetAt(utc('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-5 * HOUR);
    expect(offsetAt(utc('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * HOUR);
    expect(offsetAt(utc('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * HOUR);
  });
});

describe('local parts and next local time', () => {
  it('reads weekday and minute of day in the zone', () => {
    // 2026-11-24 is a Tuesday.
    expect(localParts(utc('2026-11-24T08:15:00Z'), 'Europe/Berlin')).toEqual({
      year: 2026,
      month: 11,
      day: 24,
      weekday: 2,
      minuteOfDay: 9 * 60 + 15,
    });
  });

  it('agrees with Intl minute by minute through midnights and DST changes, in zones off the hour', () => {
    // localParts keeps the parts of each 15-minute UTC stretch; this holds it to a fresh Intl answer.
    const fresh = localPartsUncached;
    const cases: [string, string][] = [
      ['Asia/Kathmandu', '2026-11-24T17:00:00Z'], // +05:45: midnight falls inside a UTC quarter hour
      ['Australia/Lord_Howe', '2026-10-03T14:00:00Z'], // the half-hour DST change
      ['Europe/Berlin', '2026-03-29T00:00:00Z'], // spring forward
      ['Pacific/Chatham', '2026-04-04T13:00:00Z'], // +13:45 → +12:45
    ];
    for (const [zone, from] of cases) {
      for (let t = utc(from); t < utc(from) + 4 * 3_600_000; t += 61_000) {
        expect(localParts(t, zone), `${zone} ${new Date(t).toISOString()}`).toEqual(fresh(t, zone));
      }
    }
  });
});

describe('day-key arithmetic', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i = %s', (key, n, out) => {
    expect(addDays(key, n)).toBe(out);
    expect(daysBetween(key, out)).toBe(n);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])('rejects %j as a day key', (s) => {
    expect(isDayKey(s)).toBe(false);
  });

  it('consecutive local midnights are one day key apart in any zone, whatever DST does', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: utc('2020-01-01T00:00:00Z'), max: utc('2035-01-01T00:00:00Z') }),
        fc.constantFrom(...zones),
        (t, zone) => {
          const next = startOfNextLocalDay(t, zone);
          expect(next).toBeGreaterThan(t);
          expect(next - t).toBeLessThanOrEqual(25 * HOUR);
          expect(daysBetween(dayKey(t, zone), dayKey(next, zone))).toBe(1);
          expect(dayKey(next - 1, zone)).toBe(dayKey(t, zone));
          expect(localParts(next, zone).minuteOfDay).toBeLessThan(60);
        },
      ),
    );
  });

  it('day keys never go backwards as time moves forward in a fixed zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.integer({ min: 0, max: 3 * DAY }),
        (t, dt) => {
          expect(
            daysBetween(dayKey(t, 'Europe/Berlin'), dayKey(t + dt, 'Europe/Berlin')),
          ).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { VARIANT_SOURCES } from '@/src/content/routines';
import { LIBRARY } from '@/src/core/routine/library';

describe('the step library', () => {
  it('gives every step a range of lengths that a routine can use', () => {
    for (const { id, seconds } of LIBRARY) {
      expect(Number.isInteger(seconds.min), id).toBe(true);
      expect(seconds.min, id).toBeGreaterThan(0);
      expect(seconds.max, id).toBeGreaterThanOrEqual(seconds.min);
    }
  });

  it('holds every shipped routine within each step’s range', () => {
    for (const source of Object.values(VARIANT_SOURCES)) {
      for (const { step, seconds } of source.steps) {
        const range = LIBRARY.find((s) => s.id === step)?.seconds;
        expect(range, `${source.id}: ${step}`).toBeDefined();
        expect(seconds, `${source.id}: ${step}`).toBeGreaterThanOrEqual(range?.min ?? Number.NaN);
        expect(seconds, `${source.id}: ${step}`).toBeLessThanOrEqual(range?.max ?? Number.NaN);
      }
    }
  });
});

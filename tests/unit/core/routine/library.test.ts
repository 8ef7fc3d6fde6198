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

  // A step's shortest is what the voice fits wherever a user's routine may put it
  // (library-voice.test.ts); a shipped routine knows each step's neighbours and may give less,
  // which voice-timing.test.ts proves in place. Its longest is a limit on the load, for every routine.
  it('holds every shipped routine to each step’s longest', () => {
    for (const source of Object.values(VARIANT_SOURCES)) {
      for (const { step, seconds } of source.steps) {
        const range = LIBRARY.find((s) => s.id === step)?.seconds;
        expect(range, `${source.id}: ${step}`).toBeDefined();
        expect(seconds, `${source.id}: ${step}`).toBeLessThanOrEqual(range?.max ?? Number.NaN);
      }
    }
  });
});

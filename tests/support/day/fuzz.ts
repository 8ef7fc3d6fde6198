import fc from 'fast-check';
import { expect } from 'vitest';
import { checkNaturalBreaks, everyStep } from './invariants';
import { arbitraryDay } from './random-day';
import { World } from './world';

/**
 * Plays `days` random days (random-day.ts) against the pure engine, checking the invariants after
 * every transition (invariants.ts), and prints what it covered. Seeded, so a failure replays with
 * the same seed; the failing day's timeline and scenario come with the error.
 */
export function fuzzDays(days: number, seed: number): void {
  let transitions = 0;
  let hours = 0;
  let judged = 0;
  const started = performance.now();
  fc.assert(
    fc.property(arbitraryDay, ({ scenario, plain }) => {
      const w = new World(scenario, everyStep());
      try {
        w.run();
        if (plain) checkNaturalBreaks(w);
      } catch (error) {
        // What the user saw, so the failure reads as a story and not only as a seed.
        throw new Error(`${String(error)}\\n${w.timeline().join('\\n')}\\n${JSON.stringify(scenario)}`);
      }
      if (plain) judged++;
      transitions += w.steps;
      hours += w.user.end / 3_600_000;
    }),
    { seed, numRuns: days },
  );
  console.log(
    `day fuzz: ${days} days, seed ${seed}: ${Math.round(hours)} simulated hours, ${transitions} transitions, ` +
      `every invariant after each; ${judged} days judged for natural breaks; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  expect(judged).toBeGreaterThan(days / 2);
}
